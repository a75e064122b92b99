-- Selfies and letters are JPEGs and PDFs: already compressed. Kept out of line without PostgreSQL trying to
-- compress them again on every insert (the morning rush writes one with each check-in).
ALTER TABLE stored_file ALTER COLUMN content SET STORAGE EXTERNAL;
