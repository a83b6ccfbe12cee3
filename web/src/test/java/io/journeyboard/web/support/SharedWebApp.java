package io.journeyboard.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts the {@link WebApp} once per test run and stops it (and deletes its database) when the run ends. */
public final class SharedWebApp implements BeforeAllCallback {

    private static volatile WebApp shared;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(SharedWebApp.class, key -> {
            Path dataDir = temporaryDirectory();
            shared = WebApp.start(dataDir);
            return (ExtensionContext.Store.CloseableResource) () -> {
                shared.close();
                delete(dataDir);
            };
        });
    }

    static WebApp app() {
        return shared;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("journeyboard-web-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
