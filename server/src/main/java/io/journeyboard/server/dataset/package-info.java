/**
 * Event datasets stored in a workspace: created from an upload, grown by appending batches through the
 * ingest API, each batch stored as compressed dictionary-encoded columns ({@code EventColumnsCodec}) and
 * reopened as one event log without parsing text again ({@code DatasetLogs}). See docs/living-map.md.
 */
package io.journeyboard.server.dataset;
