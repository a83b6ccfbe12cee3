package io.journeyboard.insights.themes;

import io.journeyboard.insights.themes.Keywords.Term;
import java.util.List;

/**
 * Names a theme the way a person would label a sticky note: its most distinctive phrase ("card arrival"),
 * preferred to a single word when a phrase with that word is nearly as distinctive, joined with a second,
 * unrelated phrase when that one is almost as strong ("Exchange rate and transfer fees"). Only two phrases are
 * joined: a bare word beside another term ("never and probably", "service and another minutes") reads as a list,
 * not a name.
 */
public final class ThemeNames {

    /** A phrase replaces its word when it weighs at least this share of the word. */
    private static final double PHRASE_SHARE = 0.35;
    /** A second term joins the name when it weighs at least this share of the first. */
    private static final double SECOND_SHARE = 0.5;

    private static final int LOOK_AHEAD = 10;

    private ThemeNames() {}

    /** The name from a theme's terms, best first; {@code fallback} when it has none. */
    public static String name(List<Term> terms, String fallback) {
        if (terms.isEmpty()) {
            return fallback;
        }
        Term first = withPhrase(terms, terms.getFirst());
        if (!first.isPhrase()) {
            // a bare word joined to a phrase ("Service and another minutes") reads as two labels, not one name
            return capitalised(first.text());
        }
        for (Term term : terms.subList(1, Math.min(LOOK_AHEAD, terms.size()))) {
            if (term.weight() < SECOND_SHARE * first.weight()) {
                break;
            }
            Term second = withPhrase(terms, term);
            if (second.isPhrase() && second.words().stream().noneMatch(first.words()::contains)) {
                return capitalised(first.text() + " and " + second.text());
            }
        }
        return capitalised(first.text());
    }

    private static Term withPhrase(List<Term> terms, Term term) {
        if (term.isPhrase()) {
            return term;
        }
        for (Term candidate : terms.subList(0, Math.min(LOOK_AHEAD, terms.size()))) {
            if (candidate.isPhrase()
                    && candidate.words().contains(term.text())
                    && candidate.weight() >= PHRASE_SHARE * term.weight()) {
                return candidate;
            }
        }
        return term;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
