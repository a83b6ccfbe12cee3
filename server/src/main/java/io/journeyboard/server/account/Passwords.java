package io.journeyboard.server.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** bcrypt hashing of passwords; the cost is configurable so that tests need not pay production's price. */
public final class Passwords {

    public static final int MIN_LENGTH = 10;
    /** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut. */
    public static final int MAX_BYTES = 72;

    private final int cost;

    public Passwords(int cost) {
        this.cost = cost;
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
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
