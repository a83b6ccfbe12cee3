package io.journeyboard.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.server.support.AtOnce;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.TestServer;
import java.util.List;

class ConcurrentSignInTest {

    @BothDatabases
    void thirtyWrongPasswordsAtOnceAreEvaluatedOnlyUpToTheLimit(Backend backend) throws Exception {
        // a production-like bcrypt cost, so that the checks of the 30 attempts overlap as they would in an attack
        TestServer server = backend.start(config -> config.withPasswordCost(10));
        Caller anonymous = server.anonymous();
        String email = server.signUp("target")
                .get("/api/v1/me")
                .json()
                .at("/user/email")
                .asText();

        List<Integer> answers = AtOnce.repeat(
                30,
                () -> anonymous
                        .post(
                                "/api/v1/auth/sign-in",
                                "{\"email\":\"" + email + "\",\"password\":\"wrong password 123\"}")
                        .status());

        assertThat(answers)
                .filteredOn(status -> status == 401)
                .as("wrong passwords evaluated")
                .hasSize(5);
        assertThat(answers).filteredOn(status -> status == 429).hasSize(25);
    }

    @BothDatabases
    void identicalSignUpsAtOnceMakeOneAccountAndAnswerTheOthers409Or429(Backend backend) throws Exception {
        // the others get 409 (address taken), or 429 once one address has been told "taken" too often
        Caller anonymous = backend.start().anonymous();
        String body = "{\"email\":\"twin@example.org\",\"name\":\"Twin\",\"password\":\"" + TestServer.PASSWORD + "\"}";

        List<Integer> answers = AtOnce.repeat(
                12, () -> anonymous.post("/api/v1/auth/sign-up", body).status());

        assertThat(answers).filteredOn(status -> status == 201).hasSize(1);
        assertThat(answers).filteredOn(status -> status == 409).isNotEmpty();
        assertThat(answers).filteredOn(status -> status != 201).allMatch(status -> status == 409 || status == 429);
    }
}
