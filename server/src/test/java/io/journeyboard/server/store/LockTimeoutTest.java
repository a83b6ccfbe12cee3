package io.journeyboard.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

class LockTimeoutTest {

    @BothDatabases
    void aWriteThatWaitsTooLongForAnotherOnesLockIsAnswered503WithRetryAfter(Backend backend) throws Exception {
        Caller owner = backend.start().signUp("owner");
        String ws = Fixtures.workspace(owner);

        Reply rename;
        // another transaction (as a long import would) holds the workspace row until the rename has given up
        try (Connection other = DriverManager.getConnection(backend.jdbcUrl())) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("SELECT id FROM workspaces WHERE id = ? FOR UPDATE")) {
                lock.setString(1, ws);
                lock.executeQuery().close();
            }
            rename = owner.patch("/api/v1/workspaces/" + ws, "{\"name\":\"Renamed\"}");
            other.rollback();
        }

        assertThat(rename.status()).as(rename.toString()).isEqualTo(503);
        assertThat(rename.header("Retry-After")).isEqualTo("2");
        assertThat(rename.json().get("detail").asText()).contains("nothing was changed");
        assertThat(owner.get("/api/v1/workspaces/" + ws).json().get("name").asText())
                .isEqualTo("Team space");
    }
}
