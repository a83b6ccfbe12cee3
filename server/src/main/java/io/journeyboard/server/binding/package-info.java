/**
 * Suggested bindings: which activities of a dataset a journey's steps most likely stand for, by name
 * similarity with a confidence ({@code BindingSuggestionRoutes}); a person accepts or corrects them in
 * the web app. See docs/living-map.md.
 */
package io.journeyboard.server.binding;
