package io.journeyboard.problems;

import java.util.Objects;

/**
 * A setting of an import that the user can change to get past a problem: {@code case} with the value
 * {@code NAME}, {@code on-error} with {@code skip}. The command line shows it as {@code --case NAME},
 * the API as {@code case=NAME}; the importers know neither.
 *
 * @param name  the setting's name, lower case with hyphens, the same for every front
 * @param value the value to give it, or a placeholder such as {@code NAME} or {@code COLUMN}
 */
public record Setting(String name, String value) {

    public Setting {
        Objects.requireNonNull(name);
        Objects.requireNonNull(value);
    }

    /** How a front writes a setting in its messages: {@code --case NAME} or {@code case=NAME}. */
    @FunctionalInterface
    public interface Wording {

        /** The wording of messages that no front has phrased yet (logs, tests): {@code the setting case=NAME}. */
        Wording NEUTRAL = setting -> "the setting " + setting.name() + "=" + setting.value();

        String of(Setting setting);
    }
}
