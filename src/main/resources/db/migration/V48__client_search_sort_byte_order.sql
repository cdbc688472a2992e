-- The client search merges two sorted halves of a word's matches (ClientSearch.matches): the
-- terms that are the word, read in order from the index, and the longer ones. It merges them in
-- Java by code point, so the sort key beside each term compares by code point in the database
-- too: "C" on PostgreSQL (the placeholder, as in V47), nothing to change on H2.
ALTER TABLE client_search_term ALTER COLUMN sort_name TYPE VARCHAR(170) ${term_order};
