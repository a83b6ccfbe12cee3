package io.journeyboard.insights.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentimentFeaturesTest {

    private final SentimentFeatures features = new SentimentFeatures(new LexiconSentiment(SentimentLexicon.load()));

    private double feature(String text, String name) {
        return features.of(text)[SentimentFeatures.NAMES.indexOf(name)];
    }

    @Test
    void emojiAndEmoticonsCountByTheirMood() {
        assertThat(feature("arrived early 😍👍", "positive-emoji")).isGreaterThan(0);
        assertThat(feature("still waiting :(", "negative-emoji")).isGreaterThan(0);
        assertThat(feature("still waiting", "negative-emoji")).isZero();
    }

    @Test
    void sarcasticThanksIsSeen() {
        assertThat(feature("@airline thanks for nothing", "sarcastic-praise")).isEqualTo(1);
        assertThat(feature("Great job losing my bag again", "sarcastic-praise")).isEqualTo(1);
        assertThat(feature("thanks for the quick refund", "sarcastic-praise")).isZero();
    }

    @Test
    void negationAndShoutingAreSeen() {
        assertThat(feature("the app doesn't work", "negation")).isEqualTo(1);
        assertThat(feature("WHERE IS MY PARCEL", "shouting")).isEqualTo(1);
    }
}
