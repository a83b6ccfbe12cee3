/**
 * The evidence library of a workspace: every record browsed and searched in one place, opened with the
 * cards that cite it and the feedback items behind it (all items of an accepted theme, its representative
 * quotes first), created and edited by editors. The records themselves live in {@code workspace.EvidenceStore};
 * this package adds the items behind them, the citations and the library's routes.
 */
package io.journeyboard.server.evidence;
