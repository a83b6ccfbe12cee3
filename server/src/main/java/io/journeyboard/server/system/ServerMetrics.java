package io.journeyboard.server.system;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/**
 * The server's metrics in Prometheus's text format: requests by route template, method and status
 * with latency histograms, the database pool (bound by the store), background jobs, and the JVM.
 */
public final class ServerMetrics implements AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public ServerMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /**
     * Counts one answered request. The route is the matched path template ({@code /api/v1/workspaces/{ws}}),
     * never the raw path, so ids and tokens do not become label values; web files count as one route.
     */
    public void request(Context ctx, Float millis) {
        // Javalin refuses endpointHandlerPath() for a request answered in a BEFORE handler (web files)
        String route = ctx.handlerType() == HandlerType.BEFORE ? "" : ctx.endpointHandlerPath();
        if (route.isBlank() || route.equals("*")) {
            route = ctx.statusCode() == 404 ? "unmatched" : "web files";
        }
        Timer.builder("http.server.requests")
                .description("HTTP requests answered, by route template, method and status")
                .tag("route", route)
                .tag("method", ctx.method().name())
                .tag("status", Integer.toString(ctx.statusCode()))
                .publishPercentileHistogram()
                .register(registry)
                .record(Duration.ofNanos(millis == null ? 0 : (long) (millis * 1_000_000)));
    }

    /** The current values, as a Prometheus scrape expects them. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
