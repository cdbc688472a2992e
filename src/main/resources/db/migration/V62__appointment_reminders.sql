-- Appointment reminders by email (issue 23): one row per message to send (on booking, change, cancellation,
-- and the day before), claimed by a node before it is sent so that several nodes send it once; retried
-- with back-off after a failure. And the clients who do not want them.
CREATE SEQUENCE appointment_reminder_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE appointment_reminder (
    id             BIGINT PRIMARY KEY,
    appointment_id BIGINT NOT NULL REFERENCES appointment (id),
    -- BOOKED, CHANGED, CANCELLED, DAY_BEFORE
    kind           VARCHAR(20) NOT NULL,
    due_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- PENDING, SENDING (claimed until claimed_until), SENT, FAILED (gave up), SKIPPED (no longer wanted)
    status         VARCHAR(20) NOT NULL,
    attempts       INTEGER DEFAULT 0 NOT NULL,
    claimed_until  TIMESTAMP WITH TIME ZONE,
    sent_at        TIMESTAMP WITH TIME ZONE,
    last_error     VARCHAR(500),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_appointment_reminder_due ON appointment_reminder (status, due_at);
CREATE INDEX ix_appointment_reminder_appointment ON appointment_reminder (appointment_id);

CREATE TABLE reminder_opt_out (
    client_id  BIGINT PRIMARY KEY REFERENCES client (id),
    opted_out_at TIMESTAMP WITH TIME ZONE NOT NULL
);
