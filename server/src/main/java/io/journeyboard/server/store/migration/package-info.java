/**
 * The schema migrations that are Java rather than SQL: Flyway, run by
 * {@link io.journeyboard.server.store.Database#migrate()}, applies them in version order together with the SQL scripts
 * at the same classpath location ({@code V1__schema.sql}).
 * {@link io.journeyboard.server.store.migration.V2__Evidence_as_rows} moves each workspace's evidence from one JSON
 * list into one row per record. A migration uses portable SQL only, so the same step runs on H2 and PostgreSQL, and is
 * never changed once released.
 */
package io.journeyboard.server.store.migration;
