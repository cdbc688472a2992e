-- The clinical model: clients and babies, consultations with letdown difficulties, the strategy
-- library, care plans with goals and activities, and the client's letdown log.
-- Sets of enum names (signs, triggers, factors) are stored as sorted "A,B" text.

CREATE SEQUENCE client_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE client (
    id                 BIGINT PRIMARY KEY,
    first_name         VARCHAR(80)  NOT NULL,
    last_name          VARCHAR(80)  NOT NULL,
    date_of_birth      DATE,
    phone              VARCHAR(40),
    email              VARCHAR(200),
    preferred_language VARCHAR(40),
    consultant_id      BIGINT REFERENCES account (id),
    status             VARCHAR(20)  NOT NULL,
    notes              TEXT,
    portal_account_id  BIGINT REFERENCES account (id),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT uk_client_portal_account UNIQUE (portal_account_id)
);
CREATE INDEX ix_client_name ON client (last_name, first_name, id);
CREATE INDEX ix_client_consultant ON client (consultant_id, status);
CREATE INDEX ix_client_status ON client (status, last_name);

-- Lower-cased words of names, baby names, email and phone digits: prefix search through an index.
CREATE TABLE client_search_term (
    client_id BIGINT      NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    term      VARCHAR(200) NOT NULL,
    PRIMARY KEY (term, client_id)
);
CREATE INDEX ix_client_search_term_client ON client_search_term (client_id);

CREATE SEQUENCE baby_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE baby (
    id                    BIGINT PRIMARY KEY,
    client_id             BIGINT      NOT NULL REFERENCES client (id),
    name                  VARCHAR(80) NOT NULL,
    date_of_birth         DATE,
    gestational_age_weeks INTEGER,
    birth_weight_grams    INTEGER,
    version               BIGINT DEFAULT 0 NOT NULL
);
CREATE INDEX ix_baby_client ON baby (client_id);

CREATE SEQUENCE consultation_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE consultation (
    id                     BIGINT PRIMARY KEY,
    client_id              BIGINT      NOT NULL REFERENCES client (id),
    consultant_id          BIGINT      NOT NULL REFERENCES account (id),
    started_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    kind                   VARCHAR(20) NOT NULL,
    reason                 VARCHAR(500),
    subjective             TEXT,
    objective              TEXT,
    assessment             TEXT,
    plan                   TEXT,
    latch_latch            INTEGER,
    latch_audible          INTEGER,
    latch_nipple           INTEGER,
    latch_comfort          INTEGER,
    latch_hold             INTEGER,
    infant_weight_grams    INTEGER,
    pre_feed_weight_grams  INTEGER,
    post_feed_weight_grams INTEGER,
    pain_score             INTEGER,
    letdown_signs          VARCHAR(200) DEFAULT '' NOT NULL,
    letdown_triggers       VARCHAR(200) DEFAULT '' NOT NULL,
    follow_up_on           DATE,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                BIGINT DEFAULT 0 NOT NULL
);
CREATE INDEX ix_consultation_client ON consultation (client_id, started_at);
CREATE INDEX ix_consultation_started ON consultation (started_at);
CREATE INDEX ix_consultation_consultant ON consultation (consultant_id, started_at);

CREATE SEQUENCE letdown_difficulty_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE letdown_difficulty (
    id              BIGINT PRIMARY KEY,
    consultation_id BIGINT      NOT NULL REFERENCES consultation (id),
    factor          VARCHAR(30) NOT NULL,
    severity        INTEGER    NOT NULL,
    detail          VARCHAR(500)
);
CREATE INDEX ix_difficulty_consultation ON letdown_difficulty (consultation_id);
CREATE INDEX ix_difficulty_factor ON letdown_difficulty (factor);

CREATE SEQUENCE strategy_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE strategy (
    id           BIGINT PRIMARY KEY,
    name         VARCHAR(120) NOT NULL,
    category     VARCHAR(30)  NOT NULL,
    description  TEXT         NOT NULL,
    instructions TEXT         NOT NULL,
    retired      BOOLEAN DEFAULT FALSE NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT uk_strategy_name UNIQUE (name)
);

