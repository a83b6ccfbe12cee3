package io.journeyboard.cli.backup;

import io.journeyboard.cli.ProgressBar;
import io.journeyboard.server.backup.StoreBackup;

/** A progress bar on stderr for the rows a backup or restore copies, made once their number is known. */
final class BackupProgress implements StoreBackup.Progress, AutoCloseable {

    private final String label;
    private ProgressBar bar;

    BackupProgress(String label) {
        this.label = label;
    }

    @Override
    public void begin(long rows) {
        bar = ProgressBar.onStderr(label, rows);
    }

    @Override
    public void copied(long rows) {
        if (bar != null) {
            bar.accept(rows);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
