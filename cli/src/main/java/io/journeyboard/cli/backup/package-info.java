/**
 * {@code journeyboard backup} and {@code restore}: {@link io.journeyboard.cli.backup.BackupCommand} writes every row
 * of the store to one file while a server keeps running (asking the server over its local backup access when it holds
 * the embedded database open, reading a stopped one's file or PostgreSQL directly), and
 * {@link io.journeyboard.cli.backup.RestoreCommand} restores into a new data directory or an empty PostgreSQL
 * database. {@code StoreOptions} names the store; the work itself is the server module's backup package.
 */
package io.journeyboard.cli.backup;
