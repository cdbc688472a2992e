-- The audit trail's hash chain (audit/AuditChain). An event is written unlinked (both columns null)
-- and linked after its commit: chain_seq is its place in the chain, hash the SHA-256 over the
-- previous event's hash, its place and its content. Events written before this version are linked
-- by the app itself after the upgrade, oldest id first (README, "The audit trail").
ALTER TABLE audit_event ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_event ADD COLUMN hash VARCHAR(64);
-- the unlinked events (chain_seq null) in id order, and the chain in its order, from one index
CREATE INDEX ix_audit_event_chain ON audit_event (chain_seq, id);

-- One row: the chain's last place and hash, and the id up to which every event that will ever be
-- committed has been seen (an unlinked event at or below it was slipped in afterwards).
CREATE TABLE audit_chain_head (
    id         INTEGER PRIMARY KEY,
    last_seq   BIGINT NOT NULL,
    last_hash  VARCHAR(64) NOT NULL,
    settled_id BIGINT NOT NULL,
    CONSTRAINT ck_audit_chain_head_one_row CHECK (id = 1)
);
INSERT INTO audit_chain_head (id, last_seq, last_hash, settled_id)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);
