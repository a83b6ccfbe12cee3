package io.journeyboard.analytics;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the real logs in {@code shared/data} beside the repository, walking up from the working directory. */
public final class SharedData {

    private SharedData() {
    }

    public static Path file(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path data = dir.resolveSibling("shared").resolve("data");
            if (dir.getParent() != null && Files.isDirectory(data)) {
                return data.resolve(name);
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no ../shared/data above " + Path.of("").toAbsolutePath());
    }
}
