package io.journeyboard.server.evidence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.journeyboard.model.evidence.Evidence;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.EvidenceStore;
import io.journeyboard.server.workspace.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The evidence library: search every record of a workspace (its text, source, link, and the feedback items
 * behind it), open one with the cards citing it and its items page by page, add, edit and delete a record
 * ({@link EvidenceEditor}), and read who changed it when ({@link EvidenceHistory}).
 * Cards cite records by id, so an edit shows on every card citing it without a new journey version.
 */
public final class EvidenceLibraryRoutes {

    private static final String RECORD = "/workspaces/{ws}/evidence/{evidence}";

    private final EvidenceStore evidence;
    private final EvidenceItemStore items;
    private final EvidenceCitations citations;
    private final EvidenceEditor editor;
    private final EvidenceHistory history;
    private final Access access;
    private final Bodies bodies;
    private final ObjectMapper mapper;

    public EvidenceLibraryRoutes(
            EvidenceStore evidence,
            EvidenceItemStore items,
            EvidenceCitations citations,
            EvidenceHistory history,
            EvidenceEditor editor,
            Access access,
            Bodies bodies,
            ObjectMapper mapper) {
        this.evidence = evidence;
        this.items = items;
        this.citations = citations;
        this.history = history;
        this.editor = editor;
        this.access = access;
        this.bodies = bodies;
        this.mapper = mapper;
    }

    public void register(Routes routes) {
        routes.get("/workspaces/{ws}/evidence-library", this::search);
        routes.post("/workspaces/{ws}/evidence", this::create);
        routes.get(RECORD, this::open);
        routes.put(RECORD, this::edit);
        routes.delete(RECORD, this::delete);
        routes.get(RECORD + "/items", this::items);
        routes.get(RECORD + "/history", this::history);
    }

    /** Records whose own text or whose items contain {@code q}, in library order, with their counts. */
    private void search(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        LibraryQuery query = LibraryQuery.of(ctx);
        String ws = grant.workspaceId();
        Map<String, Integer> itemCounts = items.counts(ws);
        Map<String, Integer> matching = query.text() == null ? Map.of() : items.matching(ws, query.text());
        Map<String, List<EvidenceCitations.Citation>> cited = citations.byEvidence(ws);
        List<Evidence> found = evidence.list(ws).stream()
                .filter(e -> query.kind() == null || e.kind() == query.kind())
                .filter(e -> query.text() == null || mentions(e, query.text()) || matching.containsKey(e.id()))
                .toList();
        ArrayNode records = mapper.createArrayNode();
        found.stream().skip(query.offset()).limit(query.limit()).forEach(e -> {
            ObjectNode record = mapper.valueToTree(e);
            record.put("items", itemCounts.getOrDefault(e.id(), 0));
            if (query.text() != null) {
                record.put("matchingItems", matching.getOrDefault(e.id(), 0));
            }
            record.put("citedBy", cited.getOrDefault(e.id(), List.of()).size());
            records.add(record);
        });
        ObjectNode answer = mapper.createObjectNode().put("total", found.size()).put("offset", query.offset());
        answer.set("records", records);
        ctx.json(answer);
    }

    private static boolean mentions(Evidence e, String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return Stream.of(
                        e.id(),
                        e.summary(),
                        e.source(),
                        e.url(),
                        e.kind() == null ? null : e.kind().name())
                .anyMatch(
                        field -> field != null && field.toLowerCase(Locale.ROOT).contains(wanted));
    }

    private void open(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        Evidence record = existing(grant, ctx.pathParam("evidence"));
        ObjectNode answer = mapper.createObjectNode();
        answer.set("evidence", mapper.valueToTree(record));
        answer.put("items", items.counts(grant.workspaceId()).getOrDefault(record.id(), 0));
        answer.set(
                "citedBy",
                mapper.valueToTree(citations.byEvidence(grant.workspaceId()).getOrDefault(record.id(), List.of())));
        ctx.json(answer);
    }

    private void items(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        Evidence record = existing(grant, ctx.pathParam("evidence"));
        LibraryQuery query = LibraryQuery.of(ctx);
        EvidenceItemStore.Page page =
                items.page(grant.workspaceId(), record.id(), query.text(), query.offset(), query.limit());
        ObjectNode answer = mapper.createObjectNode().put("total", page.total()).put("offset", query.offset());
        answer.set("items", mapper.valueToTree(page.items()));
        ctx.json(answer);
    }

    private void create(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        Evidence record = bodies.json(ctx, Evidence.class);
        EvidenceRules.check(record);
        editor.add(grant, record);
        ctx.status(201).json(record);
    }

    private void edit(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        String id = ctx.pathParam("evidence");
        Evidence given = bodies.json(ctx, Evidence.class);
        if (given.id() != null && !given.id().equals(id)) {
            throw ApiException.invalid(List.of(new FieldError(
                    "id", "must be '" + id + "', the record's id in the address; a record keeps its id")));
        }
        Evidence record =
                new Evidence(id, given.kind(), given.source(), given.summary(), given.url(), given.recorded());
        EvidenceRules.check(record);
        editor.edit(grant, record);
        ctx.json(record);
    }

    private void delete(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        editor.delete(grant, ctx.pathParam("evidence"));
        ctx.status(204);
    }

    /** Who changed the record how and when, oldest first; also of a deleted record, which says who deleted it. */
    private void history(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        String id = ctx.pathParam("evidence");
        List<EvidenceHistory.Entry> entries = history.of(grant.workspaceId(), id);
        if (entries.isEmpty() && evidence.find(grant.workspaceId(), id).isEmpty()) {
            throw noSuchRecord(id);
        }
        ObjectNode answer = mapper.createObjectNode().put("evidence", id);
        answer.set("entries", mapper.valueToTree(entries));
        ctx.json(answer);
    }

    private Evidence existing(Access.Grant grant, String id) {
        return evidence.find(grant.workspaceId(), id).orElseThrow(() -> noSuchRecord(id));
    }

    private static ApiException noSuchRecord(String id) {
        return ApiException.notFound("the workspace has no evidence '" + id + "'");
    }
}
