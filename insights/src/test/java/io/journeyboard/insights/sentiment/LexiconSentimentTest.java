package io.journeyboard.insights.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconSentimentTest {

    private final LexiconSentiment lexicon = new LexiconSentiment(SentimentLexicon.load());

    @Test
    void scoresPraisePositiveAndComplaintsNegative() {
        assertThat(lexicon.score("The staff were friendly and helpful.")).isGreaterThan(0.3);
        assertThat(lexicon.score("The checkout was broken and the support was rude."))
                .isLessThan(-0.3);
    }

    @Test
    void negationFlipsTheWordsThatFollowIt() {
        assertThat(lexicon.score("The food was good.")).isPositive();
        assertThat(lexicon.score("The food was not good.")).isNegative();
        assertThat(lexicon.score("The delivery wasn't bad at all.")).isPositive();
    }

    @Test
    void intensifiersCapitalsAndExclamationsStrengthenAndSoftenersWeaken() {
        double plain = lexicon.score("The service was good.");
        assertThat(lexicon.score("The service was extremely good.")).isGreaterThan(plain);
        assertThat(lexicon.score("The service was GOOD.")).isGreaterThan(plain);
        assertThat(lexicon.score("The service was good!!")).isGreaterThan(plain);
        assertThat(lexicon.score("The service was slightly good.")).isLessThan(plain);
    }

    @Test
    void theClauseAfterButWeighsMore() {
        assertThat(lexicon.score("The room was lovely but the staff were rude."))
                .isNegative();
        assertThat(lexicon.score("The staff were rude but the room was lovely."))
                .isPositive();
    }

    @Test
    void textWithoutSentimentWordsIsNeutral() {
        assertThat(lexicon.score("The parcel arrived on Tuesday.")).isZero();
        assertThat(SentimentScore.of(lexicon.score("The parcel arrived on Tuesday."))
                        .label())
                .isEqualTo(SentimentLabel.NEUTRAL);
    }
}
