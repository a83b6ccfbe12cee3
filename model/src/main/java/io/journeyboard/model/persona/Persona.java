package io.journeyboard.model.persona;

import io.journeyboard.model.Lists;
import io.journeyboard.model.journey.Channel;
import java.util.List;

/**
 * A semi-fictional customer built from research. Journeys, cards and emotion points refer to it by
 * {@link #id()}.
 *
 * @param segment     the customer segment or role it stands for
 * @param demographics labelled facts, in display order
 * @param channels    the channels this persona prefers, most preferred first
 * @param quote       a line in the persona's own voice
 * @param evidenceIds the research the persona is built from
 */
public record Persona(
        String id,
        String name,
        String segment,
        String description,
        List<Attribute> demographics,
        List<String> goals,
        List<String> needs,
        List<String> motivations,
        List<String> frustrations,
        List<String> behaviours,
        List<Channel> channels,
        String quote,
        String imageUrl,
        List<String> evidenceIds) {

    public Persona {
        demographics = Lists.immutable(demographics);
        goals = Lists.immutable(goals);
        needs = Lists.immutable(needs);
        motivations = Lists.immutable(motivations);
        frustrations = Lists.immutable(frustrations);
        behaviours = Lists.immutable(behaviours);
        channels = Lists.immutable(channels);
        evidenceIds = Lists.immutable(evidenceIds);
    }
}
