package io.journeyboard.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** Provides the two invocations of a {@link BothDatabases} test, each with its own fresh database. */
final class BothDatabasesExtension implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(invocation("H2", () -> Backend.h2(tempDir())), invocation("PostgreSQL", Backend::postgres));
    }

    private static TestTemplateInvocationContext invocation(String name, Supplier<Backend> backends) {
        return new TestTemplateInvocationContext() {
            private Backend backend;

            @Override
            public String getDisplayName(int index) {
                return "[" + name + "]";
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                ParameterResolver resolver = new ParameterResolver() {
                    @Override
                    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
                        return parameter.getParameter().getType() == Backend.class;
                    }

                    @Override
                    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
                        backend = backends.get();
                        return backend;
                    }
                };
                AfterTestExecutionCallback cleanup = extension -> {
                    if (backend != null) {
                        backend.close();
                    }
                };
                return List.of(resolver, cleanup);
            }
        };
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("journeyboard-test-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
