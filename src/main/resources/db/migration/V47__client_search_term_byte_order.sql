-- A search word finds the terms that begin with it through an index range: term >= 'gonz' and
-- term < 'gon{' (ClientSearchTerms.upperBound). That holds when terms compare character by
-- character, which H2 does; a PostgreSQL database created with a linguistic collation (en_US,
-- the default on many systems) ignores '{' and ':' when comparing, so a word ending in z or 9
-- found nothing. The term column therefore compares by code point ("C") on PostgreSQL.
-- ${term_order} is set in application.properties: COLLATE "C" for PostgreSQL, a comment for H2.
ALTER TABLE client_search_term ALTER COLUMN term TYPE VARCHAR(200) ${term_order};
