package io.journeyboard.server.support;

import io.journeyboard.server.JourneyboardServer;
import io.journeyboard.server.ServerConfig;
import java.nio.file.Path;

/**
 * A server in a process of its own, for tests that must kill it: {@code java StandaloneServer STORE}
 * starts on a free port over the embedded database in the directory STORE, or over the PostgreSQL
 * database when STORE is a JDBC URL, prints {@code port=N} and runs until killed.
 */
public final class StandaloneServer {

    public static void main(String[] args) throws InterruptedException {
        ServerConfig config = ServerConfig.defaults()
                .withPort(0)
                .withPasswordCost(4)
                .withDemoOnFirstStart(false)
                .withOpenSignUp(true);
        config = args[0].startsWith("jdbc:") ? config.withDbUrl(args[0]) : config.withDataDir(Path.of(args[0]));
        JourneyboardServer server = JourneyboardServer.start(config);
        System.out.println("port=" + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }

    private StandaloneServer() {}
}
