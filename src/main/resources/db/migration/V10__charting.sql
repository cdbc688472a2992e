-- Charting (issue 3): a sort key for the client list, the baby a consultation is about,
-- and indexes for the client list's filters.

-- Lower-cased, accent-free "last first": the client list sorts on it so that "Álvarez" and
-- "de la Cruz" sit where people expect them. Kept up to date by the Client entity.
ALTER TABLE client ADD COLUMN sort_name VARCHAR(170) DEFAULT '' NOT NULL;
UPDATE client SET sort_name = LOWER(last_name || ' ' || first_name);
CREATE INDEX ix_client_sort ON client (sort_name, id);
CREATE INDEX ix_client_status_sort ON client (status, sort_name, id);
CREATE INDEX ix_client_consultant_sort ON client (consultant_id, sort_name, id);

-- Which baby was weighed and fed at the visit (a client may have twins, or a second child).
ALTER TABLE consultation ADD COLUMN baby_id BIGINT;
ALTER TABLE consultation ADD CONSTRAINT fk_consultation_baby FOREIGN KEY (baby_id) REFERENCES baby (id);
CREATE INDEX ix_consultation_baby ON consultation (baby_id);
