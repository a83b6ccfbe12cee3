package io.journeyboard.server.system;

import io.javalin.http.Context;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Routes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Health for load balancers and orchestrators, metrics for Prometheus, and the OpenAPI document at
 * {@code /api/v1/openapi.yaml}. {@code /health/live} says the process answers; {@code /health/ready}
 * (and the older {@code /health}) says it can serve users: started, not stopping, database reachable.
 */
public final class SystemRoutes {

    static final String SPEC = "/io/journeyboard/server/api/openapi.yaml";
    public static final String LIVE = "/health/live";
    public static final String READY = "/health/ready";
    /** Paths answered while the store is still being migrated at start. */
    public static final Set<String> ANSWERED_WHILE_STARTING = Set.of(LIVE, READY);

    private final Jdbi jdbi;
    private final Readiness readiness;
    private final ServerMetrics metrics;
    private final byte[] spec;

    public SystemRoutes(Jdbi jdbi, Readiness readiness, ServerMetrics metrics) {
        this.jdbi = jdbi;
        this.readiness = readiness;
        this.metrics = metrics;
        this.spec = readSpec();
    }

    /** Registers on routes whose prefix is the server root. */
    public void register(Routes root) {
        root.get(LIVE, ctx -> ctx.json(Map.of("status", "up")));
        root.get(READY, this::ready);
        root.get("/health", this::ready);
        root.get(
                "/metrics",
                ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                        .result(metrics.scrape()));
        root.get("/api/v1/openapi.yaml", ctx -> {
            if (spec == null) {
                throw ApiException.notFound("this build carries no OpenAPI document");
            }
            ctx.contentType("application/yaml").result(spec);
        });
    }

    private void ready(Context ctx) {
        Readiness.Stage stage = readiness.stage();
        if (stage != Readiness.Stage.READY) {
            ctx.status(503).json(Map.of("status", stage.name().toLowerCase(Locale.ROOT)));
            return;
        }
        boolean databaseUp = databaseAnswers();
        ctx.status(databaseUp ? 200 : 503).json(Map.of("status", databaseUp ? "up" : "down"));
    }

    private boolean databaseAnswers() {
        try {
            return jdbi.withHandle(handle ->
                    handle.createQuery("SELECT 1").mapTo(Integer.class).one() == 1);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static byte[] readSpec() {
        try (InputStream in = SystemRoutes.class.getResourceAsStream(SPEC)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document in the jar cannot be read", e);
        }
    }
}
