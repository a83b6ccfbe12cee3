-- Filing on the home screen (issue 14): an archived journey is hidden from the home by default but stays live
-- (readable, linkable, editable); tags group journeys. The trash is the existing journeys.deleted flag: the row's
-- updated_at and updated_by say when and by whom a journey was deleted.
ALTER TABLE journeys ADD COLUMN archived BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE journey_tags (
    workspace_id VARCHAR(40) NOT NULL,
    journey_id   VARCHAR(200) NOT NULL,
    tag          VARCHAR(40) NOT NULL,
    PRIMARY KEY (workspace_id, journey_id, tag),
    FOREIGN KEY (workspace_id, journey_id) REFERENCES journeys (workspace_id, journey_id)
);
