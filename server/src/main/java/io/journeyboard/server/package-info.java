/**
 * The Journeyboard server: {@link io.journeyboard.server.JourneyboardServer} is the one place where the object graph
 * is built by hand, from the store up to the routes, started from a {@link io.journeyboard.server.ServerConfig}.
 * Start-up migrates the schema before anything serves, and a stop refuses new writes and lets running ones finish. The
 * features live in one package each (account, workspace, journey, persona, history, comment, share, transfer,
 * analytics, insight, backup, system) over the shared {@code http} and {@code store}; no wiring by reflection.
 */
package io.journeyboard.server;
