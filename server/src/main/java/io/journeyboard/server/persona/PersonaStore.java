package io.journeyboard.server.persona;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyboard.model.persona.Persona;
import io.journeyboard.server.http.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** The personas of each workspace, one JSON document each, in the order they were added. */
public final class PersonaStore {

    private final ObjectMapper mapper;

    public PersonaStore(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public List<Persona> list(Handle handle, String workspaceId) {
        return handle.createQuery("SELECT document FROM personas WHERE workspace_id = :ws ORDER BY created_at, persona_id")
                .bind("ws", workspaceId).mapTo(String.class).map(json -> Json.readStored(mapper, json, Persona.class)).list();
    }

    public void insert(Handle handle, String workspaceId, Persona persona) {
        handle.createUpdate("INSERT INTO personas (workspace_id, persona_id, document, created_at) VALUES (:ws, :id, :document, :now)")
                .bind("ws", workspaceId).bind("id", persona.id()).bind("document", Json.write(mapper, persona))
                .bind("now", Instant.now().truncatedTo(ChronoUnit.MILLIS)).execute();
    }

    public void update(Handle handle, String workspaceId, Persona persona) {
        handle.createUpdate("UPDATE personas SET document = :document WHERE workspace_id = :ws AND persona_id = :id")
                .bind("ws", workspaceId).bind("id", persona.id()).bind("document", Json.write(mapper, persona)).execute();
    }

    public void delete(Handle handle, String workspaceId, String personaId) {
        handle.createUpdate("DELETE FROM personas WHERE workspace_id = :ws AND persona_id = :id")
                .bind("ws", workspaceId).bind("id", personaId).execute();
    }
}
