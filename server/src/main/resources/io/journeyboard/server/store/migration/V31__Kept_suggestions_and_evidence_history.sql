-- Issue 14, evidence you can open: what accepting a kept insight run needs once its job is gone, and the edit
-- history of each evidence record. Portable types only: the same file runs on H2 and PostgreSQL.

-- The suggestions of an insight run in full (with every item id) and the feedback items they stand on, as
-- gzip-compressed JSON; null for analytics runs and for runs kept before this migration.
ALTER TABLE analysis_runs ADD COLUMN acceptance BYTEA;

-- One change to an evidence record made through the library: who, when, what (added, edited, deleted) and,
-- for an edit, the fields before and after as a JSON array. Rows outlive a deleted record, so the history of
-- an id says who deleted it. No foreign key to evidence for that reason.
CREATE TABLE evidence_changes (
    workspace_id VARCHAR(40) NOT NULL REFERENCES workspaces (id),
    evidence_id  VARCHAR(200) NOT NULL,
    seq          INT NOT NULL,
    changed_by   BIGINT NOT NULL REFERENCES users (id),
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    action       VARCHAR(16) NOT NULL,
    fields       VARCHAR NOT NULL,
    PRIMARY KEY (workspace_id, evidence_id, seq)
);
