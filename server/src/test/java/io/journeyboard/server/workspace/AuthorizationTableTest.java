package io.journeyboard.server.workspace;

import static io.journeyboard.server.workspace.AuthorizationRows.EVENTS;
import static io.journeyboard.server.workspace.AuthorizationRows.EXPLORE;
import static io.journeyboard.server.workspace.AuthorizationRows.TABLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Feedback;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;
import io.journeyboard.server.workspace.AuthorizationRows.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Every workspace route, called by every kind of caller: members at or above the route's role
 * succeed, members below it get 403, members of another workspace get 404 (they learn nothing), and
 * anonymous callers get 401. Each call works on fresh fixtures, so earlier calls cannot mask later ones.
 */
class AuthorizationTableTest {

    @BothDatabases
    void tableCoversEveryWorkspaceRoute(Backend backend) {
        TestServer server = backend.start();
        Set<String> served = server.server().routes().stream()
                .filter(r -> r.path().contains("{ws}"))
                .map(r -> r.method().name() + " " + r.path())
                .collect(Collectors.toSet());
        Set<String> tabled =
                TABLE.stream().map(r -> r.method() + " " + r.route()).collect(Collectors.toSet());

        assertThat(tabled).isEqualTo(served);
    }

    @BothDatabases
    void everyCallerGetsExactlyWhatTheirRoleAllows(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        Map<String, Caller> members = new LinkedHashMap<>();
        members.put("owner", owner);
        for (Role role : List.of(Role.EDITOR, Role.COMMENTER, Role.VIEWER)) {
            members.put(role.label(), Fixtures.member(server, owner, ws, role.label()));
        }
        Caller outsider = server.signUp("outsider");
        Fixtures.workspace(outsider);
        AtomicInteger counter = new AtomicInteger();
        List<String> wrong = new ArrayList<>();

        for (Row row : TABLE) {
            for (Map.Entry<String, Caller> member : members.entrySet()) {
                Role role = Role.valueOf(member.getKey().toUpperCase());
                // one who leaves is no member afterwards, and the only owner may not leave: a fresh member of the role
                // leaves
                Caller caller = row.route().endsWith("/leave")
                        ? Fixtures.member(server, owner, ws, role.label())
                        : member.getValue();
                Reply reply = call(server, owner, caller, ws, row, counter);
                boolean allowed = role.allows(row.least());
                if (allowed ? reply.status() >= 400 : reply.status() != 403) {
                    wrong.add(row.method() + " " + row.path() + " as " + member.getKey() + " -> " + reply);
                }
            }
            Reply outside = call(server, owner, outsider, ws, row, counter);
            if (outside.status() != 404) {
                wrong.add(row.method() + " " + row.path() + " as a member of another workspace -> " + outside);
            }
            Reply anonymous = call(server, owner, server.anonymous(), ws, row, counter);
            if (anonymous.status() != 401) {
                wrong.add(row.method() + " " + row.path() + " anonymously -> " + anonymous);
            }
        }

        assertThat(wrong).isEmpty();
    }

