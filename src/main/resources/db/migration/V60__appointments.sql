-- Appointments (issue 23): the clinic's appointment types and locations, each consultant's working
-- hours and time off, and the appointments with the history of their changes. Every time is an
-- instant (TIMESTAMP WITH TIME ZONE); working hours are wall-clock times in the clinic's zone.

CREATE SEQUENCE appointment_type_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE appointment_type (
    id              BIGINT PRIMARY KEY,
    name            VARCHAR(80) NOT NULL,
    -- the name in Spanish, shown to Spanish-speaking clients and staff (English when empty)
    name_es         VARCHAR(80),
    minutes         INTEGER NOT NULL,
    -- #rrggbb, the type's colour on the calendar
    colour          VARCHAR(7) NOT NULL,
    client_bookable BOOLEAN DEFAULT FALSE NOT NULL,
    telehealth      BOOLEAN DEFAULT FALSE NOT NULL,
    -- the consultation kind "Chart this visit" fills in: INITIAL, FOLLOW_UP, TELEHEALTH, PHONE
    visit_kind      VARCHAR(20) NOT NULL,
    active          BOOLEAN DEFAULT TRUE NOT NULL,
    version         BIGINT DEFAULT 0 NOT NULL
);

CREATE SEQUENCE clinic_location_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE clinic_location (
    id      BIGINT PRIMARY KEY,
    name    VARCHAR(80) NOT NULL,
    name_es VARCHAR(80),
    -- ROOM (one appointment at a time), HOME_VISIT or TELEHEALTH (no limit)
    kind    VARCHAR(20) NOT NULL,
    active  BOOLEAN DEFAULT TRUE NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL
);

CREATE SEQUENCE working_hours_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE working_hours (
    id            BIGINT PRIMARY KEY,
    consultant_id BIGINT NOT NULL REFERENCES account (id),
    -- ISO day of the week, 1 = Monday ... 7 = Sunday
    weekday       INTEGER NOT NULL,
    starts_at     TIME NOT NULL,
    ends_at       TIME NOT NULL
);
CREATE INDEX ix_working_hours_consultant ON working_hours (consultant_id, weekday);

CREATE SEQUENCE time_off_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE time_off (
    id            BIGINT PRIMARY KEY,
    consultant_id BIGINT NOT NULL REFERENCES account (id),
    starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    note          VARCHAR(200),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_time_off_consultant ON time_off (consultant_id, starts_at);

CREATE SEQUENCE appointment_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE appointment (
    id            BIGINT PRIMARY KEY,
    client_id     BIGINT NOT NULL REFERENCES client (id),
    baby_id       BIGINT REFERENCES baby (id) ON DELETE SET NULL,
    type_id       BIGINT NOT NULL REFERENCES appointment_type (id),
    consultant_id BIGINT NOT NULL REFERENCES account (id),
    location_id   BIGINT NOT NULL REFERENCES clinic_location (id),
    starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- BOOKED, CHECKED_IN, COMPLETED, CANCELLED, NO_SHOW
    status        VARCHAR(20) NOT NULL,
    video_link    VARCHAR(500),
    cancelled_by  BIGINT REFERENCES account (id),
    cancelled_at  TIMESTAMP WITH TIME ZONE,
    cancel_reason VARCHAR(500),
    booked_by     BIGINT NOT NULL REFERENCES account (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT DEFAULT 0 NOT NULL
);
-- the calendar (one consultant's days, and the overlap check) and a client's appointments
CREATE INDEX ix_appointment_consultant ON appointment (consultant_id, starts_at);
CREATE INDEX ix_appointment_client ON appointment (client_id, starts_at);
CREATE INDEX ix_appointment_location ON appointment (location_id, starts_at);
CREATE INDEX ix_appointment_starts ON appointment (starts_at);

-- what happened to an appointment: booked, moved (from and to), checked in, cancelled (by whom, why) ...
CREATE SEQUENCE appointment_change_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE appointment_change (
    id             BIGINT PRIMARY KEY,
    appointment_id BIGINT NOT NULL REFERENCES appointment (id),
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by     BIGINT NOT NULL REFERENCES account (id),
    action         VARCHAR(20) NOT NULL,
    from_starts_at TIMESTAMP WITH TIME ZONE,
    to_starts_at   TIMESTAMP WITH TIME ZONE,
    reason         VARCHAR(500)
);
CREATE INDEX ix_appointment_change ON appointment_change (appointment_id, changed_at);
