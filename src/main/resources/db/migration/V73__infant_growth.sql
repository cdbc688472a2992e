-- Infant growth (issue: weight against the WHO standards): the baby's sex and birth measures,
-- and the quick weigh-ins a consultant records between visits.

-- FEMALE, MALE or NOT_RECORDED: the WHO standards differ by sex.
ALTER TABLE baby ADD COLUMN sex VARCHAR(20) DEFAULT 'NOT_RECORDED' NOT NULL;
ALTER TABLE baby ADD COLUMN birth_length_cm NUMERIC(4, 1);
ALTER TABLE baby ADD COLUMN head_circumference_cm NUMERIC(4, 1);

CREATE SEQUENCE weigh_in_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE weigh_in (
    id          BIGINT PRIMARY KEY,
    client_id   BIGINT      NOT NULL REFERENCES client (id),
    baby_id     BIGINT      NOT NULL REFERENCES baby (id),
    weighed_on  DATE        NOT NULL,
    grams       INTEGER     NOT NULL,
    clothed     BOOLEAN     DEFAULT FALSE NOT NULL,
    scale       VARCHAR(80),
    recorded_by BIGINT      NOT NULL REFERENCES account (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
-- the client page reads a client's weigh-ins in one statement
CREATE INDEX ix_weigh_in_client ON weigh_in (client_id, weighed_on);
CREATE INDEX ix_weigh_in_baby ON weigh_in (baby_id);
