/**
 * From themes to cards: {@link io.journeyboard.insights.suggestions.SuggestionFinder} splits each theme's negative and
 * positive items into pain-point and delight {@link io.journeyboard.insights.suggestions.Suggestion}s with the
 * evidence they stand on, and {@link io.journeyboard.insights.suggestions.SuggestionAcceptance} puts the ones a
 * {@link io.journeyboard.insights.suggestions.SuggestionChoice} accepts onto the journey as cards, with their evidence
 * added to the workspace. Acceptance returns a new workspace and validates it; storing it (with the evidence rows in
 * the same transaction) is the caller's job.
 */
package io.journeyboard.insights.suggestions;
