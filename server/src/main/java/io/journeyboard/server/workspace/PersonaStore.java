package io.journeyboard.server.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyboard.model.persona.Persona;
import io.journeyboard.server.http.Json;
import io.journeyboard.server.store.ParsedDocuments;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The personas of each workspace, one JSON document each, in the order they were added, with who
 * changed each last and when. Writes go through {@code PersonaEditor}, which validates them.
 */
public final class PersonaStore {

    private final ObjectMapper mapper;
    private final ParsedDocuments<Persona> parsed;

    public PersonaStore(ObjectMapper mapper) {
        this.mapper = mapper;
        this.parsed = new ParsedDocuments<>(mapper, Persona.class, 256);
    }

    public List<Persona> list(Handle handle, String workspaceId) {
        return handle.createQuery("""
                        SELECT document FROM personas WHERE workspace_id = :ws ORDER BY created_at, persona_id""")
                .bind("ws", workspaceId)
                .mapTo(String.class)
                .map(parsed::read)
                .list();
    }

    public void insert(Handle handle, String workspaceId, Persona persona, long userId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        handle.createUpdate("""
                        INSERT INTO personas (workspace_id, persona_id, document, created_at, updated_by, updated_at)
                        VALUES (:ws, :id, :document, :now, :user, :now)""")
                .bind("ws", workspaceId)
                .bind("id", persona.id())
                .bind("document", Json.write(mapper, persona))
                .bind("user", userId)
                .bind("now", now)
                .execute();
    }

    public void update(Handle handle, String workspaceId, Persona persona, long userId) {
        handle.createUpdate("""
                        UPDATE personas SET document = :document, updated_by = :user, updated_at = :now
                        WHERE workspace_id = :ws AND persona_id = :id""")
                .bind("ws", workspaceId)
                .bind("id", persona.id())
                .bind("document", Json.write(mapper, persona))
                .bind("user", userId)
                .bind("now", Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .execute();
    }

    public void delete(Handle handle, String workspaceId, String personaId) {
        handle.createUpdate("DELETE FROM personas WHERE workspace_id = :ws AND persona_id = :id")
                .bind("ws", workspaceId)
                .bind("id", personaId)
                .execute();
    }
}
