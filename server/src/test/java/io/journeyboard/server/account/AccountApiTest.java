package io.journeyboard.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;

class AccountApiTest {

    @BothDatabases
    void signUpSetsAnHttpOnlySameSiteSessionCookie(Backend backend) {
        TestServer server = backend.start();

        Reply reply = server.anonymous()
                .post(
                        "/api/v1/auth/sign-up",
                        "{\"email\":\"Ada@Example.org\",\"name\":\"Ada\",\"password\":\"" + TestServer.PASSWORD
                                + "\"}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("Set-Cookie")).startsWith("jb_session=").contains("HttpOnly", "SameSite=Lax");
        assertThat(reply.json().at("/user/email").asText()).isEqualTo("ada@example.org");
        assertThat(reply.json().get("csrfToken").asText()).isNotBlank();
        assertThat(reply.body()).doesNotContain(TestServer.PASSWORD);
    }

    @BothDatabases
    void signInWithTheRightPasswordOpensASessionAndTheWrongOneIsRefused(Backend backend) {
        TestServer server = backend.start();
        server.anonymous()
                .post(
                        "/api/v1/auth/sign-up",
                        "{\"email\":\"ada@example.org\",\"name\":\"Ada\",\"password\":\"" + TestServer.PASSWORD
                                + "\"}");

        Reply wrong = server.anonymous()
                .post("/api/v1/auth/sign-in", "{\"email\":\"ada@example.org\",\"password\":\"not the password\"}");
        Caller ada = server.signIn("ADA@example.org", TestServer.PASSWORD);

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(ada.get("/api/v1/me").json().at("/user/name").asText()).isEqualTo("Ada");
    }

    @BothDatabases
    void badSignUpNamesEveryWrongField(Backend backend) {
        TestServer server = backend.start();

        Reply reply = server.anonymous()
                .post("/api/v1/auth/sign-up", "{\"email\":\"not-an-address\",\"name\":\"\",\"password\":\"short\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").findValuesAsText("path")).containsExactly("email", "name", "password");
    }

    @BothDatabases
    void secondAccountWithTheSameEmailIsAConflict(Backend backend) {
        TestServer server = backend.start();
        String body = "{\"email\":\"ada@example.org\",\"name\":\"Ada\",\"password\":\"" + TestServer.PASSWORD + "\"}";
        server.anonymous().post("/api/v1/auth/sign-up", body);

        assertThat(server.anonymous()
                        .post("/api/v1/auth/sign-up", body.replace("ada@", "ADA@"))
                        .status())
                .isEqualTo(409);
    }

    @BothDatabases
    void repeatedFailedSignInsAreRateLimited(Backend backend) {
        TestServer server = backend.start(config -> config.withLoginFailures(3));
        server.anonymous()
                .post(
                        "/api/v1/auth/sign-up",
                        "{\"email\":\"ada@example.org\",\"name\":\"Ada\",\"password\":\"" + TestServer.PASSWORD
                                + "\"}");
        String wrong = "{\"email\":\"ada@example.org\",\"password\":\"guess-guess\"}";
        for (int i = 0; i < 3; i++) {
            assertThat(server.anonymous().post("/api/v1/auth/sign-in", wrong).status())
                    .isEqualTo(401);
        }

        Reply limited = server.anonymous()
                .post(
                        "/api/v1/auth/sign-in",
                        "{\"email\":\"ada@example.org\",\"password\":\"" + TestServer.PASSWORD + "\"}");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
    }

    @BothDatabases
    void browserWriteWithoutTheCsrfTokenIsRefused(Backend backend) {
        TestServer server = backend.start();
        Caller ada = server.signUp("ada");

        Reply forged = ada.withoutCsrf().post("/api/v1/workspaces", "{\"name\":\"Forged\"}");

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().get("detail").asText()).contains("X-CSRF-Token");
        assertThat(ada.get("/api/v1/workspaces").json()).isEmpty();
        assertThat(ada.withoutCsrf().get("/api/v1/workspaces").status()).isEqualTo(200);
    }

    @BothDatabases
    void signInAgainWorksWhileTheBrowserStillHoldsAnOldSessionCookie(Backend backend) {
        TestServer server = backend.start();
        Caller ada = server.signUp("ada");
        String email = ada.get("/api/v1/me").json().at("/user/email").asText();

        Reply again = ada.withoutCsrf()
                .post(
                        "/api/v1/auth/sign-in",
                        "{\"email\":\"" + email + "\",\"password\":\"" + TestServer.PASSWORD + "\"}");

        assertThat(again.status()).isEqualTo(200);
    }

    @BothDatabases
    void apiTokenWorksWithoutCsrfUntilRevoked(Backend backend) {
        TestServer server = backend.start();
        Caller ada = server.signUp("ada");
        Caller script = server.withApiToken(ada);

        assertThat(script.post("/api/v1/workspaces", "{\"name\":\"Scripted\"}").status())
                .isEqualTo(201);
        long tokenId = ada.get("/api/v1/me/tokens").json().get(0).get("id").asLong();
        assertThat(ada.get("/api/v1/me/tokens").body()).doesNotContain("jbt_");
        assertThat(ada.delete("/api/v1/me/tokens/" + tokenId).status()).isEqualTo(204);

        assertThat(script.get("/api/v1/workspaces").status()).isEqualTo(401);
    }

    @BothDatabases
    void signOutEndsTheSession(Backend backend) {
        TestServer server = backend.start();
        Caller ada = server.signUp("ada");

        assertThat(ada.post("/api/v1/auth/sign-out", "{}").status()).isEqualTo(204);

        assertThat(ada.get("/api/v1/me").status()).isEqualTo(401);
    }

    @BothDatabases
    void anonymousCallerGets401AsProblemJson(Backend backend) {
        TestServer server = backend.start();

        Reply reply = server.anonymous().get("/api/v1/workspaces");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("status").asInt()).isEqualTo(401);
        assertThat(reply.json().get("instance").asText()).isEqualTo("/api/v1/workspaces");
    }
}
