package io.journeyboard.insights;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real data the repository carries in {@code data/} (sources and licences in its README), from a module's tests.
 */
public final class SharedData {

    private SharedData() {}

    public static Path file(String name) {
        Path file = Path.of("..", "data", name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the repository's data/" + name + " is missing (looked in "
                    + file.toAbsolutePath().normalize() + ")");
        }
        return file;
    }
}
