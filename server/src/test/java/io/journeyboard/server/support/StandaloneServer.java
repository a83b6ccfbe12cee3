package io.journeyboard.server.support;

import io.journeyboard.server.JourneyboardServer;
import io.journeyboard.server.ServerConfig;
import java.nio.file.Path;

/**
 * A server in a process of its own, for tests that must kill it: {@code java StandaloneServer DATA_DIR}
 * starts on a free port over the embedded database in DATA_DIR, prints {@code port=N} and runs until killed.
 */
public final class StandaloneServer {

    public static void main(String[] args) throws InterruptedException {
        ServerConfig config = ServerConfig.defaults().withPort(0).withDataDir(Path.of(args[0])).withPasswordCost(4)
                .withDemoOnFirstStart(false).withOpenSignUp(true);
        JourneyboardServer server = JourneyboardServer.start(config);
        System.out.println("port=" + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }

    private StandaloneServer() {
    }
}
