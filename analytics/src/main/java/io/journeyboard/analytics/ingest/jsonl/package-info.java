/** JSON lines event logs: one JSON object per line, its field names read as the header of the first line. */
package io.journeyboard.analytics.ingest.jsonl;
