-- Sign-in throttling that every node counts alike (the counts live here) and that checks and counts
-- in one step: a row per subject ("user:<name>" for attempts from addresses the username never
-- signed in from, "user:<name> from:<address>" for an address it did, "from:<address>" for all
-- usernames tried from one address), changed only by a compare-and-set on its version, so of many
-- parallel attempts only those the count allows get their password checked.
CREATE TABLE login_throttle (
    subject         VARCHAR(200) PRIMARY KEY,
    failures        INTEGER NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version         INTEGER NOT NULL
);
CREATE INDEX ix_login_throttle_last_failure ON login_throttle (last_failure_at);

-- Addresses a username signed in from: the right password from one of them is still checked while
-- strangers' guesses hold the username's back-off (its own count applies there instead).
CREATE TABLE login_known_address (
    username        VARCHAR(64) NOT NULL,
    remote_address  VARCHAR(64) NOT NULL,
    last_sign_in_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username, remote_address)
);
CREATE INDEX ix_login_known_address_last ON login_known_address (last_sign_in_at);

-- The failure log it replaces: counting its rows was not atomic (parallel guesses each saw the
-- count below the limit). Every failure stays in the audit trail.
DROP TABLE login_failure;
