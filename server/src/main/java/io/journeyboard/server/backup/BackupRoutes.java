package io.journeyboard.server.backup;

import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Routes;
import java.util.Optional;

/**
 * {@code GET /backup}: the whole store as a backup file, for {@code journeyboard backup} on the same
 * machine while the server holds the embedded database open. Only the local secret admits it.
 */
public final class BackupRoutes {

    private final StoreBackup backup;
    private final Optional<LocalBackupAccess> access;

    /** {@code access} is empty for a server over PostgreSQL, which is backed up from the database itself. */
    public BackupRoutes(StoreBackup backup, Optional<LocalBackupAccess> access) {
        this.backup = backup;
        this.access = access;
    }

    /** Registers on routes whose prefix is the server root. */
    public void register(Routes root) {
        root.get("/backup", ctx -> {
            String authorization = ctx.header("Authorization");
            String presented = authorization != null && authorization.startsWith("Bearer ")
                    ? authorization.substring("Bearer ".length())
                    : null;
            if (access.isEmpty()) {
                throw ApiException.notFound("this server keeps its data in PostgreSQL; back up that database directly");
            }
            if (!access.get().admits(presented)) {
                throw ApiException.unauthorized("a backup needs the secret that the server wrote into "
                        + LocalBackupAccess.FILE + " in its data directory, on the server's machine");
            }
            ctx.contentType("application/zip");
            backup.writeTo(ctx.outputStream(), StoreBackup.Progress.NONE);
        });
    }
}
