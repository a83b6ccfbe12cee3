package io.journeyboard.server.system;

import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Routes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** {@code /health} for load balancers and the OpenAPI document at {@code /api/v1/openapi.yaml}. */
public final class SystemRoutes {

    static final String SPEC = "/io/journeyboard/server/api/openapi.yaml";

    private final Jdbi jdbi;
    private final byte[] spec;

    public SystemRoutes(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.spec = readSpec();
    }

    /** Registers on routes whose prefix is the server root. */
    public void register(Routes root) {
        root.get("/health", ctx -> {
            boolean databaseUp = jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one() == 1);
            ctx.status(databaseUp ? 200 : 503).json(Map.of("status", databaseUp ? "up" : "down"));
        });
        root.get("/api/v1/openapi.yaml", ctx -> {
            if (spec == null) {
                throw ApiException.notFound("this build carries no OpenAPI document");
            }
            ctx.contentType("application/yaml").result(spec);
        });
    }

    private static byte[] readSpec() {
        try (InputStream in = SystemRoutes.class.getResourceAsStream(SPEC)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document in the jar cannot be read", e);
        }
    }
}
