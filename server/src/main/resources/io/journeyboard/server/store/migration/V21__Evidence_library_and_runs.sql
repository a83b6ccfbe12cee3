-- The evidence library (issue 14): the feedback items behind an evidence record (every item of an accepted
-- theme, not only its three quotes), who last edited a record, and the insight and analytics runs a
-- workspace keeps. Portable types only: the same file runs on H2 and PostgreSQL.

-- One feedback item behind a record, in the order a reader sees them: the representative quotes first.
CREATE TABLE evidence_items (
    workspace_id   VARCHAR(40) NOT NULL,
    evidence_id    VARCHAR(200) NOT NULL,
    seq            INT NOT NULL,
    item_id        VARCHAR(500) NOT NULL,
    location       VARCHAR(1000) NOT NULL,
    text           VARCHAR NOT NULL,
    recorded       VARCHAR(10),
    representative BOOLEAN NOT NULL,
    PRIMARY KEY (workspace_id, evidence_id, seq),
    FOREIGN KEY (workspace_id, evidence_id) REFERENCES evidence (workspace_id, evidence_id)
);

ALTER TABLE evidence ADD COLUMN updated_by BIGINT REFERENCES users (id);
ALTER TABLE evidence ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;

-- A feedback analysis or an event-log analysis run for a journey. The report is the JSON the run answered,
-- gzip-compressed; summary holds the few figures a list shows, as a JSON object.
CREATE TABLE analysis_runs (
    workspace_id VARCHAR(40) NOT NULL REFERENCES workspaces (id),
    run_id       VARCHAR(100) NOT NULL,
    kind         VARCHAR(16) NOT NULL,
    journey_id   VARCHAR(200) NOT NULL,
    source       VARCHAR(300) NOT NULL,
    started_by   BIGINT NOT NULL REFERENCES users (id),
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    state        VARCHAR(16) NOT NULL,
    error        VARCHAR(2000),
    summary      VARCHAR(4000) NOT NULL,
    report       BYTEA,
    PRIMARY KEY (workspace_id, run_id)
);

CREATE INDEX analysis_runs_by_journey ON analysis_runs (workspace_id, journey_id, started_at);
