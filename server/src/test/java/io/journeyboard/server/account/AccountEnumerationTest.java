package io.journeyboard.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Neither sign-in's timing nor sign-up's answer tells an outsider which e-mail addresses have an account. */
class AccountEnumerationTest {

    private static final int TRIES = 5;

    @Test
    void signInForAnUnknownAccountTakesAsLongAsAWrongPasswordForAKnownOne(@TempDir Path data) {
        // A production-like bcrypt cost makes the hash the larger part of a sign-in, as it is in production.
        try (Backend backend = Backend.h2(data)) {
            TestServer server =
                    backend.start(config -> config.withPasswordCost(10).withLoginFailures(100));
            String known = signUp(server, "known@example.org");

            long[] knownMillis = signInMillis(server.anonymous(), known);
            long[] unknownMillis = signInMillis(server.anonymous(), "nobody-here@example.org");

            assertThat(median(unknownMillis))
                    .as("unknown %s, known %s", Arrays.toString(unknownMillis), Arrays.toString(knownMillis))
                    .isGreaterThan(median(knownMillis) / 2);
        }
    }

    @Test
    void signUpWithATakenAddressNamesNoAccountAndRepeatedTriesAreLimited(@TempDir Path data) {
        try (Backend backend = Backend.h2(data)) {
            TestServer server = backend.start();
            String taken = signUp(server, "taken@example.org");
            Caller outsider = server.anonymous();
            String body = "{\"email\":\"" + taken + "\",\"name\":\"X\",\"password\":\"" + TestServer.PASSWORD + "\"}";

            Reply first = outsider.post("/api/v1/auth/sign-up", body);
            for (int i = 1; i < 5; i++) {
                outsider.post("/api/v1/auth/sign-up", body);
            }
            Reply sixth = outsider.post("/api/v1/auth/sign-up", body.replace(taken, "fresh-address@example.org"));

            assertThat(first.status()).isEqualTo(409);
            assertThat(first.json().get("detail").asText())
                    .doesNotContain(taken)
                    .doesNotContain("exists")
                    .contains("cannot be used for a new account");
            assertThat(sixth.status()).as(sixth.toString()).isEqualTo(429);
            assertThat(sixth.header("Retry-After")).isNotBlank();
        }
    }

    private static String signUp(TestServer server, String email) {
        Reply reply = server.anonymous()
                .post(
                        "/api/v1/auth/sign-up",
                        "{\"email\":\"" + email + "\",\"name\":\"Someone\",\"password\":\"" + TestServer.PASSWORD
                                + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return email;
    }

    private static long[] signInMillis(Caller caller, String email) {
        long[] millis = new long[TRIES];
        for (int i = 0; i < TRIES; i++) {
            long began = System.nanoTime();
            Reply reply = caller.post(
                    "/api/v1/auth/sign-in", "{\"email\":\"" + email + "\",\"password\":\"wrong password!\"}");
            millis[i] = (System.nanoTime() - began) / 1_000_000;
            assertThat(reply.status()).isEqualTo(401);
        }
        return millis;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
