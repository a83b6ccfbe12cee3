package io.journeyboard.cli.insights;

import io.journeyboard.cli.map.MapFiles;
import io.journeyboard.model.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output files all at once: the content goes to a temporary file beside the target, which
 * then replaces the target, so a failure never leaves a half-written report or map behind.
 */
final class SafeFiles {

    private SafeFiles() {
    }

    static void writeText(String text, Path target) throws IOException {
        Path temporary = temporaryBeside(target);
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            replace(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static void writeMap(MapFiles files, Workspace workspace, Path target) throws IOException {
        Path temporary = temporaryBeside(target);
        try {
            files.write(workspace, temporary);
            replace(temporary, target);
        } catch (UncheckedIOException e) {
            throw new IOException(target + ": cannot write: " + e.getCause().getMessage(), e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A fresh name in the target's directory, keeping its extension (map files are typed by it). */
    private static Path temporaryBeside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        String name = absolute.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
        Path directory = absolute.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new IOException(target + ": cannot write: the folder " + directory + " does not exist");
        }
        return Files.createTempFile(directory, "." + name + ".", ".tmp" + extension);
    }

    private static void replace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
