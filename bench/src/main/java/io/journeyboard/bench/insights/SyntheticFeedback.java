package io.journeyboard.bench.insights;

import io.journeyboard.insights.feedback.FeedbackItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A large, reproducible feedback set made from the real yelp sentences, drawn with a fixed seed: each
 * item is one sentence, or, with probability {@code pairShare}, two sentences joined. Sentences are
 * drawn with replacement, so texts repeat; nothing in the analysis caches a text, so a repeated text
 * costs as much as a new one.
 */
final class SyntheticFeedback {

    private SyntheticFeedback() {}

    static List<FeedbackItem> from(Path yelp, int count, double pairShare, long seed) throws IOException {
        List<String> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(yelp)) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                sentences.add(line.substring(0, tab).strip());
            }
        }
        Random random = new Random(seed);
        List<FeedbackItem> items = new ArrayList<>(count);
        while (items.size() < count) {
            String first = sentences.get(random.nextInt(sentences.size()));
            String text = random.nextDouble() < pairShare
                    ? first + " " + sentences.get(random.nextInt(sentences.size()))
                    : first;
            items.add(FeedbackItem.of("item-" + (items.size() + 1), text));
        }
        return items;
    }
}
