/**
 * The database: {@link io.journeyboard.server.store.Database} is a connection pool over the embedded H2 file database
 * or PostgreSQL, and {@link io.journeyboard.server.store.Database#migrate()} brings the schema to the newest version
 * with Flyway. Nothing may use the store before migration returns; the SQL itself lives in the feature packages'
 * stores.
 */
package io.journeyboard.server.store;
