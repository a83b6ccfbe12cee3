-- Event datasets of a workspace (issue 13). A dataset is a name and its batches; each batch holds its
-- events as dictionary-encoded columns in one compressed binary value (see docs/living-map.md), so a
-- dataset is reopened without parsing text again. A deleted dataset keeps its row, with who and when.
CREATE TABLE datasets (
    workspace_id VARCHAR(40) NOT NULL REFERENCES workspaces (id),
    dataset_id   VARCHAR(200) NOT NULL,
    name         VARCHAR(200) NOT NULL,
    created_by   BIGINT NOT NULL REFERENCES users (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    event_count  BIGINT NOT NULL,
    batch_count  INT NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_by   BIGINT REFERENCES users (id),
    deleted_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (workspace_id, dataset_id)
);

-- One accepted batch: rows are only ever added (and removed with their dataset). The idempotency key
-- is unique per dataset, so a retried batch is found instead of stored twice.
CREATE TABLE dataset_batches (
    workspace_id    VARCHAR(40) NOT NULL,
    dataset_id      VARCHAR(200) NOT NULL,
    seq             INT NOT NULL,
    idempotency_key VARCHAR(200),
    body_sha256     VARCHAR(64) NOT NULL,
    event_count     INT NOT NULL,
    source          VARCHAR(300) NOT NULL,
    columns_data    BYTEA NOT NULL,
    added_by        BIGINT NOT NULL REFERENCES users (id),
    added_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, dataset_id, seq),
    FOREIGN KEY (workspace_id, dataset_id) REFERENCES datasets (workspace_id, dataset_id),
    UNIQUE (workspace_id, dataset_id, idempotency_key)
);
