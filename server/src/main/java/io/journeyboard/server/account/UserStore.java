package io.journeyboard.server.account;

import io.journeyboard.server.store.SqlFailures;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Accounts: e-mail (unique, compared in lower case), display name and password hash. */
public final class UserStore {

    /** An account together with its password hash, for sign-in only. */
    public record Credentials(User user, String passwordHash) {}

    private final Jdbi jdbi;

    public UserStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Creates an account; empty when the e-mail is taken (also by a sign-up a moment earlier, still committing). */
    public Optional<User> create(String email, String name, String passwordHash) {
        try {
            return insert(normalize(email), name, passwordHash);
        } catch (UnableToExecuteStatementException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Optional<User> insert(String normalized, String name, String passwordHash) {
        return jdbi.inTransaction(handle -> {
            boolean taken = handle.createQuery("SELECT COUNT(*) FROM users WHERE email = :email")
                            .bind("email", normalized)
                            .mapTo(Integer.class)
                            .one()
                    > 0;
            if (taken) {
                return Optional.empty();
            }
            long id = handle.createUpdate(
                            "INSERT INTO users (email, name, password_hash, created_at) VALUES (:email, :name, :hash, :now)")
                    .bind("email", normalized)
                    .bind("name", name)
                    .bind("hash", passwordHash)
                    .bind("now", Instant.now().truncatedTo(ChronoUnit.MILLIS))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            return Optional.of(new User(id, normalized, name));
        });
    }

    public Optional<Credentials> credentials(String email) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT id, email, name, password_hash FROM users WHERE email = :email")
                .bind("email", normalize(email))
                .map((rs, ctx) -> new Credentials(
                        new User(rs.getLong("id"), rs.getString("email"), rs.getString("name")),
                        rs.getString("password_hash")))
                .findOne());
    }

    public Optional<User> byEmail(String email) {
        return credentials(email).map(Credentials::user);
    }

    public boolean isEmpty() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM users")
                        .mapTo(Integer.class)
                        .one()
                == 0);
    }

    /** How many accounts there are besides the one with {@code email}. */
    public int countBesides(String email) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM users WHERE email <> :email")
                .bind("email", normalize(email))
                .mapTo(Integer.class)
                .one());
    }

    public void rename(long userId, String name) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE users SET name = :name WHERE id = :id")
                .bind("name", name)
                .bind("id", userId)
                .execute());
    }

    public void changePasswordHash(long userId, String passwordHash) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE users SET password_hash = :hash WHERE id = :id")
                .bind("hash", passwordHash)
                .bind("id", userId)
                .execute());
    }

    public Optional<String> passwordHash(long userId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT password_hash FROM users WHERE id = :id")
                .bind("id", userId)
                .mapTo(String.class)
                .findOne());
    }

    public static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
