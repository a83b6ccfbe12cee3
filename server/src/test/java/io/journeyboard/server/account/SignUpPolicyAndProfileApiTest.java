package io.journeyboard.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;

class SignUpPolicyAndProfileApiTest {

    private static String signUp(String email) {
        return "{\"email\":\"" + email + "\",\"name\":\"Someone\",\"password\":\"" + TestServer.PASSWORD + "\"}";
    }

    @BothDatabases
    void withSignUpClosedOnlyTheFirstAccountBesidesTheDemoMaySignUp(Backend backend) {
        TestServer server = backend.start(config -> config.withOpenSignUp(false).withDemoOnFirstStart(true));
        Reply before = server.anonymous().get("/api/v1/auth/sign-up");
        Reply first = server.anonymous().post("/api/v1/auth/sign-up", signUp("first@example.org"));
        Reply after = server.anonymous().get("/api/v1/auth/sign-up");
        Reply second = server.anonymous().post("/api/v1/auth/sign-up", signUp("second@example.org"));

        assertThat(before.json().get("firstAccount").asBoolean()).isTrue();
        assertThat(before.json().get("open").asBoolean()).isFalse();
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(after.json().get("firstAccount").asBoolean()).isFalse();
        assertThat(second.status()).isEqualTo(403);
        assertThat(second.json().get("detail").asText()).contains("by invitation");
    }

    @BothDatabases
    void theDisplayNameAndPasswordChangeAndThePasswordChangeEndsOtherSessions(Backend backend) {
        TestServer server = backend.start();
        Caller ada = server.signUp("ada");
        String email = ada.get("/api/v1/me").json().at("/user/email").asText();
        Caller otherBrowser = server.signIn(email, TestServer.PASSWORD);

        Reply renamed = ada.patch("/api/v1/me", "{\"name\":\"Ada King\"}");
        Reply blank = ada.patch("/api/v1/me", "{\"name\":\" \"}");
        Reply wrongCurrent = ada.post(
                "/api/v1/me/password",
                "{\"currentPassword\":\"not it at all\",\"newPassword\":\"a brand new password\"}");
        Reply weak = ada.post(
                "/api/v1/me/password",
                "{\"currentPassword\":\"" + TestServer.PASSWORD + "\",\"newPassword\":\"short\"}");
        Reply changed = ada.post(
                "/api/v1/me/password",
                "{\"currentPassword\":\"" + TestServer.PASSWORD + "\",\"newPassword\":\"a brand new password\"}");

        assertThat(renamed.json().at("/user/name").asText()).isEqualTo("Ada King");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.json().at("/errors/0/path").asText()).isEqualTo("currentPassword");
        assertThat(weak.json().at("/errors/0/path").asText()).isEqualTo("newPassword");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(ada.get("/api/v1/me").json().at("/user/name").asText()).isEqualTo("Ada King");
        assertThat(otherBrowser.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(server.anonymous()
                        .post(
                                "/api/v1/auth/sign-in",
                                "{\"email\":\"" + email + "\",\"password\":\"a brand new password\"}")
                        .status())
                .isEqualTo(200);
    }
}
