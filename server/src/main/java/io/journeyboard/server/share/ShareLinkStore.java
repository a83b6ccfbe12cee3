package io.journeyboard.server.share;

import io.journeyboard.server.account.SecretTokens;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Share links, stored as hashes of their tokens (and of their passwords), revocable and optionally expiring. */
public final class ShareLinkStore {

    /** A link just created, with its token (shown once). */
    public record NewShareLink(ShareLink link, String token) {}

    /** What a live token opens, with what the link allows and who made it. */
    public record Target(
            long linkId, String workspaceId, String journeyId, String access, String passwordHash, long createdBy) {}

    private final Jdbi jdbi;

    public ShareLinkStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** {@code passwordHash} is null for a link without password. */
    public NewShareLink create(
            String workspaceId, String journeyId, long userId, Instant expiresAt, String access, String passwordHash) {
        String token = SecretTokens.generate("jbl_");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant expires = expiresAt == null ? null : expiresAt.truncatedTo(ChronoUnit.MILLIS);
        long id = jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO share_links (token_hash, workspace_id, journey_id, created_by, created_at,
                        expires_at,
                                                 access, password_hash)
                        VALUES (:hash, :ws, :journey, :user, :now, :expires, :access, :password)""")
                .bind("hash", SecretTokens.hash(token))
                .bind("ws", workspaceId)
                .bind("journey", journeyId)
                .bind("user", userId)
                .bind("now", now)
                .bind("expires", expires)
                .bind("access", access)
                .bind("password", passwordHash)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return new NewShareLink(new ShareLink(id, journeyId, now, expires, null, access, passwordHash != null), token);
    }

    public List<ShareLink> list(String workspaceId, String journeyId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT id, journey_id, created_at, expires_at, revoked_at, access,
                        password_hash FROM share_links
                        WHERE workspace_id = :ws AND journey_id = :journey ORDER BY id""")
                .bind("ws", workspaceId)
                .bind("journey", journeyId)
                .map((rs, ctx) -> link(rs))
                .list());
    }

    private static ShareLink link(ResultSet rs) throws SQLException {
        return new ShareLink(
                rs.getLong(1),
                rs.getString(2),
                rs.getTimestamp(3).toInstant(),
                instant(rs.getTimestamp(4)),
                instant(rs.getTimestamp(5)),
                rs.getString(6),
                rs.getString(7) != null);
    }

    /** Revokes a link of the journey; false when it has no such live link. */
    public boolean revoke(String workspaceId, String journeyId, long id) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE share_links SET revoked_at = :now
                        WHERE id = :id AND workspace_id = :ws AND journey_id = :journey AND revoked_at IS NULL""")
                        .bind("now", Instant.now())
                        .bind("id", id)
                        .bind("ws", workspaceId)
                        .bind("journey", journeyId)
                        .execute()
                > 0);
    }

    /** The journey a token opens, unless the link is unknown, revoked or expired. */
    public Optional<Target> open(String token) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT id, workspace_id, journey_id, access, password_hash, created_by FROM share_links
                        WHERE token_hash = :hash AND revoked_at IS NULL
                        AND (expires_at IS NULL OR expires_at > :now)""")
                .bind("hash", SecretTokens.hash(token))
                .bind("now", Instant.now())
                .map((rs, ctx) -> new Target(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6)))
                .findOne());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
