package io.journeyboard.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    private final FontSet fonts = FontSet.jarOnly();
    private final LineBreaker breaker = new LineBreaker(fonts);

    @Test
    void wrapsAtSpacesWithinTheWidth() {
        List<String> lines =
                breaker.wrap("Opens three product pages side by side and reads the reviews", 10, false, 120, 10);

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo("Opens three product pages side by side and reads the reviews");
        assertThat(lines)
                .allSatisfy(line -> assertThat(fonts.width(line, 10, false)).isLessThanOrEqualTo(120));
    }

    @Test
    void breaksAWordTooLongForOneLine() {
        List<String> lines = breaker.wrap("Donaudampfschifffahrtsgesellschaftskapitän", 10, false, 60, 10);

        assertThat(String.join("", lines)).isEqualTo("Donaudampfschifffahrtsgesellschaftskapitän");
        assertThat(lines)
                .allSatisfy(line -> assertThat(fonts.width(line, 10, false)).isLessThanOrEqualTo(60));
    }

    @Test
    void cutsTextBeyondTheLineLimitWithAnEllipsis() {
        List<String> lines = breaker.wrap("one two three four five six seven eight nine ten", 10, false, 40, 2);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith("…");
    }

    @Test
    void keepsParagraphBreaksAndIgnoresBlankText() {
        assertThat(breaker.wrap("first\nsecond", 10, false, 500, 5)).containsExactly("first", "second");
        assertThat(breaker.wrap("   ", 10, false, 500, 5)).isEmpty();
        assertThat(breaker.wrap(null, 10, false, 500, 5)).isEmpty();
    }

    @Test
    void characterNoFontHoldsIsDrawnAsTheMissingMark() {
        String text = "Linear B \uD800\uDC00 sign";

        String shown = String.join(
                "", fonts.runs(text, false).stream().map(TextRun::text).toList());

        assertThat(shown).isEqualTo("Linear B " + FontSet.MISSING + " sign");
    }
}
