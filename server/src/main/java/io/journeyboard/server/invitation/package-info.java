/**
 * Invitations: an owner invites an e-mail address to a workspace with a role; the invitation is a
 * link holding a secret token, e-mailed through the operator's SMTP server when one is configured
 * and shown to copy otherwise. Opening the link lets the person sign up (even where open sign-up is
 * off) or, signed in as that address, join the workspace.
 */
package io.journeyboard.server.invitation;
