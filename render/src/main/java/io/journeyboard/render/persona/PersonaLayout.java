package io.journeyboard.render.persona;

import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.LaneKind;
import io.journeyboard.model.persona.Persona;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.render.canvas.Rgb;
import io.journeyboard.render.map.Palette;
import io.journeyboard.render.text.FontSet;
import io.journeyboard.render.text.LineBreaker;
import java.util.ArrayList;
import java.util.List;

/** Lays out a persona of a workspace as a one-page sheet, in the colour its maps give it. */
public final class PersonaLayout {

    private final LineBreaker breaker;

    public PersonaLayout(FontSet fonts) {
        this.breaker = new LineBreaker(fonts);
    }

    public PersonaSheet layout(Workspace workspace, Persona persona) {
        Rgb color = Palette.persona(Math.max(0, workspace.personas().indexOf(persona)));
        double columnWidth = (PersonaSheet.WIDTH - 2 * PersonaSheet.MARGIN - PersonaSheet.PROFILE_WIDTH - 40 - 24) / 2;
        List<PersonaSection> sections = new ArrayList<>();
        add(sections, "GOALS", Palette.lane(LaneKind.ACTIONS), persona.goals(), columnWidth);
        add(sections, "NEEDS", Palette.lane(LaneKind.TOUCHPOINTS), persona.needs(), columnWidth);
        add(sections, "MOTIVATIONS", Palette.lane(LaneKind.DELIGHTS), persona.motivations(), columnWidth);
        add(sections, "FRUSTRATIONS", Palette.lane(LaneKind.PAIN_POINTS), persona.frustrations(), columnWidth);
        add(sections, "BEHAVIOURS", Palette.lane(LaneKind.THOUGHTS), persona.behaviours(), columnWidth);
        List<String> journeys = workspace.journeys().stream()
                .filter(journey -> journey.personaIds().contains(persona.id()))
                .map(Journey::name)
                .toList();
        add(sections, "JOURNEYS", Palette.STAGE, journeys, columnWidth);
        List<String> evidence = persona.evidenceIds().stream()
                .flatMap(id -> workspace.evidence().stream().filter(e -> e.id().equals(id)))
                .filter(e -> e.summary() != null && !e.summary().isBlank())
                .map(e ->
                        "\u201C" + e.summary().strip() + "\u201D" + (e.source() == null ? "" : " \u2014 " + e.source()))
                .toList();
        add(sections, "EVIDENCE", Palette.lane(LaneKind.EVIDENCE), evidence, columnWidth);
        List<String> description = breaker.wrap(persona.description(), 9.5, false, 2 * columnWidth + 24, 4);
        String footer = persona.evidenceIds().isEmpty()
                ? "Journeyboard persona"
                : "Journeyboard persona  ·  built from " + persona.evidenceIds().size()
                        + (persona.evidenceIds().size() == 1 ? " piece" : " pieces") + " of evidence";
        return new PersonaSheet(persona, color, sections, description, columnWidth, breaker, footer);
    }

    private void add(List<PersonaSection> sections, String heading, Rgb accent, List<String> items, double width) {
        if (!items.isEmpty()) {
            sections.add(new PersonaSection(heading, accent, items, width, breaker));
        }
    }
}
