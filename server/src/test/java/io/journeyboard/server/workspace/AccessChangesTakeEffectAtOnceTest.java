package io.journeyboard.server.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.TestServer;

/**
 * Sessions, tokens and roles are looked up once a second at most (store.RecentAnswers); the change that ends
 * or narrows someone's access must still hold on the very next request to the same server.
 */
class AccessChangesTakeEffectAtOnceTest {

    @BothDatabases
    void aDemotedOrRemovedMemberIsRefusedOnTheVeryNextRequest(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        Caller member = Fixtures.member(server, owner, ws, "editor");
        String journeys = "/api/v1/workspaces/" + ws + "/journeys";
        String membership = "/api/v1/workspaces/" + ws + "/members/" + member.userId();

        assertThat(member.post(journeys, Fixtures.journey("first")).status()).isEqualTo(201);
        assertThat(owner.put(membership, "{\"role\":\"viewer\"}").status()).isBetween(200, 204);
        assertThat(member.post(journeys, Fixtures.journey("second")).status()).isEqualTo(403);
        assertThat(member.get(journeys).status()).isEqualTo(200);
        assertThat(owner.delete(membership).status()).isEqualTo(204);
        assertThat(member.get(journeys).status()).isEqualTo(404);
    }

    @BothDatabases
    void aRevokedTokenAndAnEndedSessionAreRefusedOnTheVeryNextRequest(Backend backend) {
        TestServer server = backend.start();
        Caller ada = server.signUp("ada");
        String token = ada.post("/api/v1/me/tokens", "{\"name\":\"script\"}")
                .json()
                .get("token")
                .asText();
        long tokenId = ada.get("/api/v1/me/tokens").json().get(0).get("id").asLong();
        Caller script = server.anonymous();
        assertThat(script.get("/api/v1/me", "Authorization", "Bearer " + token).status())
                .isEqualTo(200);

        assertThat(ada.delete("/api/v1/me/tokens/" + tokenId).status()).isEqualTo(204);
        assertThat(script.get("/api/v1/me", "Authorization", "Bearer " + token).status())
                .isEqualTo(401);

        assertThat(ada.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(ada.post("/api/v1/auth/sign-out", "{}").status()).isEqualTo(204);
        assertThat(ada.get("/api/v1/me").status()).isEqualTo(401);
    }
}
