package io.journeyboard.server.workspace;

import io.journeyboard.server.account.SecretTokens;
import io.journeyboard.server.account.User;
import io.journeyboard.server.store.RecentAnswers;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/** Workspaces, and their members with roles. */
public final class WorkspaceStore {

    private final Jdbi jdbi;
    /** By workspace and user: every workspace request checks the role; any change of members forgets them all. */
    private final RecentAnswers<MemberKey, Role> roles = RecentAnswers.ofFoundAndAbsent();

    private record MemberKey(String workspaceId, long userId) {}

    public WorkspaceStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Creates a workspace whose only member is {@code owner}. */
    public WorkspaceSummary create(User owner, String name, String description) {
        String id = SecretTokens.shortId();
        jdbi.useTransaction(handle -> {
            handle.createUpdate("""
                            INSERT INTO workspaces (id, name, description, created_by, created_at)
                            VALUES (:id, :name, :description, :owner, :now)""")
                    .bind("id", id)
                    .bind("name", name)
                    .bind("description", description)
                    .bind("owner", owner.id())
                    .bind("now", Instant.now().truncatedTo(ChronoUnit.MILLIS))
                    .execute();
            handle.createUpdate("INSERT INTO members (workspace_id, user_id, role) VALUES (:ws, :user, :role)")
                    .bind("ws", id)
                    .bind("user", owner.id())
                    .bind("role", Role.OWNER.name())
                    .execute();
        });
        return membersChanged(new WorkspaceSummary(id, name, description, Role.OWNER));
    }

