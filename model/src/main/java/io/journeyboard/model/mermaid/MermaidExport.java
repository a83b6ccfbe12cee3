package io.journeyboard.model.mermaid;

import java.util.List;

/** A Mermaid diagram and the list of what the map held that Mermaid cannot express. */
public record MermaidExport(String text, List<String> warnings) {

    public MermaidExport {
        warnings = List.copyOf(warnings);
    }
}
