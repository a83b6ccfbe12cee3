package io.journeyboard.sheets.table;

import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.opportunity.Opportunity;
import io.journeyboard.model.validation.Problem;
import io.journeyboard.model.validation.WorkspaceValidator;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.problems.BadInputException;
import io.journeyboard.problems.InputProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a card or opportunity table (CSV, or an XLSX workbook with a Cards and/or an Opportunities
 * sheet, as {@link TableExport} writes them) into one journey. Each table read replaces that
 * journey's cards or opportunities, in row order; a row with an empty id gets a fresh one. Every
 * problem, in the cells or in the map they would make, is reported with its file, sheet, row and
 * column, and then nothing is changed: the workspace passed in is never modified.
 */
public final class TableImport {

    /** Larger files are refused before parsing. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    private final WorkspaceValidator validator = new WorkspaceValidator();

    /** The workspace with the table's rows in journey {@code journeyId} (null for the first journey). */
    public Workspace apply(Workspace workspace, String journeyId, byte[] content, String fileName) {
        int journeyIndex = journeyIndex(workspace, journeyId);
        Journey journey = workspace.journeys().get(journeyIndex);
        if (content.length > MAX_BYTES) {
            throw new BadInputException(new InputProblem(
                    fileName,
                    0,
                    null,
                    null,
                    "is " + content.length / (1024 * 1024) + " MB; at most " + MAX_BYTES / (1024 * 1024)
                            + " MB can be imported",
                    "split the table"));
        }
        Map<TableKind, RawTable> tables =
                isWorkbook(content, fileName) ? XlsxTables.read(content, fileName) : csv(content, fileName);

        List<InputProblem> problems = new ArrayList<>();
        tables.forEach((kind, table) -> HeaderCheck.check(table, kind, problems));
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        JourneyRefs refs = new JourneyRefs(journey);
        Journey updated = journey;
        if (tables.containsKey(TableKind.CARDS)) {
            updated = updated.withCards(withIds(CardRows.parse(tables.get(TableKind.CARDS), refs, problems), updated));
        }
        if (tables.containsKey(TableKind.OPPORTUNITIES)) {
            updated = updated.withOpportunities(withOpportunityIds(
                    OpportunityRows.parse(tables.get(TableKind.OPPORTUNITIES), refs, problems), updated));
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        List<Journey> journeys = new ArrayList<>(workspace.journeys());
        journeys.set(journeyIndex, updated);
        Workspace result = workspace.withJourneys(journeys);
        Set<String> before = new HashSet<>(
                validator.validate(workspace).stream().map(Problem::toString).toList());
        for (Problem problem : validator.validate(result)) {
            if (!before.contains(problem.toString())) {
                problems.add(ProblemCells.locate(problem, journeyIndex, tables, fileName));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        return result;
    }

    private static int journeyIndex(Workspace workspace, String journeyId) {
        List<Journey> journeys = workspace.journeys();
        for (int i = 0; i < journeys.size(); i++) {
            if (journeyId == null || journeys.get(i).id().equals(journeyId)) {
                return i;
            }
        }
        throw new IllegalArgumentException(
                journeyId == null
                        ? "the workspace has no journey to import into"
                        : "there is no journey '" + journeyId + "' in the workspace");
    }

    private static boolean isWorkbook(byte[] content, String fileName) {
        boolean zip = content.length >= 2 && content[0] == 'P' && content[1] == 'K';
        return zip || fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    private static Map<TableKind, RawTable> csv(byte[] content, String fileName) {
        RawTable table = CsvTables.read(content, fileName);
        return Map.of(csvKind(table), table);
    }

    private static TableKind csvKind(RawTable table) {
        if (table.header().contains("customer_value")
                || table.header().contains("title") && !table.header().contains("text")) {
            return TableKind.OPPORTUNITIES;
        }
        return TableKind.CARDS;
    }

    private static List<Card> withIds(List<Card> cards, Journey journey) {
        Set<String> used = new HashSet<>();
        cards.stream().map(Card::id).forEach(used::add);
        List<Card> result = new ArrayList<>();
        int next = journey.cards().size() + 1;
        for (Card card : cards) {
            if (card.id() != null) {
                result.add(card);
                continue;
            }
            while (used.contains("card-" + next)) {
                next++;
            }
            used.add("card-" + next);
            result.add(new Card(
                    "card-" + next,
                    card.laneId(),
                    card.stepId(),
                    card.text(),
                    card.details(),
                    card.channel(),
                    card.severity(),
                    card.metric(),
                    card.personaIds(),
                    card.evidenceIds(),
                    card.imageUrl()));
        }
        return result;
    }

    private static List<Opportunity> withOpportunityIds(List<Opportunity> opportunities, Journey journey) {
        Set<String> used = new HashSet<>();
        opportunities.stream().map(Opportunity::id).forEach(used::add);
        List<Opportunity> result = new ArrayList<>();
        int next = journey.opportunities().size() + 1;
        for (Opportunity o : opportunities) {
            if (o.id() != null) {
                result.add(o);
                continue;
            }
            while (used.contains("opportunity-" + next)) {
                next++;
            }
            used.add("opportunity-" + next);
            result.add(new Opportunity(
                    "opportunity-" + next,
                    o.title(),
                    o.description(),
                    o.stepId(),
                    o.painPointIds(),
                    o.customerValue(),
                    o.businessValue(),
                    o.effort(),
                    o.confidence(),
                    o.reach(),
                    o.status(),
                    o.owner()));
        }
        return result;
    }
}
