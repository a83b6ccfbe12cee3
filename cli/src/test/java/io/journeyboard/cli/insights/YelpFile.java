package io.journeyboard.cli.insights;

import java.nio.file.Path;

/** The repository's {@code data/yelp_labelled.txt}, from the cli module's tests. */
final class YelpFile {

    private YelpFile() {}

    static Path path() {
        return Path.of("..", "data", "yelp_labelled.txt");
    }
}
