ALTER TABLE journey_versions ADD COLUMN name VARCHAR(200);
