package io.journeyboard.server.journey;

import io.journeyboard.model.journey.Journey;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.store.SqlFailures;
import io.journeyboard.server.workspace.Access;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Every change to a journey goes through here: read the current document, check the writer saw
 * that version, apply the change, validate, store a new version. All in one transaction, so a write
 * either lands whole with its history row or leaves nothing behind.
 */
public final class JourneyEditor {

    private final JourneyStore journeys;
    private final JourneyValidation validation;
    private final ChangeSentences sentences;

    public JourneyEditor(JourneyStore journeys, JourneyValidation validation, ChangeSentences sentences) {
        this.journeys = journeys;
        this.validation = validation;
        this.sentences = sentences;
    }

    public StoredJourney create(Access.Grant grant, Journey journey, String summary) {
        return journeys.jdbi().inTransaction(handle -> {
            if (journey.id() != null
                    && journeys.find(handle, grant.workspaceId(), journey.id()).isPresent()) {
                throw idTaken(journey.id());
            }
            validation.check(handle, grant.workspaceId(), journey);
            return insert(handle, grant, journey, summary);
        });
    }

    /**
     * Creates several journeys within a caller's transaction (an import), validated together once, so
     * that links between them are valid; problems are named {@code journeys[i]...} by their place in the list.
     * {@code checkpoint} runs after the validation and after each journey stored: a long import stops there by
     * throwing (its client has gone), and the caller's transaction rolls back.
     */
    public List<StoredJourney> createAll(
            Handle handle, Access.Grant grant, List<Journey> added, String summary, Runnable checkpoint) {
        Set<String> taken = new HashSet<>(journeys.allIds(handle, grant.workspaceId()));
        added.stream().map(Journey::id).filter(taken::contains).findFirst().ifPresent(id -> {
            throw idTaken(id);
        });
        validation.checkAll(handle, grant.workspaceId(), added);
        checkpoint.run();
        List<StoredJourney> stored = new ArrayList<>();
        for (Journey journey : added) {
            stored.add(insert(handle, grant, journey, summary));
            checkpoint.run();
        }
        return stored;
    }

    private StoredJourney insert(Handle handle, Access.Grant grant, Journey journey, String summary) {
        return unique(
                () -> journeys.insert(
                        handle, grant.workspaceId(), journey, grant.user().id(), summary),
                journey.id());
    }

    private static ApiException idTaken(String id) {
        return ApiException.conflict(
                "the workspace already has (or had) a journey with id '" + id + "'; choose another id");
    }

    /**
     * Applies {@code change} to the live journey, if {@code expectedVersion} is still current. A null
     * {@code summary} is replaced by sentences saying what changed. A change that changes nothing (an autosave
     * of the same document) writes no version and answers the current one.
     *
     * Answers 409 with the current version when someone else wrote first.
     */
    public StoredJourney edit(
            Access.Grant grant, String journeyId, int expectedVersion, String summary, UnaryOperator<Journey> change) {
        return write(grant, journeyId, expectedVersion, false, false, summary, change);
    }

    /**
     * As {@link #edit(Access.Grant, String, int, String, UnaryOperator)}, within a caller's transaction, for
     * changes that store more than the journey (accepted insights also store their evidence).
     */
    public StoredJourney edit(
            Handle handle,
            Access.Grant grant,
            String journeyId,
            int expectedVersion,
            String summary,
            UnaryOperator<Journey> change) {
        return write(handle, grant, journeyId, expectedVersion, false, false, summary, change);
    }

    /** Marks the journey deleted; its history stays and a restore brings it back. */
    public StoredJourney delete(Access.Grant grant, String journeyId, int expectedVersion) {
        return write(grant, journeyId, expectedVersion, false, true, "deleted the journey", UnaryOperator.identity());
    }

    /**
     * Takes a deleted journey out of the trash as it was when deleted, as a new version. No If-Match: nobody can edit
     * a journey in the trash, so there is no change to lose; 404 when the journey is not in the trash.
     */
    public StoredJourney undelete(Access.Grant grant, String journeyId) {
        return journeys.jdbi().inTransaction(handle -> {
            StoredJourney current = journeys.find(handle, grant.workspaceId(), journeyId)
                    .filter(StoredJourney::deleted)
                    .orElseThrow(() -> ApiException.notFound("there is no journey '" + journeyId + "' in the trash"));
            return write(
                    handle,
                    grant,
                    journeyId,
                    current.version(),
                    true,
                    false,
                    "restored the journey from the trash",
                    UnaryOperator.identity());
        });
    }

    /** Makes {@code document} the journey's newest version, also when the journey was deleted. */
    public StoredJourney restore(
            Access.Grant grant, String journeyId, int expectedVersion, Journey document, int fromVersion) {
        return write(grant, journeyId, expectedVersion, true, false, "restored version " + fromVersion, j -> document);
    }

    private StoredJourney write(
            Access.Grant grant,
            String journeyId,
            int expectedVersion,
            boolean allowDeleted,
            boolean delete,
            String summary,
            UnaryOperator<Journey> change) {
        try {
            return journeys.jdbi()
                    .inTransaction(handle ->
                            write(handle, grant, journeyId, expectedVersion, allowDeleted, delete, summary, change));
        } catch (UnableToExecuteStatementException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                throw ApiException.staleVersion(
                        expectedVersion, journeys.jdbi().withHandle(h -> currentVersion(h, grant, journeyId)));
            }
            throw e;
        }
    }

    private StoredJourney write(
            Handle handle,
            Access.Grant grant,
            String journeyId,
            int expectedVersion,
            boolean allowDeleted,
            boolean delete,
            String summary,
            UnaryOperator<Journey> change) {
        StoredJourney current = journeys.find(handle, grant.workspaceId(), journeyId)
                .filter(j -> allowDeleted || !j.deleted())
                .orElseThrow(() -> WorkspaceContent.noSuchJourney(journeyId));
        if (current.version() != expectedVersion) {
            throw ApiException.staleVersion(expectedVersion, current.version());
        }
        Journey next = change.apply(current.journey());
        if (!journeyId.equals(next.id())) {
            throw ApiException.badRequest(
                    "the journey's id is '" + journeyId + "' and cannot change (the body says '" + next.id() + "')");
        }
        if (!delete && !current.deleted() && next.equals(current.journey())) {
            return current;
        }
        if (!delete) {
            validation.check(handle, grant.workspaceId(), next);
        }
        String described = summary != null ? summary : sentences.summary(current.journey(), next);
        Optional<StoredJourney> stored = journeys.update(
                handle,
                grant.workspaceId(),
                next,
                expectedVersion,
                delete,
                grant.user().id(),
                described);
        return stored.orElseThrow(
                () -> ApiException.staleVersion(expectedVersion, currentVersion(handle, grant, journeyId)));
    }

    private int currentVersion(Handle handle, Access.Grant grant, String journeyId) {
        return journeys.find(handle, grant.workspaceId(), journeyId)
                .map(StoredJourney::version)
                .orElse(0);
    }

    private static StoredJourney unique(Supplier<StoredJourney> insert, String journeyId) {
        try {
            return insert.get();
        } catch (UnableToExecuteStatementException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                throw ApiException.conflict("another writer just created a journey with id '" + journeyId + "'");
            }
            throw e;
        }
    }
}
