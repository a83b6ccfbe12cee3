/**
 * The directly-follows graph of a log: {@link io.journeyboard.analytics.transitions.TransitionGraph} counts, for each
 * pair of activities that follow each other inside a case, how often and in how many cases, with the mean and median
 * time between them, plus start and end activities. {@code EdgeIndex} keeps the pair ids dense so that a log with many
 * activities never allocates n² slots.
 */
package io.journeyboard.analytics.transitions;
