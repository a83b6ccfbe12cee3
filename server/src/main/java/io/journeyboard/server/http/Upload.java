package io.journeyboard.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A file sent as a request body, its name in the query ({@code file=survey.csv}), saved to a
 * temporary file so that readers which pick a format by extension can read it, and deleted on
 * {@link #close()}. Readers are given {@link #fileName()} to name it by in their messages.
 */
public final class Upload implements AutoCloseable {

    private final String fileName;
    private final Path directory;
    private final Path path;

    private Upload(String fileName, Path directory, Path path) {
        this.fileName = fileName;
        this.directory = directory;
        this.path = path;
    }

    /**
     * Saves the body; a missing name, or an extension not among {@code extensions} (optionally
     * followed by {@code .gz} when {@code gzipAllowed}), is a 400 that says what to send.
     *
     * @param example a file name to show in the message, e.g. {@code survey.csv}
     */
    public static Upload save(
            Context ctx, Bodies bodies, List<String> extensions, boolean gzipAllowed, String example) {
        String name = ctx.queryParam("file");
        String accepted = String.join(", ", extensions) + (gzipAllowed ? ", each optionally followed by .gz" : "");
        if (name == null || name.isBlank()) {
            throw invalid("give the upload's file name, e.g. file=" + example + "; its extension (" + accepted
                    + ") says how to read it");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean gzipped = gzipAllowed && lower.endsWith(".gz");
        String plain = gzipped ? lower.substring(0, lower.length() - 3) : lower;
        String extension = plain.contains(".") ? plain.substring(plain.lastIndexOf('.') + 1) : "";
        if (!extensions.contains(extension)) {
            throw invalid("'" + name + "' has no extension this upload is read by; use one of: " + accepted);
        }
        Path directory = null;
        try {
            directory = Files.createTempDirectory("journeyboard-upload-");
            Path path =
                    Files.write(directory.resolve("upload." + extension + (gzipped ? ".gz" : "")), bodies.bytes(ctx));
            return new Upload(name.replaceAll("[^\\w.\\- ]", "_"), directory, path);
        } catch (IOException e) {
            deleteQuietly(directory);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // the body was refused (too large, unreadable): nothing may stay behind
            deleteQuietly(directory);
            throw e;
        }
    }

    private static ApiException invalid(String message) {
        return ApiException.invalid(List.of(new FieldError("file", message)));
    }

    /** The name the user gave the file, made safe to show and store. */
    public String fileName() {
        return fileName;
    }

    /** The temporary copy to read. */
    public Path path() {
        return path;
    }

    @Override
    public void close() {
        deleteQuietly(directory);
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            directory.toFile().deleteOnExit();
        }
    }
}
