package io.journeyboard.server.home;

import io.journeyboard.model.journey.Journey;

/** A journey with another id and name and everything else the same. */
final class Copies {

    private Copies() {}

    static Journey of(Journey j, String id, String name) {
        return new Journey(
                id,
                name,
                j.description(),
                j.goal(),
                j.state(),
                j.personaIds(),
                j.links(),
                j.stages(),
                j.lanes(),
                j.cards(),
                j.emotions(),
                j.opportunities());
    }
}
