package io.journeyboard.server.support;

import static org.assertj.core.api.Assertions.assertThat;

/** A workspace with one persona and one small journey, as most API tests need. */
public final class Fixtures {

    public static final String PERSONA = "{\"id\":\"p1\",\"name\":\"Ada\",\"segment\":\"Small business owner\"}";

    private Fixtures() {}

    /**
     * A valid journey for persona p1: stage s1 with steps st1 and st2, stage s9 with step st9, an
     * actions lane with card c1, an empty pain-point lane, an emotion at st1 and opportunity o1.
     */
    public static String journey(String id) {
        return """
                {"id":"%s","name":"Onboarding","state":"current","personaIds":["p1"],
                 "stages":[{"id":"s1","name":"Discover","steps":[{"id":"st1","name":"Visit site"},{"id":"st2",
                 "name":"Sign up"}]},
                           {"id":"s9","name":"Later","steps":[{"id":"st9","name":"Return"}]}],
                 "lanes":[{"id":"l-actions","kind":"actions","title":"Actions"},{"id":"l-pain","kind":"pain_points",
                 "title":"Pain points"}],
                 "cards":[{"id":"c1","laneId":"l-actions","stepId":"st1","text":"Reads pricing"}],
                 "emotions":[{"personaId":"p1","stepId":"st1","score":1}],
                 "opportunities":[{"id":"o1","title":"Faster sign-up","customerValue":3,"businessValue":3,"effort":2,
                 "confidence":0.5,"status":"idea"}]}
                """.formatted(id);
    }

    /** Creates a workspace owned by {@code owner}, with persona p1; answers its id. */
    public static String workspace(Caller owner) {
        Reply created = owner.post("/api/v1/workspaces", "{\"name\":\"Team space\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String ws = created.json().get("id").asText();
        Reply persona = owner.post("/api/v1/workspaces/" + ws + "/personas", PERSONA);
        assertThat(persona.status()).as(persona.toString()).isEqualTo(201);
        return ws;
    }

    /** Creates journey {@code id} in {@code ws}; answers its path. */
    public static String journeyIn(Caller editor, String ws, String id) {
        Reply created = editor.post("/api/v1/workspaces/" + ws + "/journeys", journey(id));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return "/api/v1/workspaces/" + ws + "/journeys/" + id;
    }

    /** Adds a new user to the workspace with {@code role}. */
    public static Caller member(TestServer server, Caller owner, String ws, String role) {
        Caller member = server.signUp(role);
        String email = member.get("/api/v1/me").json().get("user").get("email").asText();
        Reply added = owner.post(
                "/api/v1/workspaces/" + ws + "/members", "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return member;
    }
}
