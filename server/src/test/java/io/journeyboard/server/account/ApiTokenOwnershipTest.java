package io.journeyboard.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.TestServer;

class ApiTokenOwnershipTest {

    @BothDatabases
    void nobodyListsOrRevokesAnotherUsersTokens(Backend backend) {
        TestServer server = backend.start();
        Caller ada = server.signUp("ada");
        Caller script = server.withApiToken(ada);
        Caller grace = server.signUp("grace");
        long adasToken = ada.get("/api/v1/me/tokens").json().get(0).get("id").asLong();

        assertThat(grace.get("/api/v1/me/tokens").json()).isEmpty();
        assertThat(grace.delete("/api/v1/me/tokens/" + adasToken).status()).isEqualTo(404);
        assertThat(script.get("/api/v1/me").json().at("/user/name").asText()).isEqualTo("ada");
        assertThat(server.anonymous().delete("/api/v1/me/tokens/" + adasToken).status())
                .isEqualTo(401);
    }
}
