package io.journeyboard.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.model.template.Templates;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.TestServer;

class RestartAndDemoTest {

    @BothDatabases
    void stoppingAndStartingOverTheSameDataKeepsEverything(Backend backend) {
        TestServer first = backend.start();
        Caller owner = first.signUp("keeper");
        String email = owner.get("/api/v1/me").json().at("/user/email").asText();
        String ws = Fixtures.workspace(owner);
        String path = Fixtures.journeyIn(owner, ws, "j1");
        owner.put(path, Fixtures.journey("j1").replace("Onboarding", "Kept"), "If-Match", "\"1\"");
        owner.post(path + "/comments", "{\"body\":\"remember me\"}");
        first.close();

        TestServer second = backend.start();
        Caller again = second.signIn(email, TestServer.PASSWORD);

        assertThat(again.get(path).json().get("name").asText()).isEqualTo("Kept");
        assertThat(again.get(path).etag()).isEqualTo("\"2\"");
        assertThat(again.get(path + "/versions").json()).hasSize(2);
        assertThat(again.get(path + "/comments").json().get(0).get("body").asText())
                .isEqualTo("remember me");
        assertThat(again.get("/api/v1/workspaces/" + ws + "/personas/p1").status())
                .isEqualTo(200);
    }

    @BothDatabases
    void firstStartCreatesTheDemoOnceAndItsSignInWorks(Backend backend) {
        TestServer first = backend.start(config -> config.withDemoOnFirstStart(true));
        DemoWorkspace.DemoSignIn demo = first.server().demo().orElseThrow();
        Caller user = first.signIn(demo.email(), demo.password());

        assertThat(user.get("/api/v1/workspaces/" + demo.workspaceId() + "/journeys")
                        .json()
                        .size())
                .isEqualTo(demo.journeys())
                .isGreaterThanOrEqualTo(new Templates().list().size());
        first.close();

        TestServer second = backend.start(config -> config.withDemoOnFirstStart(true));
        assertThat(second.server().demo()).isEmpty();
        assertThat(second.signIn(demo.email(), demo.password())
                        .get("/api/v1/workspaces")
                        .json())
                .hasSize(1);
    }

    @BothDatabases
    void healthAnswersAndUnknownPathsAreProblems(Backend backend) {
        TestServer server = backend.start();

        assertThat(server.anonymous().get("/health").json().get("status").asText())
                .isEqualTo("up");
        var missing = server.anonymous().get("/api/v1/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(server.anonymous().get("/api/v1/openapi.yaml").body()).startsWith("openapi: 3.1");
    }
}
