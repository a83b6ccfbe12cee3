package io.journeyboard.server.workspace;

import io.journeyboard.server.support.Feedback;
import java.util.List;

/** The authorization table's rows: every workspace route, a concrete path to call it by, and the least role. */
final class AuthorizationRows {

    private AuthorizationRows() {}

    static final String J = "/workspaces/{ws}/journeys/{journey}";
    static final String STAGE =
            "{\"id\":\"s1\",\"name\":\"Renamed\",\"steps\":[{\"id\":\"st1\",\"name\":\"Visit site\"},{\"id\":\"st2\",\"name\":\"Sign up\"}]}";
    static final String IMPORT =
            "{\"formatVersion\":1,\"name\":\"File\",\"journeys\":[{\"id\":\"imp\",\"name\":\"Imported\",\"state\":\"current\"}]}";
    static final String TABLE_CSV =
            "id,title,customer_value,business_value,effort,confidence,status\n" + "o1,Idea,3,3,2,0.5,idea\n";
    static final String OPPORTUNITY =
            "{\"id\":\"%s\",\"title\":\"Idea\",\"customerValue\":3,\"businessValue\":3,\"effort\":2,\"confidence\":0.5,\"status\":\"idea\"}";

    static final String EVIDENCE = "/workspaces/{ws}/evidence/{evidence}";
    static final String EVIDENCE_NEW = "{\"id\":\"ev-new-{n}\",\"kind\":\"interview\",\"summary\":\"Said so\"}";
    static final String EVIDENCE_EDIT = "{\"kind\":\"survey\",\"summary\":\"Edited\"}";

    static final String EXPLORE = "/workspaces/{ws}/explore/logs";
    static final String EVENTS = "case,activity,time\nc1,Visit,2026-01-01T10:00:00Z\nc1,Buy,2026-01-01T10:05:00Z\n";
    static final String EXPLORE_DATASET = "/workspaces/{ws}/explore/datasets/{dataset}";
    static final String EXPLORE_FUNNEL = "{\"steps\":[{\"activities\":[\"Visit\"]},{\"activities\":[\"Buy\"]}]}";

    /**
     * One row: the route as registered, the concrete path (with fixture placeholders), the body and the least role
     * allowed.
     */
    record Row(String method, String route, String path, String body, Role least) {}

    static final List<Row> TABLE = List.of(
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
            // the same views on a stored dataset
            row("GET", EXPLORE_DATASET, EXPLORE_DATASET, null, Role.VIEWER),
            row("POST", EXPLORE_DATASET + "/funnel", EXPLORE_DATASET + "/funnel", EXPLORE_FUNNEL, Role.VIEWER),
            row(
                    "POST",
                    EXPLORE_DATASET + "/drop-off",
                    EXPLORE_DATASET + "/drop-off",
                    EXPLORE_FUNNEL.replace("]}", "],\"step\":1}"),
                    Role.VIEWER),
            row("POST", EXPLORE_DATASET + "/drivers", EXPLORE_DATASET + "/drivers", EXPLORE_FUNNEL, Role.VIEWER),
            row(
                    "POST",
                    EXPLORE_DATASET + "/paths",
                    EXPLORE_DATASET + "/paths",
                    "{\"activity\":\"Visit\"}",
                    Role.VIEWER),
            row("POST", EXPLORE_DATASET + "/process-map", EXPLORE_DATASET + "/process-map", "{}", Role.VIEWER),
            row("POST", EXPLORE_DATASET + "/variants", EXPLORE_DATASET + "/variants", "{}", Role.VIEWER),
            row(
                    "POST",
                    J + "/insights/jobs",
                    J + "/insights/jobs?file=survey.csv&text=comment",
                    Feedback.SURVEY_CSV,
                    Role.VIEWER),
            row("GET", J + "/insights/jobs/{job}", J + "/insights/jobs/{job}", null, Role.VIEWER),
            row("GET", J + "/insights/jobs/{job}/events", J + "/insights/jobs/{job}/events", null, Role.VIEWER),
            // sub-themes of a theme (issue 19)
            row(
                    "GET",
                    J + "/insights/jobs/{job}/themes/{theme}/subthemes",
                    J + "/insights/jobs/{job}/themes/T1/subthemes",
                    null,
                    Role.VIEWER),
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
                    Role.EDITOR),
            // the evidence library, kept runs and current/future states (issue 14)
            row("GET", "/workspaces/{ws}/evidence-library", "/workspaces/{ws}/evidence-library?q=a", null, Role.VIEWER),
            row("POST", "/workspaces/{ws}/evidence", "/workspaces/{ws}/evidence", EVIDENCE_NEW, Role.EDITOR),
            row("GET", EVIDENCE, EVIDENCE, null, Role.VIEWER),
            row("PUT", EVIDENCE, EVIDENCE, EVIDENCE_EDIT, Role.EDITOR),
            row("GET", EVIDENCE + "/items", EVIDENCE + "/items", null, Role.VIEWER),
            row("DELETE", EVIDENCE, EVIDENCE, null, Role.EDITOR),
            row("GET", EVIDENCE + "/history", EVIDENCE + "/history", null, Role.VIEWER),
            row("GET", "/workspaces/{ws}/runs", "/workspaces/{ws}/runs", null, Role.VIEWER),
            row("GET", "/workspaces/{ws}/runs/{run}", "/workspaces/{ws}/runs/{run}", null, Role.VIEWER),
            row("GET", J + "/states", J + "/states", null, Role.VIEWER),
            // home journey management and the workspace board (issue 14); {trashed} is a journey deleted first
            row("GET", "/workspaces/{ws}/journey-tiles", "/workspaces/{ws}/journey-tiles", null, Role.VIEWER),
            row("PUT", J + "/name", J + "/name", "{\"name\":\"Renamed\"}", Role.EDITOR),
            row("POST", J + "/duplicate", J + "/duplicate", null, Role.EDITOR),
            row("PUT", J + "/archived", J + "/archived", "{\"archived\":true}", Role.EDITOR),
            row("PUT", J + "/tags/{tag}", J + "/tags/retail", null, Role.EDITOR),
            row("DELETE", J + "/tags/{tag}", J + "/tags/retail", null, Role.EDITOR),
            row("GET", J + "/thumbnail", J + "/thumbnail", null, Role.VIEWER),
            row("GET", "/workspaces/{ws}/trash", "/workspaces/{ws}/trash", null, Role.EDITOR),
            row(
                    "POST",
                    "/workspaces/{ws}/trash/{journey}/restore",
                    "/workspaces/{ws}/trash/{trashed}/restore",
                    null,
                    Role.EDITOR),
            row("DELETE", "/workspaces/{ws}/trash/{journey}", "/workspaces/{ws}/trash/{trashed}", null, Role.OWNER),
            row("GET", "/workspaces/{ws}/search", "/workspaces/{ws}/search?q=pricing", null, Role.VIEWER),
            row("GET", "/workspaces/{ws}/opportunities", "/workspaces/{ws}/opportunities", null, Role.VIEWER));

    private static Row row(String method, String route, String path, String body, Role least) {
        return new Row(method, "/api/v1" + route, path, body, least);
    }
}
