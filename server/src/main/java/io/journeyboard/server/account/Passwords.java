package io.journeyboard.server.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** bcrypt hashing of passwords; the cost is configurable so that tests need not pay production's price. */
public final class Passwords {

    public static final int MIN_LENGTH = 10;
    /** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut. */
    public static final int MAX_BYTES = 72;

    private final int cost;
    /** Checked for unknown accounts, so that a sign-in takes as long whether or not the e-mail has an account. */
    private final String unknownAccountHash;

    public Passwords(int cost) {
        this.cost = cost;
        this.unknownAccountHash = hash(SecretTokens.generate("unknown-"));
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    /**
     * Whether {@code password} matches {@code hash}; with no hash (no such account) it pays the same
     * bcrypt cost against a hash nobody knows the password of and answers false.
     */
    public boolean matches(String password, Optional<String> hash) {
        boolean matched = matches(password == null ? "" : password, hash.orElse(unknownAccountHash));
        return matched && hash.isPresent() && password != null;
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer()
                .verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8))
                .verified;
    }

    /** What is wrong with a new password, or null when it is acceptable. */
    public static String weakness(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "must have at least " + MIN_LENGTH + " characters";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "must have at most " + MAX_BYTES + " bytes";
        }
        return null;
    }
}