-- Which difficulty factors a strategy addresses, and how strongly (relevance 1 = a little .. 3 = directly).
CREATE TABLE strategy_factor (
    strategy_id BIGINT      NOT NULL REFERENCES strategy (id),
    factor      VARCHAR(30) NOT NULL,
    relevance   INTEGER    NOT NULL,
    PRIMARY KEY (strategy_id, factor)
);
CREATE INDEX ix_strategy_factor_factor ON strategy_factor (factor);

CREATE SEQUENCE care_plan_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE care_plan (
    id                BIGINT PRIMARY KEY,
    client_id         BIGINT       NOT NULL REFERENCES client (id),
    author_id         BIGINT       NOT NULL REFERENCES account (id),
    title             VARCHAR(200) NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    period_start      DATE,
    period_end        DATE,
    addressed_factors VARCHAR(200) DEFAULT '' NOT NULL,
    -- equals client_id while the plan is ACTIVE, NULL otherwise: the unique constraint allows one
    -- active plan per client, enforced by the database even for two simultaneous activations
    active_client_id  BIGINT,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT uk_care_plan_one_active UNIQUE (active_client_id)
);
CREATE INDEX ix_care_plan_client ON care_plan (client_id, status);
CREATE INDEX ix_care_plan_status ON care_plan (status);

CREATE SEQUENCE care_plan_status_change_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE care_plan_status_change (
    id           BIGINT PRIMARY KEY,
    care_plan_id BIGINT      NOT NULL REFERENCES care_plan (id),
    from_status  VARCHAR(20),
    to_status    VARCHAR(20) NOT NULL,
    changed_by   BIGINT      NOT NULL REFERENCES account (id),
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_status_change_plan ON care_plan_status_change (care_plan_id, changed_at);

CREATE SEQUENCE goal_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE goal (
    id           BIGINT PRIMARY KEY,
    care_plan_id BIGINT       NOT NULL REFERENCES care_plan (id),
    description  VARCHAR(300) NOT NULL,
    target       VARCHAR(300),
    due_on       DATE,
    status       VARCHAR(20)  NOT NULL,
    position     INTEGER DEFAULT 0 NOT NULL
);
CREATE INDEX ix_goal_plan ON goal (care_plan_id);
CREATE INDEX ix_goal_due ON goal (due_on, status);

CREATE SEQUENCE activity_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE activity (
    id           BIGINT PRIMARY KEY,
    care_plan_id BIGINT      NOT NULL REFERENCES care_plan (id),
    strategy_id  BIGINT      NOT NULL REFERENCES strategy (id),
    instructions TEXT        NOT NULL,
    frequency    VARCHAR(120),
    status       VARCHAR(20) NOT NULL,
    position     INTEGER DEFAULT 0 NOT NULL
);
CREATE INDEX ix_activity_plan ON activity (care_plan_id);
CREATE INDEX ix_activity_strategy ON activity (strategy_id);

CREATE SEQUENCE letdown_log_entry_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE letdown_log_entry (
    id                 BIGINT PRIMARY KEY,
    client_id          BIGINT      NOT NULL REFERENCES client (id),
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    session_kind       VARCHAR(10) NOT NULL,
    -- NULL when letdown did not come
    minutes_to_letdown DOUBLE PRECISION,
    signs              VARCHAR(200) DEFAULT '' NOT NULL,
    stress             INTEGER,
    pain               INTEGER,
    pumped_ml          INTEGER,
    note               VARCHAR(1000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_log_entry_client ON letdown_log_entry (client_id, occurred_at);
CREATE INDEX ix_log_entry_occurred ON letdown_log_entry (occurred_at);

-- The plan activities tried before a logged feeding or pumping session.
CREATE TABLE log_entry_activity (
    entry_id    BIGINT NOT NULL REFERENCES letdown_log_entry (id),
    activity_id BIGINT NOT NULL REFERENCES activity (id),
    PRIMARY KEY (entry_id, activity_id)
);
CREATE INDEX ix_log_entry_activity_activity ON log_entry_activity (activity_id);