    /** Makes the fixtures the row needs (as the owner), then calls the route as {@code caller}. */
    private static Reply call(
            TestServer server, Caller owner, Caller caller, String ws, Row row, AtomicInteger counter) {
        int n = counter.incrementAndGet();
        String journeyId = "j" + n;
        String journeyPath = Fixtures.journeyIn(owner, ws, journeyId);
        String path =
                row.path().replace("{ws}", ws).replace("{journey}", journeyId).replace("{n}", Integer.toString(n));
        String body = row.body() == null
                ? null
                : row.body()
                        .replace("{n}", Integer.toString(n))
                        .replace("{journey-new}", Fixtures.journey("new-" + n))
                        .replace("{journey-same}", Fixtures.journey(journeyId));
        if (path.contains("{trashed}")) {
            owner.delete(journeyPath, "If-Match", "\"1\"");
            path = path.replace("{trashed}", journeyId);
        }
        if (path.contains("{member}")) {
            path = path.replace(
                    "{member}",
                    Long.toString(Fixtures.member(server, owner, ws, "viewer").userId()));
        }
        if (body != null && body.contains("{email}")) {
            Caller newcomer = server.signUp("newcomer");
            body = body.replace(
                    "{email}",
                    newcomer.get("/api/v1/me").json().at("/user/email").asText());
        }
        if (path.contains("{persona}")) {
            String personaId = "persona-" + n;
            owner.post("/api/v1/workspaces/" + ws + "/personas", "{\"id\":\"" + personaId + "\",\"name\":\"Temp\"}");
            path = path.replace("{persona}", personaId);
            body = body == null ? null : body.replace("{persona}", personaId);
        }
        if (path.contains("{comment}")) {
            path = path.replace(
                    "{comment}",
                    owner.post(journeyPath + "/comments", "{\"body\":\"first\"}")
                            .json()
                            .get("id")
                            .asText());
        }
        if (path.contains("{invitation}")) {
            path = path.replace(
                    "{invitation}",
                    owner.post(
                                    "/api/v1/workspaces/" + ws + "/invitations",
                                    "{\"email\":\"invited-" + n + "@example.org\",\"role\":\"viewer\"}")
                            .json()
                            .get("id")
                            .asText());
        }
        if (path.contains("{link}")) {
            path = path.replace(
                    "{link}",
                    owner.post(journeyPath + "/share-links", "{}")
                            .json()
                            .get("id")
                            .asText());
        }
        if (path.contains("{log}")) {
            Reply uploaded = owner.send(
                    "POST", "/api/v1" + EXPLORE.replace("{ws}", ws) + "?file=events.csv", EVENTS, "text/csv");
            path = path.replace("{log}", uploaded.json().get("id").asText());
        }
        if (path.contains("{job}")) {
            path = path.replace(
                    "{job}", Feedback.finishedJob(owner, journeyPath).path("id").asText());
        }
        if (path.contains("/explore/datasets/{dataset}")) {
            // every explorer row asks the same dataset: one per row would pass the workspace's dataset limit
            if (owner.get("/api/v1/workspaces/" + ws + "/datasets/explored").status() == 404) {
                owner.send(
                        "POST", "/api/v1/workspaces/" + ws + "/datasets?name=Explored&file=e.csv", EVENTS, "text/csv");
            }
            path = path.replace("{dataset}", "explored");
        }
        if (path.contains("{dataset}")) {
            String created = "/api/v1/workspaces/" + ws + "/datasets?name=Data%20" + n + "&file=e.csv";
            path = path.replace(
                    "{dataset}",
                    owner.send("POST", created, EVENTS, "text/csv")
                            .json()
                            .get("id")
                            .asText());
        }
        if (path.contains("{evidence}")) {
            String evidenceId = "ev-" + n;
            owner.post(
                    "/api/v1/workspaces/" + ws + "/evidence",
                    "{\"id\":\"" + evidenceId + "\",\"kind\":\"feedback\",\"summary\":\"A quote\"}");
            path = path.replace("{evidence}", evidenceId);
        }
        if (path.contains("{run}")) {
            Reply analysed = owner.send("POST", journeyPath + "/analytics?file=events.csv", EVENTS, "text/csv");
            path = path.replace("{run}", analysed.json().get("run").asText());
        }
        String method = row.method();
        String contentType = body == null
                ? null
                : path.contains("/tables?") || path.contains("/datasets") && !path.contains("/explore/")
                        ? "text/csv"
                        : "application/json";
        // a stream of events answers only a request that asks for one
        String accept = path.endsWith("/events") ? "text/event-stream" : "application/json";
        return caller.send(method, "/api/v1" + path, body, contentType, "If-Match", "\"1\"", "Accept", accept);
    }

    @BothDatabases
    void idsFromAnotherWorkspaceReachNothingThroughOnesOwnWorkspace(Backend backend) {
        TestServer server = backend.start();
        Caller alice = server.signUp("alice");
        String aliceWs = Fixtures.workspace(alice);
        String alicePath = Fixtures.journeyIn(alice, aliceWs, "shared-id");
        String commentId = alice.post(alicePath + "/comments", "{\"body\":\"private\"}")
                .json()
                .get("id")
                .asText();
        String linkId =
                alice.post(alicePath + "/share-links", "{}").json().get("id").asText();
        Caller mallory = server.signUp("mallory");
        String malloryWs = Fixtures.workspace(mallory);
        String malloryPath = Fixtures.journeyIn(mallory, malloryWs, "shared-id");

        assertThat(mallory.patch(malloryPath + "/comments/" + commentId, "{\"resolved\":true}")
                        .status())
                .isEqualTo(404);
        assertThat(mallory.delete(malloryPath + "/share-links/" + linkId).status())
                .isEqualTo(404);
        assertThat(mallory.get(malloryPath + "/comments").json()).isEmpty();
        assertThat(mallory.get(malloryPath).json().get("name").asText()).isEqualTo("Onboarding");
        assertThat(alice.get(alicePath + "/comments")
                        .json()
                        .get(0)
                        .get("resolved")
                        .asBoolean())
                .isFalse();
        assertThat(alice.get(alicePath + "/share-links").json().get(0).has("revokedAt"))
                .isFalse();
        assertThat(mallory.get("/api/v1/workspaces").json().findValuesAsText("id"))
                .containsExactly(malloryWs);
    }
}
