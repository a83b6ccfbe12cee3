package io.journeyboard.insights.themes;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.insights.themes.Keywords.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeNamesTest {

    @Test
    void aNounPhraseHoldingTheStrongestWordNamesTheTheme() {
        List<Term> terms = List.of(new Term("card", 0.5), new Term("arrival", 0.2), new Term("card arrival", 0.3));

        assertThat(ThemeNames.name(terms, "fallback")).isEqualTo("Card arrival");
    }

    @Test
    void aSecondUnrelatedStrongTermJoinsTheName() {
        List<Term> terms =
                List.of(new Term("exchange rate", 0.4), new Term("transfer fee", 0.3), new Term("rate", 0.29));

        assertThat(ThemeNames.name(terms, "fallback")).isEqualTo("Exchange rate and transfer fee");
    }

    @Test
    void aWeakOrOverlappingSecondTermIsLeftOut() {
        assertThat(ThemeNames.name(
                        List.of(new Term("refund", 0.5), new Term("late refund", 0.3), new Term("delay", 0.1)), "x"))
                .isEqualTo("Late refund");
        assertThat(ThemeNames.name(List.of(new Term("hold times", 0.5), new Term("time", 0.4)), "x"))
                .isEqualTo("Hold times");
        assertThat(ThemeNames.name(List.of(), "Theme 3")).isEqualTo("Theme 3");
    }

    @Test
    void aLoneAdjectiveAdverbOrVerbNeverNamesATheme() {
        List<Term> terms = List.of(
                new Term("probably", 0.6), new Term("rated", 0.5), new Term("green", 0.4), new Term("great food", 0.2));

        assertThat(ThemeNames.name(terms, "fallback")).isEqualTo("Great food");
    }

    @Test
    void aNounWithoutAPhraseIsNamedBesideAnotherNounOrAsWhatItIs() {
        assertThat(ThemeNames.name(List.of(new Term("steak", 0.5), new Term("chicken", 0.4)), "x"))
                .isEqualTo("Steak and chicken");
        assertThat(ThemeNames.name(List.of(new Term("service", 0.5), new Term("another minutes", 0.4)), "x"))
                .isEqualTo("Feedback on service");
    }

    @Test
    void aThemeWhoseBestNameIsTakenByALargerThemeGetsItsNext() {
        List<Term> larger = List.of(new Term("customer service", 0.5));
        List<Term> smaller = List.of(new Term("customer service", 0.4), new Term("rude staff", 0.3));

        assertThat(ThemeNames.names(List.of(larger, smaller), List.of("T1", "T2")))
                .containsExactly("Customer service", "Customer service and rude staff");
    }

    @Test
    void handlesLinksAndHashtagMarksNeverBecomeTermsAndAHashtagJoinsNoPhrase() {
        assertThat(Keywords.terms("@MyBank my refund is late https://t.co/xyz #fail"))
                .containsExactly("refund", "late", "fail");
    }

    @Test
    void digitsAndPunctuationBreakAPhrase() {
        assertThat(Keywords.terms("We waited 40 minutes. Lost luggage claim"))
                .containsExactly(
                        "waited",
                        "minutes",
                        "lost",
                        "luggage",
                        "lost luggage",
                        "claim",
                        "luggage claim",
                        "lost luggage claim");
    }
}
