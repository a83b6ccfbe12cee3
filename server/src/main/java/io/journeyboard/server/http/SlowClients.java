package io.journeyboard.server.http;

import io.javalin.config.JavalinConfig;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * What keeps slow or idle clients from taking the server down. Jetty reads request heads without a
 * thread; a request's handler, which reads the body, runs on a virtual thread, so a client trickling its
 * body parks no platform thread. A body must arrive at {@link #MIN_BODY_BYTES_PER_SECOND} on average
 * (else 408), a connection silent for {@link #IDLE_TIMEOUT} is closed, and one address may hold at most
 * the configured number of connections ({@code ServerConfig.connectionsPerAddress}).
 *
 * Virtual threads are used from Java 24 on: before it, a virtual thread blocking inside a
 * {@code synchronized} block (H2 has many) holds its carrier, and a few such can stall every request;
 * there, handlers run on up to {@link #PLATFORM_THREADS} platform threads instead.
 */
public final class SlowClients {

    public static final long MIN_BODY_BYTES_PER_SECOND = 128;
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    static final int PLATFORM_THREADS = 400;
    private static final boolean VIRTUAL_HANDLERS = Runtime.version().feature() >= 24;

    private SlowClients() {}

    /** Sets the thread pool, the body data rate, the idle timeout and the per-address connection limit. */
    public static void apply(JavalinConfig config, int connectionsPerAddress) {
        QueuedThreadPool pool = new QueuedThreadPool(VIRTUAL_HANDLERS ? 64 : PLATFORM_THREADS, 4, 60_000);
        pool.setName("journeyboard-http");
        if (VIRTUAL_HANDLERS) {
            ThreadFactory handlers =
                    Thread.ofVirtual().name("journeyboard-request-", 0).factory();
            pool.setVirtualThreadsExecutor(Executors.newThreadPerTaskExecutor(handlers));
        }
        config.jetty.threadPool = pool;
        config.jetty.modifyHttpConfiguration(http -> http.setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND));
        // Connectors exist only once the server starts (Javalin adds its own then), so they are set up at that moment.
        config.jetty.modifyServer(server -> server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                for (Connector connector : server.getConnectors()) {
                    if (connector instanceof AbstractConnector limited) {
                        limited.setIdleTimeout(IDLE_TIMEOUT.toMillis());
                        if (connectionsPerAddress > 0) {
                            limited.addBean(new ConnectionsPerAddress(connectionsPerAddress, limited));
                        }
                    }
                }
            }
        }));
    }
}
