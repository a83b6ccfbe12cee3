package io.journeyboard.web.support;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the browser tests. They share one real server (demo workspace, H2 in a temporary
 * directory) and one Chromium for the whole run, because starting both per class would take most
 * of the run's time; each test works on its own journey so they cannot disturb each other.
 */
@ExtendWith(SharedWebApp.class)
public abstract class BrowserTest {

    protected static WebApp app;

    @BeforeAll
    static void useSharedApp() {
        app = SharedWebApp.app();
    }

    /** The address of a journey's screen in the demo workspace: view is "", "/board" or "/history". */
    protected static String journey(String journeyId, String view) {
        return app.url("#/w/" + app.demo().workspaceId() + "/j/" + journeyId + view);
    }
}
