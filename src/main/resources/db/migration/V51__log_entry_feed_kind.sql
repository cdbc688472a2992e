-- The letdown log's "feeding or pumping" is a kind of feed, not a kind of sign-in session.
ALTER TABLE letdown_log_entry RENAME COLUMN session_kind TO feed_kind;
