/**
 * The server as an operator sees it: {@link io.journeyboard.server.system.SystemRoutes} answers liveness and readiness
 * probes, Prometheus metrics ({@link io.journeyboard.server.system.ServerMetrics}) and the OpenAPI document.
 * {@link io.journeyboard.server.system.Readiness} is ready only once the schema is migrated and the first start's
 * {@link io.journeyboard.server.system.DemoWorkspace} exists, and stops being ready when a shutdown begins.
 */
package io.journeyboard.server.system;
