-- A consultant's private iCalendar feed (/calendar/{token}.ics): the SHA-256 of its long random token,
-- never the token itself (it is shown once, when made); renewing replaces it, revoking deletes it.
CREATE TABLE calendar_feed (
    consultant_id BIGINT PRIMARY KEY REFERENCES account (id),
    token_hash    VARCHAR(64) NOT NULL UNIQUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
