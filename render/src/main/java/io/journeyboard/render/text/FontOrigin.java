package io.journeyboard.render.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a font's bytes live: a resource inside a jar or a file on the machine. A file ending in
 * {@code .ttc} is a collection, of which the first font is used.
 */
public record FontOrigin(String resource, Path file) {

    public static FontOrigin resource(String name) {
        return new FontOrigin(name, null);
    }

    public static FontOrigin file(Path path) {
        return new FontOrigin(null, path);
    }

    public boolean isCollection() {
        return file != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
    }

    public InputStream open() {
        try {
            if (file != null) {
                return Files.newInputStream(file);
            }
            InputStream in = FontOrigin.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("missing font resource " + resource);
            }
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException("font " + this + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return file != null ? file.toString() : resource;
    }
}
