/**
 * Comments on journeys: {@link io.journeyboard.server.comment.CommentRoutes} lets viewers read and commenters write
 * and resolve {@link io.journeyboard.server.comment.Comment}s, optionally anchored to a card or step, kept by
 * {@link io.journeyboard.server.comment.CommentStore}. Comments are resolved, never deleted, and never change the
 * journey document.
 */
package io.journeyboard.server.comment;
