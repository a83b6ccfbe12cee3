/**
 * A journey's current and future state side by side: which two maps are the same journey today and as it is
 * meant to become (a future-state map links to its current one with {@code future_state_of}), answered
 * together so the web app can lay them out stage by stage.
 */
package io.journeyboard.server.states;
