-- Covering indexes for the admin reports: a period's consultations, difficulties and log entries
-- are read from the index alone (PostgreSQL index-only scans), however the rows lie in the table.
CREATE INDEX ix_consultation_report ON consultation (started_at, client_id, consultant_id, kind, id);
CREATE INDEX ix_difficulty_report ON letdown_difficulty (consultation_id, factor, severity);
CREATE INDEX ix_log_entry_report ON letdown_log_entry (occurred_at, client_id, id, minutes_to_letdown);
