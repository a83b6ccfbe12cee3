/**
 * Themes in feedback: {@link io.journeyboard.insights.themes.ThemeFinder} clusters embeddings with
 * {@link io.journeyboard.insights.themes.ThemeClustering} (seeded spherical {@code KMeans}; fine clusters that say
 * the same thing are merged by {@code ThemeMerging}), names each cluster with class-based TF-IDF
 * {@link io.journeyboard.insights.themes.Keywords} and picks its typical
 * {@link io.journeyboard.insights.themes.Quote}s. The result is a list of
 * {@link io.journeyboard.insights.themes.Theme}s; the same input and seed always give the same themes.
 */
package io.journeyboard.insights.themes;
