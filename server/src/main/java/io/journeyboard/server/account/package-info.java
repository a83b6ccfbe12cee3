/**
 * Who is asking: {@link io.journeyboard.server.account.AccountRoutes} for sign-up, sign-in, sign-out and personal API
 * tokens, {@link io.journeyboard.server.account.Authenticator} finding the
 * {@link io.journeyboard.server.account.Principal} of a request from a bearer token or a session cookie (with its CSRF
 * check), and the stores of {@link io.journeyboard.server.account.User}s, sessions and tokens. Passwords are bcrypt
 * hashes ({@link io.journeyboard.server.account.Passwords}) and every secret is stored only as its SHA-256 hash
 * ({@link io.journeyboard.server.account.SecretTokens}); {@link io.journeyboard.server.account.LoginRateLimiter} slows
 * guessing. It knows nothing of workspaces or journeys.
 */
package io.journeyboard.server.account;