    public List<WorkspaceSummary> listFor(User user) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT w.id, w.name, w.description,
                        m.role FROM workspaces w JOIN members m ON m.workspace_id = w.id
                        WHERE m.user_id = :user ORDER BY w.name, w.id""")
                .bind("user", user.id())
                .map((rs, ctx) -> new WorkspaceSummary(
                        rs.getString(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4))))
                .list());
    }

    public Optional<WorkspaceSummary> find(String workspaceId, long userId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT w.id, w.name, w.description,
                        m.role FROM workspaces w JOIN members m ON m.workspace_id = w.id
                        WHERE w.id = :ws AND m.user_id = :user""")
                .bind("ws", workspaceId)
                .bind("user", userId)
                .map((rs, ctx) -> new WorkspaceSummary(
                        rs.getString(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4))))
                .findOne());
    }

    public void rename(String workspaceId, String name, String description) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE workspaces SET name = :name, description = :description WHERE id = :ws")
                .bind("name", name)
                .bind("description", description)
                .bind("ws", workspaceId)
                .execute());
    }

    public Optional<Role> roleOf(String workspaceId, long userId) {
        return roles.get(new MemberKey(workspaceId, userId), key -> lookUpRole(key.workspaceId(), key.userId()));
    }

    /** Called once a change of members has committed, so no lookup can keep the old role. */
    private <T> T membersChanged(T result) {
        roles.forgetAll();
        return result;
    }

    private Optional<Role> lookUpRole(String workspaceId, long userId) {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT role FROM members WHERE workspace_id = :ws AND user_id = :user")
                        .bind("ws", workspaceId)
                        .bind("user", userId)
                        .mapTo(String.class)
                        .findOne()
                        .map(Role::valueOf));
    }

    public List<Member> members(String workspaceId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT u.id, u.email, u.name, m.role FROM members m JOIN users u ON u.id = m.user_id
                        WHERE m.workspace_id = :ws ORDER BY u.name, u.id""")
                .bind("ws", workspaceId)
                .map((rs, ctx) ->
                        new Member(rs.getLong(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4))))
                .list());
    }

    /** What became of a change to the members: done, or refused and why. */
    public enum MemberChange {
        DONE,
        /** it would leave the workspace without an owner */
        LAST_OWNER,
        /** the one asking is no longer an owner (another owner changed that a moment ago) */
        NOT_OWNER
    }

    /** Adds a member or changes their role, as {@code ownerId}; refused when it would leave no owner. */
    public MemberChange setRole(String workspaceId, long ownerId, long userId, Role role) {
        return membersChanged(changeMembers(workspaceId, ownerId, handle -> {
            Optional<String> current = roleOf(handle, workspaceId, userId);
            if (current.isEmpty()) {
                handle.createUpdate("INSERT INTO members (workspace_id, user_id, role) VALUES (:ws, :user, :role)")
                        .bind("ws", workspaceId)
                        .bind("user", userId)
                        .bind("role", role.name())
                        .execute();
                return MemberChange.DONE;
            }
            if (current.get().equals(Role.OWNER.name()) && role != Role.OWNER && owners(handle, workspaceId) <= 1) {
                return MemberChange.LAST_OWNER;
            }
            handle.createUpdate("UPDATE members SET role = :role WHERE workspace_id = :ws AND user_id = :user")
                    .bind("ws", workspaceId)
                    .bind("user", userId)
                    .bind("role", role.name())
                    .execute();
            return MemberChange.DONE;
        }));
    }

    /** Removes a member, as {@code ownerId}; refused when they are the last owner. */
    public MemberChange remove(String workspaceId, long ownerId, long userId) {
        return membersChanged(changeMembers(workspaceId, ownerId, handle -> {
            Optional<String> current = roleOf(handle, workspaceId, userId);
            if (current.isPresent() && current.get().equals(Role.OWNER.name()) && owners(handle, workspaceId) <= 1) {
                return MemberChange.LAST_OWNER;
            }
            handle.createUpdate("DELETE FROM members WHERE workspace_id = :ws AND user_id = :user")
                    .bind("ws", workspaceId)
                    .bind("user", userId)
                    .execute();
            return MemberChange.DONE;
        }));
    }

    /** Adds a member through an invitation; one who is a member already keeps the higher of the two roles. */
    public void join(String workspaceId, long userId, Role role) {
        jdbi.useTransaction(handle -> {
            lockWorkspace(handle, workspaceId);
            Optional<Role> current = roleOf(handle, workspaceId, userId).map(Role::valueOf);
            if (current.isEmpty()) {
                handle.createUpdate("INSERT INTO members (workspace_id, user_id, role) VALUES (:ws, :user, :role)")
                        .bind("ws", workspaceId)
                        .bind("user", userId)
                        .bind("role", role.name())
                        .execute();
            } else if (!current.get().allows(role)) {
                handle.createUpdate("UPDATE members SET role = :role WHERE workspace_id = :ws AND user_id = :user")
                        .bind("ws", workspaceId)
                        .bind("user", userId)
                        .bind("role", role.name())
                        .execute();
            }
        });
        roles.forgetAll();
    }

    /** A member leaves the workspace; refused when they are its last owner. */
    public MemberChange leave(String workspaceId, long userId) {
        return membersChanged(jdbi.inTransaction(handle -> {
            lockWorkspace(handle, workspaceId);
            Optional<String> current = roleOf(handle, workspaceId, userId);
            if (current.filter(Role.OWNER.name()::equals).isPresent() && owners(handle, workspaceId) <= 1) {
                return MemberChange.LAST_OWNER;
            }
            handle.createUpdate("DELETE FROM members WHERE workspace_id = :ws AND user_id = :user")
                    .bind("ws", workspaceId)
                    .bind("user", userId)
                    .execute();
            return MemberChange.DONE;
        }));
    }

    private static void lockWorkspace(Handle handle, String workspaceId) {
        handle.createQuery("SELECT id FROM workspaces WHERE id = :ws FOR UPDATE")
                .bind("ws", workspaceId)
                .mapTo(String.class)
                .one();
    }

    /**
     * Runs a change to the members holding the workspace row's lock, so that changes to one workspace's
     * members happen one after another: two owners demoting each other at once would otherwise each
     * count two owners and leave none. The asker's role is checked again under the lock.
     */
    private MemberChange changeMembers(
            String workspaceId, long ownerId, HandleCallback<MemberChange, RuntimeException> change) {
        return jdbi.inTransaction(handle -> {
            lockWorkspace(handle, workspaceId);
            if (!roleOf(handle, workspaceId, ownerId)
                    .filter(Role.OWNER.name()::equals)
                    .isPresent()) {
                return MemberChange.NOT_OWNER;
            }
            return change.withHandle(handle);
        });
    }

    private static Optional<String> roleOf(Handle handle, String workspaceId, long userId) {
        return handle.createQuery("SELECT role FROM members WHERE workspace_id = :ws AND user_id = :user")
                .bind("ws", workspaceId)
                .bind("user", userId)
                .mapTo(String.class)
                .findOne();
    }

    private static int owners(Handle handle, String workspaceId) {
        return handle.createQuery("SELECT COUNT(*) FROM members WHERE workspace_id = :ws AND role = 'OWNER'")
                .bind("ws", workspaceId)
                .mapTo(Integer.class)
                .one();
    }

    public String name(Handle handle, String workspaceId) {
        return handle.createQuery("SELECT name FROM workspaces WHERE id = :ws")
                .bind("ws", workspaceId)
                .mapTo(String.class)
                .one();
    }

    public static Role parseRole(String text) {
        try {
            return Role.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
