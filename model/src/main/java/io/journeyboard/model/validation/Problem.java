package io.journeyboard.model.validation;

/**
 * One thing wrong with a workspace, at a path into its document such as
 * {@code journeys[0].stages[2].name}.
 */
public record Problem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
