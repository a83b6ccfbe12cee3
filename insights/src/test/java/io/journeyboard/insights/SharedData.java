package io.journeyboard.insights;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the project's real data in {@code shared/data} beside the repository, wherever the tests run from. */
public final class SharedData {

    private SharedData() {
    }

    public static Path file(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path data = dir.resolveSibling("shared").resolve("data");
            if (dir.getParent() != null && Files.isDirectory(data)) {
                Path file = data.resolve(name);
                if (Files.isRegularFile(file)) {
                    return file;
                }
            }
        }
        throw new IllegalStateException("cannot find shared/data/" + name + " beside the repository, walking up from "
                + Path.of("").toAbsolutePath());
    }
}
