package io.journeyboard.server.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Feedback;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;
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

    private static final String J = "/workspaces/{ws}/journeys/{journey}";
    private static final String STAGE =
            "{\"id\":\"s1\",\"name\":\"Renamed\",\"steps\":[{\"id\":\"st1\",\"name\":\"Visit site\"},{\"id\":\"st2\",\"name\":\"Sign up\"}]}";
    private static final String IMPORT =
            "{\"formatVersion\":1,\"name\":\"File\",\"journeys\":[{\"id\":\"imp\",\"name\":\"Imported\",\"state\":\"current\"}]}";
    private static final String TABLE_CSV =
            "id,title,customer_value,business_value,effort,confidence,status\n" + "o1,Idea,3,3,2,0.5,idea\n";
    private static final String OPPORTUNITY =
            "{\"id\":\"%s\",\"title\":\"Idea\",\"customerValue\":3,\"businessValue\":3,\"effort\":2,\"confidence\":0.5,\"status\":\"idea\"}";

    private static final String EXPLORE = "/workspaces/{ws}/explore/logs";
    private static final String EVENTS =
            "case,activity,time\nc1,Visit,2026-01-01T10:00:00Z\nc1,Buy,2026-01-01T10:05:00Z\n";
    private static final String EXPLORE_FUNNEL =
            "{\"steps\":[{\"activities\":[\"Visit\"]},{\"activities\":[\"Buy\"]}]}";

    /**
     * One row: the route as registered, the concrete path (with fixture placeholders), the body and the least role
     * allowed.
     */
    record Row(String method, String route, String path, String body, Role least) {}

    private static final List<Row> TABLE = List.of(
            row("GET", "/workspaces/{ws}", "/workspaces/{ws}", null, Role.VIEWER),
            row("PATCH", "/workspaces/{ws}", "/workspaces/{ws}", "{\"name\":\"Renamed\"}", Role.OWNER),
            row("GET", "/workspaces/{ws}/evidence", "/workspaces/{ws}/evidence", null, Role.VIEWER),
            row("GET", "/workspaces/{ws}/members", "/workspaces/{ws}/members", null, Role.VIEWER),
            row(
                    "POST",
                    "/workspaces/{ws}/members",
                    "/workspaces/{ws}/members",
                    "{\"email\":\"{email}\",\"role\":\"viewer\"}",
                    Role.OWNER),
            row(
                    "PUT",
                    "/workspaces/{ws}/members/{userId}",
                    "/workspaces/{ws}/members/{member}",
                    "{\"role\":\"commenter\"}",
                    Role.OWNER),
            row("DELETE", "/workspaces/{ws}/members/{userId}", "/workspaces/{ws}/members/{member}", null, Role.OWNER),
            row("POST", "/workspaces/{ws}/leave", "/workspaces/{ws}/leave", null, Role.VIEWER),
            row("GET", "/workspaces/{ws}/invitations", "/workspaces/{ws}/invitations", null, Role.OWNER),
            row(
                    "POST",
                    "/workspaces/{ws}/invitations",
                    "/workspaces/{ws}/invitations",
                    "{\"email\":\"invited-{n}@example.org\",\"role\":\"editor\"}",
                    Role.OWNER),
            row(
                    "DELETE",
                    "/workspaces/{ws}/invitations/{invitation}",
                    "/workspaces/{ws}/invitations/{invitation}",
                    null,
                    Role.OWNER),
            row("GET", "/workspaces/{ws}/personas", "/workspaces/{ws}/personas", null, Role.VIEWER),
            row(
                    "POST",
                    "/workspaces/{ws}/personas",
                    "/workspaces/{ws}/personas",
                    "{\"id\":\"new-{n}\",\"name\":\"Bo\"}",
                    Role.EDITOR),
            row("GET", "/workspaces/{ws}/personas/{persona}", "/workspaces/{ws}/personas/p1", null, Role.VIEWER),
            row(
                    "PUT",
                    "/workspaces/{ws}/personas/{persona}",
                    "/workspaces/{ws}/personas/{persona}",
                    "{\"id\":\"{persona}\",\"name\":\"Cy\"}",
                    Role.EDITOR),
            row(
                    "DELETE",
                    "/workspaces/{ws}/personas/{persona}",
                    "/workspaces/{ws}/personas/{persona}",
                    null,
                    Role.EDITOR),
            row("GET", "/workspaces/{ws}/journeys", "/workspaces/{ws}/journeys", null, Role.VIEWER),
            row("POST", "/workspaces/{ws}/journeys", "/workspaces/{ws}/journeys", "{journey-new}", Role.EDITOR),
            row("GET", J, J, null, Role.VIEWER),
            row("PUT", J, J, "{journey-same}", Role.EDITOR),
            row("DELETE", J, J, null, Role.EDITOR),
            row("GET", J + "/stages", J + "/stages", null, Role.VIEWER),
            row(
                    "POST",
                    J + "/stages",
                    J + "/stages",
                    "{\"id\":\"s-{n}\",\"name\":\"New\",\"steps\":[{\"id\":\"st-{n}\",\"name\":\"New\"}]}",
                    Role.EDITOR),
            row("PUT", J + "/stages/{item}", J + "/stages/s1", STAGE, Role.EDITOR),
            row("DELETE", J + "/stages/{item}", J + "/stages/s9", null, Role.EDITOR),
            row("GET", J + "/lanes", J + "/lanes", null, Role.VIEWER),
            row(
                    "POST",
                    J + "/lanes",
                    J + "/lanes",
                    "{\"id\":\"l-{n}\",\"kind\":\"notes\",\"title\":\"Notes\"}",
                    Role.EDITOR),
            row(
                    "PUT",
                    J + "/lanes/{item}",
                    J + "/lanes/l-actions",
                    "{\"id\":\"l-actions\",\"kind\":\"actions\",\"title\":\"Doing\"}",
                    Role.EDITOR),
            row("DELETE", J + "/lanes/{item}", J + "/lanes/l-pain", null, Role.EDITOR),
            row("GET", J + "/cards", J + "/cards", null, Role.VIEWER),
            row(
                    "POST",
                    J + "/cards",
                    J + "/cards",
                    "{\"id\":\"c-{n}\",\"laneId\":\"l-actions\",\"stepId\":\"st2\",\"text\":\"New\"}",
                    Role.EDITOR),
            row(
                    "PUT",
                    J + "/cards/{item}",
                    J + "/cards/c1",
                    "{\"id\":\"c1\",\"laneId\":\"l-actions\",\"stepId\":\"st2\",\"text\":\"Moved\"}",
                    Role.EDITOR),
            row("DELETE", J + "/cards/{item}", J + "/cards/c1", null, Role.EDITOR),
            row("GET", J + "/opportunities", J + "/opportunities", null, Role.VIEWER),
            row("POST", J + "/opportunities", J + "/opportunities", OPPORTUNITY.formatted("o-{n}"), Role.EDITOR),
            row("PUT", J + "/opportunities/{item}", J + "/opportunities/o1", OPPORTUNITY.formatted("o1"), Role.EDITOR),
            row("DELETE", J + "/opportunities/{item}", J + "/opportunities/o1", null, Role.EDITOR),
            row(
                    "POST",
                    J + "/stages/{stage}/steps",
                    J + "/stages/s1/steps",
                    "{\"id\":\"st-{n}\",\"name\":\"New\"}",
                    Role.EDITOR),
            row("PUT", J + "/steps/{step}", J + "/steps/st2", "{\"id\":\"st2\",\"name\":\"Register\"}", Role.EDITOR),
            row("DELETE", J + "/steps/{step}", J + "/steps/st9", null, Role.EDITOR),
            row("PUT", J + "/emotions/{persona}/{step}", J + "/emotions/p1/st2", "{\"score\":-1}", Role.EDITOR),
            row("DELETE", J + "/emotions/{persona}/{step}", J + "/emotions/p1/st1", null, Role.EDITOR),
            row("GET", J + "/versions", J + "/versions", null, Role.VIEWER),
            row("GET", J + "/versions/{version}", J + "/versions/1", null, Role.VIEWER),
            row("GET", J + "/diff", J + "/diff?from=1&to=1", null, Role.VIEWER),
            row("PATCH", J + "/versions/{version}", J + "/versions/1", "{\"name\":\"before workshop\"}", Role.EDITOR),
            row("POST", J + "/versions/{version}/restore", J + "/versions/1/restore", null, Role.EDITOR),
            row("GET", J + "/comments", J + "/comments", null, Role.VIEWER),
            row(
                    "POST",
                    J + "/comments",
                    J + "/comments",
                    "{\"body\":\"Looks right\",\"anchor\":\"c1\"}",
                    Role.COMMENTER),
            row("PATCH", J + "/comments/{comment}", J + "/comments/{comment}", "{\"resolved\":true}", Role.COMMENTER),
            row("GET", J + "/share-links", J + "/share-links", null, Role.EDITOR),
            row("POST", J + "/share-links", J + "/share-links", "{}", Role.EDITOR),
            row("DELETE", J + "/share-links/{link}", J + "/share-links/{link}", null, Role.EDITOR),
            row("GET", J + "/export", J + "/export?format=mermaid", null, Role.VIEWER),
            row(
                    "GET",
                    "/workspaces/{ws}/personas/{persona}/export",
                    "/workspaces/{ws}/personas/p1/export?format=svg",
                    null,
                    Role.VIEWER),
            row(
                    "POST",
                    J + "/insights",
                    J + "/insights?file=survey.csv&text=comment",
                    Feedback.SURVEY_CSV,
                    Role.VIEWER),
            row(
                    "POST",
                    J + "/insights/accept",
                    J + "/insights/accept?file=survey.csv&text=comment&accept=all",
                    Feedback.SURVEY_CSV,
                    Role.EDITOR),
            row(
                    "POST",
                    J + "/analytics",
                    J + "/analytics?file=events.csv",
                    "case,activity,time\nc1,Visit,2026-01-01T10:00:00Z\n",
                    Role.VIEWER),
            row("POST", EXPLORE, EXPLORE + "?file=events.csv", EVENTS, Role.VIEWER),
            row("GET", EXPLORE, EXPLORE, null, Role.VIEWER),
            row("GET", EXPLORE + "/{log}", EXPLORE + "/{log}", null, Role.VIEWER),
            row("DELETE", EXPLORE + "/{log}", EXPLORE + "/{log}", null, Role.VIEWER),
            row("POST", EXPLORE + "/{log}/funnel", EXPLORE + "/{log}/funnel", EXPLORE_FUNNEL, Role.VIEWER),
            row(
                    "POST",
                    EXPLORE + "/{log}/drop-off",
                    EXPLORE + "/{log}/drop-off",
                    EXPLORE_FUNNEL.replace("]}", "],\"step\":1}"),
                    Role.VIEWER),
            row("POST", EXPLORE + "/{log}/drivers", EXPLORE + "/{log}/drivers", EXPLORE_FUNNEL, Role.VIEWER),
            row("POST", EXPLORE + "/{log}/paths", EXPLORE + "/{log}/paths", "{\"activity\":\"Visit\"}", Role.VIEWER),
            row("POST", EXPLORE + "/{log}/process-map", EXPLORE + "/{log}/process-map", "{}", Role.VIEWER),
            row("POST", EXPLORE + "/{log}/variants", EXPLORE + "/{log}/variants", "{}", Role.VIEWER),
            row(
                    "POST",
                    J + "/insights/jobs",
                    J + "/insights/jobs?file=survey.csv&text=comment",
                    Feedback.SURVEY_CSV,
                    Role.VIEWER),
            row("GET", J + "/insights/jobs/{job}", J + "/insights/jobs/{job}", null, Role.VIEWER),
            row("GET", J + "/insights/jobs/{job}/events", J + "/insights/jobs/{job}/events", null, Role.VIEWER),
            row(
                    "POST",
                    J + "/insights/jobs/{job}/accept",
                    J + "/insights/jobs/{job}/accept?accept=all",
                    null,
                    Role.EDITOR),
            row("GET", "/workspaces/{ws}/datasets", "/workspaces/{ws}/datasets", null, Role.VIEWER),
            row(
                    "POST",
                    "/workspaces/{ws}/datasets",
                    "/workspaces/{ws}/datasets?name=Events%20{n}&file=e.csv",
                    EVENTS,
                    Role.EDITOR),
            row("GET", "/workspaces/{ws}/datasets/{dataset}", "/workspaces/{ws}/datasets/{dataset}", null, Role.VIEWER),
            row(
                    "DELETE",
                    "/workspaces/{ws}/datasets/{dataset}",
                    "/workspaces/{ws}/datasets/{dataset}",
                    null,
                    Role.EDITOR),
            row(
                    "POST",
                    "/workspaces/{ws}/datasets/{dataset}/events",
                    "/workspaces/{ws}/datasets/{dataset}/events",
                    EVENTS,
                    Role.EDITOR),
            row("GET", J + "/lane", J + "/lane?dataset={dataset}", null, Role.VIEWER),
            row("GET", J + "/binding-suggestions", J + "/binding-suggestions?dataset={dataset}", null, Role.VIEWER),
            row("POST", "/workspaces/{ws}/import", "/workspaces/{ws}/import", IMPORT, Role.EDITOR),
            row("POST", J + "/tables", J + "/tables?file=opportunities.csv", TABLE_CSV, Role.EDITOR),
            row(
                    "POST",
                    "/workspaces/{ws}/templates/{template}",
                    "/workspaces/{ws}/templates/saas-trial",
                    null,
                    Role.EDITOR));

    private static Row row(String method, String route, String path, String body, Role least) {
        return new Row(method, "/api/v1" + route, path, body, least);
    }

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
        if (path.contains("{dataset}")) {
            String created = "/api/v1/workspaces/" + ws + "/datasets?name=Data%20" + n + "&file=e.csv";
            path = path.replace(
                    "{dataset}",
                    owner.send("POST", created, EVENTS, "text/csv")
                            .json()
                            .get("id")
                            .asText());
        }
        String method = row.method();
        String contentType = body == null
                ? null
                : path.contains("/tables?") || path.contains("/datasets") ? "text/csv" : "application/json";
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
