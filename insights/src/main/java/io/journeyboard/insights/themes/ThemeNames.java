package io.journeyboard.insights.themes;

import io.journeyboard.insights.themes.Keywords.Term;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names a theme the way a person would label a sticky note: a noun phrase of two to four words built from its
 * most distinctive terms ("Great food", "Card arrival", "Exchange rate and transfer fee"), never a lone word.
 * The strongest term leads: a noun phrase as it is, a single word through the strongest noun phrase that holds it
 * ("delicious" gives "Delicious food"); an adjective, adverb or verb with no such phrase ("probably", "rated") names
 * nothing, and the next term leads. A second noun or noun phrase that shares no word joins with " and " when it is
 * at least half as strong. Within one analysis names are distinct: a theme whose best name is taken by a larger
 * theme gets its next one.
 */
public final class ThemeNames {

    /** A phrase stands for its word when it weighs at least this share of the word. */
    private static final double PHRASE_SHARE = 0.2;
    /** A second term joins the name when it weighs at least this share of the leading term. */
    private static final double SECOND_SHARE = 0.5;
    /** A bare noun joins a phrase when it weighs at least this share of the leading term. */
    private static final double NOUN_SHARE = 0.8;
    /** Words of a name, " and " not counted. */
    private static final int MOST_WORDS = 4;

    private static final int LOOK_AHEAD = 20;

    private ThemeNames() {}

    /** The name from a theme's terms, best first; {@code fallback} when they hold no noun. */
    public static String name(List<Term> terms, String fallback) {
        return names(List.of(terms), List.of(fallback)).getFirst();
    }

    /**
     * Distinct names for the themes of one analysis, in the order given (largest first, so the larger theme keeps
     * a name two themes would share).
     */
    public static List<String> names(List<List<Term>> termsPerTheme, List<String> fallbacks) {
        return names(termsPerTheme, List.of(), fallbacks);
    }

    /**
     * As {@link #names(List, List)}, a theme's {@code laterTerms} (when given) tried after all its own names are
     * taken or when it has none.
     */
    public static List<String> names(
            List<List<Term>> termsPerTheme, List<List<Term>> laterTerms, List<String> fallbacks) {
        Set<String> taken = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (int t = 0; t < termsPerTheme.size(); t++) {
            List<String> candidates = new ArrayList<>(candidates(termsPerTheme.get(t)));
            if (!laterTerms.isEmpty()) {
                candidates.addAll(candidates(laterTerms.get(t)));
            }
            String chosen = fallbacks.get(t);
            for (String candidate : candidates) {
                if (!taken.contains(candidate.toLowerCase(Locale.ROOT))) {
                    chosen = candidate;
                    break;
                }
            }
            taken.add(chosen.toLowerCase(Locale.ROOT));
            names.add(chosen);
        }
        return names;
    }

    /** Every name the terms allow, best first: names led by a noun phrase, then pairs of nouns. */
    static List<String> candidates(List<Term> terms) {
        List<Term> top = terms.subList(0, Math.min(LOOK_AHEAD, terms.size()));
        Set<String> candidates = new LinkedHashSet<>();
        for (Term leading : top) {
            Term head = leading.isNounPhrase() ? leading : leading.isPhrase() ? null : phraseHolding(top, leading);
            if (head != null) {
                Term second = second(top, leading, head);
                if (second != null) {
                    candidates.add(capitalised(head.text() + " and " + second.text()));
                }
                candidates.add(capitalised(head.text()));
            }
        }
        // no noun phrase at all: two nouns ("Steak and chicken"), at last a noun said as what it is
        for (Term noun : top) {
            Term partner = noun.isNoun() ? second(top, noun, noun) : null;
            if (partner != null && partner.isNoun()) {
                candidates.add(capitalised(noun.text() + " and " + partner.text()));
            }
        }
        terms.stream().filter(Term::isNoun).forEach(noun -> candidates.add("Feedback on " + noun.text()));
        return List.copyOf(candidates);
    }

    /** The strongest noun phrase holding a single word, when it is strong enough to stand for it. */
    private static Term phraseHolding(List<Term> top, Term word) {
        return top.stream()
                .filter(Term::isNounPhrase)
                .filter(phrase -> phrase.words().contains(word.text()))
                .filter(phrase -> phrase.weight() >= PHRASE_SHARE * word.weight())
                .findFirst()
                .orElse(null);
    }

    /** A noun or noun phrase after the leading term, half as strong, that shares no word with the head. */
    private static Term second(List<Term> top, Term leading, Term head) {
        for (Term term : top.subList(top.indexOf(leading) + 1, top.size())) {
            if (term.weight() < SECOND_SHARE * leading.weight()) {
                break;
            }
            // a bare noun beside a phrase is often a stray word ("Thai food and lovers"): it must be nearly as strong
            boolean nounLike = term.isNounPhrase()
                    || term.isNoun() && (!head.isPhrase() || term.weight() >= NOUN_SHARE * leading.weight());
            boolean apart = Collections.disjoint(stems(term), stems(head));
            if (nounLike && apart && head.words().size() + term.words().size() <= MOST_WORDS) {
                return term;
            }
        }
        return null;
    }

    /** The words' stems, crudely: "top-up" holds "top", "currencies" is "currency", "servers" is "server". */
    private static Set<String> stems(Term term) {
        Set<String> stems = new HashSet<>();
        for (String word : term.text().split("[ '’-]")) {
            stems.add(
                    word.endsWith("ies")
                            ? word.substring(0, word.length() - 3) + "y"
                            : word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word);
        }
        return stems;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
