-- The client search at 100,000 clients (bench/load-benchmark.sh, docs/performance.md): a common
-- first name matches thousands of clients, whose sort keys were looked up one by one in the client
-- table before the first page could be taken. With the sort key beside each term, a word's
-- matches and their order come from one index range: (term, sort_name, client_id).
-- ClientSearchIndex writes it with the terms, in the transaction of every change to a client.
ALTER TABLE client_search_term ADD COLUMN sort_name VARCHAR(170) DEFAULT '' NOT NULL;
UPDATE client_search_term SET sort_name = (SELECT c.sort_name FROM client c WHERE c.id = client_search_term.client_id);
CREATE INDEX ix_client_search_term_sorted ON client_search_term (term, sort_name, client_id);

-- The client list shows each client's last visit and next follow-up: with follow_up_on in the
-- index both come from the index alone. It replaces (client_id, started_at), its prefix.
CREATE INDEX ix_consultation_client_visits ON consultation (client_id, started_at, follow_up_on);
DROP INDEX ix_consultation_client;
