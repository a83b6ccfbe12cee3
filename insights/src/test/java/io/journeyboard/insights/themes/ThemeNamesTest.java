package io.journeyboard.insights.themes;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.insights.themes.Keywords.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeNamesTest {

    @Test
    void aPhraseNamesTheThemeWhenNearlyAsDistinctiveAsItsWord() {
        List<Term> terms = List.of(new Term("card", 0.5), new Term("arrive", 0.2), new Term("card arrive", 0.3));

        assertThat(ThemeNames.name(terms, "fallback")).isEqualTo("Card arrive");
    }

    @Test
    void aSecondUnrelatedStrongTermJoinsTheName() {
        List<Term> terms =
                List.of(new Term("exchange rate", 0.4), new Term("transfer fee", 0.3), new Term("rate", 0.29));

        assertThat(ThemeNames.name(terms, "fallback")).isEqualTo("Exchange rate and transfer fee");
    }

    @Test
    void aWeakOrOverlappingSecondTermIsLeftOut() {
        assertThat(ThemeNames.name(List.of(new Term("refund", 0.5), new Term("late", 0.1)), "x"))
                .isEqualTo("Refund");
        assertThat(ThemeNames.name(List.of(new Term("hold time", 0.5), new Term("time", 0.4)), "x"))
                .isEqualTo("Hold time");
        assertThat(ThemeNames.name(List.of(), "Theme 3")).isEqualTo("Theme 3");
    }

    @Test
    void aBareWordIsNotJoinedToAPhrase() {
        List<Term> terms = List.of(new Term("service", 0.5), new Term("another minutes", 0.4));

        assertThat(ThemeNames.name(terms, "fallback")).isEqualTo("Service");
    }

    @Test
    void handlesLinksAndHashtagMarksNeverBecomeTerms() {
        assertThat(Keywords.terms("@MyBank my refund is late https://t.co/xyz #fail"))
                .containsExactly("refund", "late", "fail", "late fail");
    }
}
