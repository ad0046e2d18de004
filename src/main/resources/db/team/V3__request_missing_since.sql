-- A request the October API answers "not found" for is kept for reading, marked from when (epoch
-- milliseconds), as in the workstation's file.
ALTER TABLE request_cache ADD COLUMN missing_since bigint;
