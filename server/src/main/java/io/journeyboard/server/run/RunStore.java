package io.journeyboard.server.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeyboard.server.http.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** Kept runs: a row when a run starts, its figures and gzip-compressed answer when it ends. */
public final class RunStore {

    public static final String INSIGHTS = "insights";
    public static final String ANALYTICS = "analytics";

    /** Why a run is {@code interrupted}, in the words its list shows. */
    public static final String INTERRUPTED =
            "the server stopped unexpectedly while this analysis ran, so it has no result; analyse the file again";

    private static final String COLUMNS = """
            SELECT r.run_id, r.kind, r.journey_id, r.source, u.name, r.started_at, r.finished_at, r.state, r.error,
            r.summary FROM analysis_runs r JOIN users u ON u.id = r.started_by""";

    private final Jdbi jdbi;
    private final ObjectMapper mapper;

    public RunStore(Jdbi jdbi, ObjectMapper mapper) {
        this.jdbi = jdbi;
        this.mapper = mapper;
    }

    /** Records a run that has started; {@code summary} holds what is known already (the number of items). */
    public void started(
            String workspaceId,
            String runId,
            String kind,
            String journeyId,
            String source,
            long userId,
            JsonNode summary) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO analysis_runs (workspace_id, run_id, kind, journey_id, source, started_by,
                            started_at, state, summary)
                        VALUES (:ws, :id, :kind, :journey, :source, :user, :now, 'running', :summary)""")
                .bind("ws", workspaceId)
                .bind("id", runId)
                .bind("kind", kind)
                .bind("journey", journeyId)
                .bind("source", source)
                .bind("user", userId)
                .bind("now", now())
                .bind("summary", summary.toString())
                .execute());
    }

    /**
     * Records how a run ended: done with its figures and answer, or failed with why ({@code answer} null).
     * {@code acceptance} is what a later action on the run needs (an insight run's suggestions), or null.
     */
    public void finished(
            String workspaceId, String runId, String error, JsonNode summary, JsonNode answer, JsonNode acceptance) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE analysis_runs SET finished_at = :now, state = :state, error = :error, summary = :summary,
                            report = :report, acceptance = :acceptance WHERE workspace_id = :ws AND run_id = :id""")
                .bind("now", now())
                .bind("state", error == null ? "done" : "failed")
                .bind("error", error)
                .bind("summary", summary.toString())
                .bind("report", answer == null ? null : gzip(answer.toString()))
                .bind("acceptance", acceptance == null ? null : gzip(acceptance.toString()))
                .bind("ws", workspaceId)
                .bind("id", runId)
                .execute());
    }

    /** The workspace's runs, newest first, of one journey and one kind when those are given. */
    public List<AnalysisRun> list(String workspaceId, String journeyId, String kind) {
        String sql = COLUMNS + " WHERE r.workspace_id = :ws" + (journeyId == null ? "" : " AND r.journey_id = :journey")
                + (kind == null ? "" : " AND r.kind = :kind") + " ORDER BY r.started_at DESC, r.run_id";
        return jdbi.withHandle(handle -> {
            Query query = handle.createQuery(sql).bind("ws", workspaceId);
            if (journeyId != null) {
                query.bind("journey", journeyId);
            }
            if (kind != null) {
                query.bind("kind", kind);
            }
            return query.map((rs, ctx) -> run(rs)).list();
        });
    }

    public Optional<AnalysisRun> find(String workspaceId, String runId) {
        return jdbi.withHandle(handle -> handle.createQuery(COLUMNS + " WHERE r.workspace_id = :ws AND r.run_id = :id")
                .bind("ws", workspaceId)
                .bind("id", runId)
                .map((rs, ctx) -> run(rs))
                .findOne());
    }

    /** The answer a finished run gave, as it gave it. */
    public Optional<JsonNode> answer(String workspaceId, String runId) {
        return compressed(workspaceId, runId, "report");
    }

    /** What a finished run kept for acceptance; empty for analytics runs and for runs kept before it was. */
    public Optional<JsonNode> acceptance(String workspaceId, String runId) {
        return compressed(workspaceId, runId, "acceptance");
    }

    private Optional<JsonNode> compressed(String workspaceId, String runId, String column) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + column
                        + " FROM analysis_runs WHERE workspace_id = :ws AND run_id = :id AND " + column
                        + " IS NOT NULL")
                .bind("ws", workspaceId)
                .bind("id", runId)
                .map((rs, ctx) -> rs.getBytes(1))
                .findOne()
                .map(bytes -> Json.readStored(mapper, gunzip(bytes), JsonNode.class)));
    }

    /**
     * Marks every run still {@code running} as {@code interrupted}, with why: called once the store is migrated,
     * before any request is answered, such a run was left by a server that was killed or lost its power.
     * One server per store is assumed; several nodes over one database would each need to mark only its own.
     *
     * @return how many runs were marked
     */
    public static int markInterrupted(Jdbi jdbi) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE analysis_runs SET state = 'interrupted', finished_at = :now, error = :why
                        WHERE state = 'running'""")
                .bind("now", now())
                .bind("why", INTERRUPTED)
                .execute());
    }

    private AnalysisRun run(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp(7);
        return new AnalysisRun(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getTimestamp(6).toInstant(),
                finished == null ? null : finished.toInstant(),
                rs.getString(8),
                rs.getString(9),
                Json.readStored(mapper, rs.getString(10), ObjectNode.class));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String gunzip(byte[] compressed) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("a kept run's answer cannot be read", e);
        }
    }
}
