package io.journeyboard.server.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortInUseTest {

    @Test
    void aSecondServerOnATakenPortSaysSoAndHowToChooseAnother(@TempDir Path first, @TempDir Path second) {
        try (Backend running = Backend.h2(first);
                Backend late = Backend.h2(second)) {
            TestServer server = running.start();
            int port = server.server().port();

            assertThatThrownBy(() -> late.start(config -> config.withPort(port)))
                    .hasMessage("port " + port
                            + " is already in use: stop the program listening there (perhaps another Journeyboard "
                            + "server), or start with --port N (0 picks a free port)");
        }
    }
}
