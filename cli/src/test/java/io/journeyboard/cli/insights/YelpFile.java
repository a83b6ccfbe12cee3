package io.journeyboard.cli.insights;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code shared/data/yelp_labelled.txt} beside the repository, wherever the tests run from. */
final class YelpFile {

    private YelpFile() {
    }

    static Path path() {
        for (Path dir = Path.of("").toAbsolutePath(); dir.getParent() != null; dir = dir.getParent()) {
            Path file = dir.resolveSibling("shared").resolve("data").resolve("yelp_labelled.txt");
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException("cannot find shared/data/yelp_labelled.txt beside the repository");
    }
}
