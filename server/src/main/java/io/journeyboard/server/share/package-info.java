/**
 * Read-only share links: {@link io.journeyboard.server.share.ShareRoutes} lets editors create, list and revoke a
 * {@link io.journeyboard.server.share.ShareLink} to one journey, and lets anyone holding a live link read that journey
 * and its personas and nothing else. {@link io.journeyboard.server.share.ShareLinkStore} keeps only hashes of the
 * tokens, with their expiry and revocation.
 */
package io.journeyboard.server.share;
