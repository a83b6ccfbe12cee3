/**
 * What every route shares about HTTP: strict JSON ({@link io.journeyboard.server.http.Json}) and bodies read within
 * limits ({@link io.journeyboard.server.http.Bodies}), uploads saved to temporary files ({@link
 * io.journeyboard.server.http.Upload}), versions as entity tags ({@link io.journeyboard.server.http.ETags}), route
 * registration checked against the OpenAPI document ({@link io.journeyboard.server.http.Routes}), request logging and
 * in-flight write counting for a graceful stop, and the limits that keep slow or greedy clients from holding the server
 * ({@link io.journeyboard.server.http.SlowClients}, {@link io.journeyboard.server.http.ConnectionsPerAddress}). Every
 * refusal is an {@link io.journeyboard.server.http.ApiException} with {@link io.journeyboard.server.http.FieldError}s,
 * answered by {@link io.journeyboard.server.http.ProblemResponses} as RFC 9457 {@code application/problem+json}, never
 * a stack trace. This package depends on no feature package.
 */
package io.journeyboard.server.http;
