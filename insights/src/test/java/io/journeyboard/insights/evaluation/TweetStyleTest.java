package io.journeyboard.insights.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TweetStyleTest {

    private static final String QUERY = "I still have not received my new card, I ordered it over a week ago.";

    @Test
    void theSameTextPositionAndSeedGiveTheSameRewrite() {
        assertThat(new TweetStyle(7).rewrite(QUERY, 3)).isEqualTo(new TweetStyle(7).rewrite(QUERY, 3));
        assertThat(new TweetStyle(7).rewrite(QUERY, 3)).isNotEqualTo(new TweetStyle(8).rewrite(QUERY, 3));
    }

    @Test
    void rewritesCarryTheNoiseOfSocialPosts() {
        List<String> tweets = IntStream.range(0, 200)
                .mapToObj(i -> new TweetStyle(1).rewrite(QUERY, i))
                .toList();

        assertThat(tweets)
                .anyMatch(t -> t.startsWith("@"))
                .anyMatch(t -> t.contains("https://t.co/"))
                .anyMatch(t -> t.contains("#"))
                .anyMatch(t -> t.contains(" u ") || t.contains("2"))
                .anyMatch(t ->
                        !t.toLowerCase().contains("received") && t.toLowerCase().contains("card"));
        // the query itself stays: at most a few letters lost to typos and punctuation
        assertThat(tweets).allMatch(t -> t.length() >= QUERY.length() - 6);
    }
}
