package io.journeyboard.server.comment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Comments on journeys; they are resolved, never deleted. */
public final class CommentStore {

    private static final String SELECT = """
            SELECT c.id, c.journey_id, c.anchor, c.body, c.resolved, c.author_id, COALESCE(c.guest_name, u.name),
            c.created_at
            FROM comments c JOIN users u ON u.id = c.author_id""";

    private final Jdbi jdbi;

    public CommentStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Comment> list(String workspaceId, String journeyId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        SELECT + " WHERE c.workspace_id = :ws AND c.journey_id = :journey ORDER BY c.id")
                .bind("ws", workspaceId)
                .bind("journey", journeyId)
                .map((rs, ctx) -> new Comment(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getLong(6),
                        rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list());
    }

    public Optional<Comment> find(String workspaceId, String journeyId, long id) {
        return list(workspaceId, journeyId).stream().filter(c -> c.id() == id).findFirst();
    }

    public long add(String workspaceId, String journeyId, String anchor, String body, long authorId) {
        return add(workspaceId, journeyId, anchor, body, authorId, null);
    }

    /** A comment by a guest through a share link: {@code authorId} is the link's creator, the guest's name is shown. */
    public long add(String workspaceId, String journeyId, String anchor, String body, long authorId, String guestName) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO comments (workspace_id, journey_id, anchor, body, resolved, author_id, created_at,
                        guest_name)
                        VALUES (:ws, :journey, :anchor, :body, FALSE, :author, :now, :guest)""")
                .bind("ws", workspaceId)
                .bind("journey", journeyId)
                .bind("anchor", anchor)
                .bind("body", body)
                .bind("author", authorId)
                .bind("guest", guestName)
                .bind("now", Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    public void setResolved(long id, boolean resolved) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE comments SET resolved = :resolved WHERE id = :id")
                .bind("resolved", resolved)
                .bind("id", id)
                .execute());
    }
}
