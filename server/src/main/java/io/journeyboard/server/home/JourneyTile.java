package io.journeyboard.server.home;

import java.time.Instant;
import java.util.List;

/**
 * A journey as its tile on the home screen shows it: name, state, personas, filing, and the address of its thumbnail
 * (which carries the version, so a browser asks again only after a change).
 */
public record JourneyTile(
        String id,
        String name,
        int version,
        Instant updatedAt,
        String updatedBy,
        String state,
        List<PersonaName> personas,
        boolean archived,
        List<String> tags,
        int stages,
        int cards,
        String thumbnail) {

    /** A persona of the journey, by id and name. */
    public record PersonaName(String id, String name) {}
}
