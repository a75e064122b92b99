-- Photos are kept for a configurable retention; past it their bytes are purged, the record of them stays.
ALTER TABLE stored_file ALTER COLUMN content DROP NOT NULL;
ALTER TABLE stored_file ADD COLUMN purged_at timestamptz;
ALTER TABLE stored_file ADD CONSTRAINT stored_file_content_or_purged CHECK ((content IS NULL) = (purged_at IS NOT NULL));
CREATE INDEX stored_file_retention_idx ON stored_file (purpose, created_at) WHERE purged_at IS NULL;
