/**
 * The database: {@link io.journeyboard.server.store.Database} is a connection pool over the embedded H2 file database
 * or PostgreSQL, and {@link io.journeyboard.server.store.Database#migrate()} brings the schema to the newest version
 * with Flyway. Nothing may use the store before migration returns; the SQL itself lives in the feature packages'
 * stores. {@link io.journeyboard.server.store.SqlFailures} tells a lost race for a key (409) and a lock wait that
 * timed out (503) from a failure, the same way on both databases. Two small caches serve the stores:
 * {@link io.journeyboard.server.store.RecentAnswers} (the session and role lookups of every request, for a second)
 * and {@link io.journeyboard.server.store.ParsedDocuments} (stored JSON parsed once per text).
 */
package io.journeyboard.server.store;
