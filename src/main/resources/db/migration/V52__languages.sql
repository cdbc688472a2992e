-- The language each person reads the app in: staff choose theirs, a client's is set on her record.
ALTER TABLE account ADD COLUMN language VARCHAR(5) DEFAULT 'en' NOT NULL;
ALTER TABLE client ADD COLUMN language VARCHAR(5) DEFAULT 'en' NOT NULL;
-- preferred_language was free text; a client who prefers Spanish now reads the app in it, and the
-- free text stays for other languages and interpreters ("interpreter: Somali").
UPDATE client SET language = 'es'
 WHERE LOWER(TRIM(preferred_language)) IN ('spanish', 'español', 'espanol', 'es', 'castellano');
UPDATE client SET preferred_language = NULL
 WHERE LOWER(TRIM(preferred_language)) IN ('spanish', 'español', 'espanol', 'es', 'castellano', 'english', 'en');
