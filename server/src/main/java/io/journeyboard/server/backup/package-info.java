/**
 * Backup and restore of the whole store: {@link io.journeyboard.server.backup.StoreBackup} writes every row into one
 * zip file from a single read-only snapshot while the server keeps serving, and
 * {@link io.journeyboard.server.backup.StoreRestore} brings an empty store to the backup's schema version and inserts
 * every row in one transaction, all or nothing. {@link io.journeyboard.server.backup.BackupFile} and
 * {@link io.journeyboard.server.backup.BackupManifest} describe the file;
 * {@link io.journeyboard.server.backup.BackupRoutes} and {@link io.journeyboard.server.backup.LocalBackupAccess} let
 * the CLI back up a running server that holds the embedded database open, admitted by a local secret only. Failures
 * are a {@link io.journeyboard.server.backup.BackupException} naming the file and what to do.
 */
package io.journeyboard.server.backup;
