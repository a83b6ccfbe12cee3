package io.journeyboard.server.account;

/**
 * Who is making a request and how they proved it.
 *
 * @param csrfToken the session's CSRF token for cookie sign-ins; null for API tokens, which need none
 */
public record Principal(User user, String csrfToken) {}
