package io.journeyboard.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file all at once: into a temporary file beside it, moved over the target only when
 * complete, so a failed command never leaves a half-written or emptied file behind. Every command
 * that writes a file writes it through here.
 */
public final class OutputFile {

    /** What goes into the file. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFile() {}

    public static void write(Path target, Content content) {
        write(target, content, false);
    }

    /** Like {@link #write}, readable by its owner only (rw-------): for backups, which hold secrets. */
    public static void writePrivate(Path target, Content content) {
        write(target, content, true);
    }

    private static void write(Path target, Content content, boolean ownerOnly) {
        Path absolute = target.toAbsolutePath();
        Path temporary = null;
        try {
            Path folder = absolute.getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new IOException("the folder " + folder + " does not exist");
            }
            temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
            if (!ownerOnly) {
                keepPermissions(temporary, absolute);
            }
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot write: " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Text as UTF-8. */
    public static void writeText(Path target, String text) {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A temporary file is private to its owner; the result gets the target's permissions, or the usual rw-r--r--. */
    private static void keepPermissions(Path temporary, Path target) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(
                temporary,
                Files.exists(target)
                        ? Files.getPosixFilePermissions(target)
                        : PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                System.getLogger(OutputFile.class.getName())
                        .log(System.Logger.Level.WARNING, "could not remove " + temporary + ": " + e.getMessage());
            }
        }
    }
}
