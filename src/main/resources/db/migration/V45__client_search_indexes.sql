-- The client search (ClientSearch) at 100,000 clients (bench/load-benchmark.sh, docs/performance.md).
-- The matches of a word are sorted by name before the first page is taken: with (id, sort_name)
-- each match's sort key is read from the index alone, not from her client row.
CREATE INDEX ix_client_id_sort ON client (id, sort_name);
-- Each further word is checked per candidate client: with (client_id, term) that is one
-- index-only probe instead of reading all of her terms.
CREATE INDEX ix_client_search_term_client_term ON client_search_term (client_id, term);
