package io.journeyboard.model.mermaid;

import io.journeyboard.model.persona.Persona;
import java.util.List;

/** The persona an actor of a Mermaid diagram becomes: Mermaid knows nothing of an actor but its name. */
final class MermaidPersonas {

    private MermaidPersonas() {}

    static Persona named(String id, String name) {
        return new Persona(
                id, name, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null,
                null, List.of());
    }
}
