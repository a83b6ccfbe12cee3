package io.journeyboard.server.home;

import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.FieldError;
import java.util.List;
import java.util.Set;

/** What a tag may be: short words a person files journeys under, a few per journey. */
final class TagRules {

    static final int MAX_LENGTH = 40;
    static final int MAX_PER_JOURNEY = 12;

    private TagRules() {}

    /** The tag as stored (trimmed, inner spaces collapsed), or 400 naming what is wrong with it. */
    static String check(String raw) {
        String tag = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (tag.isEmpty()) {
            throw refused("must not be empty");
        }
        if (tag.length() > MAX_LENGTH) {
            throw refused("is " + tag.length() + " characters long; a tag may have at most " + MAX_LENGTH);
        }
        if (tag.codePoints().anyMatch(Character::isISOControl)) {
            throw refused("must not contain control characters");
        }
        return tag;
    }

    /** 400 when the journey already has as many tags as it may. */
    static void checkRoom(Set<String> current, String tag) {
        if (!current.contains(tag) && current.size() >= MAX_PER_JOURNEY) {
            throw refused("cannot be added: the journey already has " + MAX_PER_JOURNEY
                    + " tags, the most it may have; remove one first");
        }
    }

    private static ApiException refused(String why) {
        return ApiException.invalid(List.of(new FieldError("tag", why)));
    }
}
