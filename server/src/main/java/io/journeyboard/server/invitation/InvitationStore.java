package io.journeyboard.server.invitation;

import io.journeyboard.server.account.SecretTokens;
import io.journeyboard.server.account.UserStore;
import io.journeyboard.server.workspace.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Invitations, stored as hashes of their tokens; pending until accepted, revoked or expired. */
public final class InvitationStore {

    /** How long an invitation link works. */
    public static final Duration LIFETIME = Duration.ofDays(14);

    /** An invitation just made, with its token (shown once, in the link). */
    public record NewInvitation(Invitation invitation, String token) {}

    /** What a live token opens. */
    public record Opened(Invitation invitation, String workspaceName) {}

    private static final String COLUMNS = """
            i.id, i.workspace_id, i.email, i.role, u.name, i.created_at, i.expires_at, w.name AS name_of_workspace
            FROM invitations i JOIN users u ON u.id = i.invited_by JOIN workspaces w ON w.id = i.workspace_id""";
    private static final String PENDING = "i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > :now";

    private final Jdbi jdbi;

    public InvitationStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Invites {@code email}; a pending invitation of the same address to the workspace is replaced. */
    public NewInvitation create(String workspaceId, String email, Role role, long invitedBy, String inviterName) {
        String token = SecretTokens.generate("jbi_");
        String normalized = UserStore.normalize(email);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant expires = now.plus(LIFETIME);
        long id = jdbi.inTransaction(handle -> {
            handle.createUpdate("""
                            UPDATE invitations SET revoked_at = :now WHERE workspace_id = :ws AND email = :email
                            AND accepted_at IS NULL AND revoked_at IS NULL""")
                    .bind("now", now)
                    .bind("ws", workspaceId)
                    .bind("email", normalized)
                    .execute();
            return handle.createUpdate("""
                            INSERT INTO invitations (token_hash, workspace_id, email, role, invited_by, created_at,
                            expires_at)
                            VALUES (:hash, :ws, :email, :role, :by, :now, :expires)""")
                    .bind("hash", SecretTokens.hash(token))
                    .bind("ws", workspaceId)
                    .bind("email", normalized)
                    .bind("role", role.name())
                    .bind("by", invitedBy)
                    .bind("now", now)
                    .bind("expires", expires)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
        });
        return new NewInvitation(new Invitation(id, workspaceId, normalized, role, inviterName, now, expires), token);
    }

    public List<Invitation> pending(String workspaceId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " WHERE i.workspace_id = :ws AND " + PENDING + " ORDER BY i.id")
                .bind("ws", workspaceId)
                .bind("now", Instant.now())
                .map((rs, ctx) -> invitation(rs))
                .list());
    }

    /** Revokes a pending invitation of the workspace; false when it has no such pending invitation. */
    public boolean revoke(String workspaceId, long id) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE invitations SET revoked_at = :now
                        WHERE id = :id AND workspace_id = :ws AND accepted_at IS NULL AND revoked_at IS NULL""")
                        .bind("now", Instant.now())
                        .bind("id", id)
                        .bind("ws", workspaceId)
                        .execute()
                > 0);
    }

    /** The pending invitation a token opens, with its workspace's name. */
    public Optional<Opened> open(String token) {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT " + COLUMNS + " WHERE i.token_hash = :hash AND " + PENDING)
                        .bind("hash", SecretTokens.hash(token))
                        .bind("now", Instant.now())
                        .map((rs, ctx) -> new Opened(invitation(rs), rs.getString(8)))
                        .findOne());
    }

    /** Marks the invitation used, once: false when it was accepted or revoked in the meantime. */
    public boolean accept(long id) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                                "UPDATE invitations SET accepted_at = :now WHERE id = :id AND accepted_at IS NULL AND revoked_at IS NULL")
                        .bind("now", Instant.now())
                        .bind("id", id)
                        .execute()
                > 0);
    }

    private static Invitation invitation(ResultSet rs) throws SQLException {
        return new Invitation(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                Role.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getTimestamp(6).toInstant(),
                rs.getTimestamp(7).toInstant());
    }
}
