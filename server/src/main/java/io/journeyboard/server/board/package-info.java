/**
 * The workspace board (issue 14): {@link io.journeyboard.server.board.OpportunityBoardRoutes} answers every opportunity
 * of every live, unarchived journey with its journey's version; edits go to the journey's own opportunity route with
 * If-Match, through the journey editor, so a concurrent edit is a 409 and never a lost update.
 */
package io.journeyboard.server.board;
