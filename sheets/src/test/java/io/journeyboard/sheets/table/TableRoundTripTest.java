package io.journeyboard.sheets.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.model.fixture.DecoratedSampleWorkspace;
import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.workspace.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class TableRoundTripTest {

    private final Workspace workspace = DecoratedSampleWorkspace.workspace();
    private final Journey journey = workspace.journeys().getFirst();
    private final TableExport export = new TableExport();
    private final TableImport tableImport = new TableImport();

    @Test
    void xlsxRoundTripGivesBackTheSameCardsAndOpportunities() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        export.xlsx(journey, xlsx);

        Workspace emptied =
                workspace.withJourneys(List.of(journey.withCards(List.of()).withOpportunities(List.of())));
        Journey imported = tableImport
                .apply(emptied, journey.id(), xlsx.toByteArray(), "map.xlsx")
                .journeys()
                .getFirst();

        assertThat(imported.cards()).isEqualTo(journey.cards());
        assertThat(imported.opportunities()).isEqualTo(journey.opportunities());
    }

    @Test
    void csvRoundTripGivesBackTheSameCardsAndThenOpportunities() throws IOException {
        ByteArrayOutputStream cards = new ByteArrayOutputStream();
        export.csv(journey, TableKind.CARDS, cards);
        ByteArrayOutputStream opportunities = new ByteArrayOutputStream();
        export.csv(journey, TableKind.OPPORTUNITIES, opportunities);

        Workspace emptied = workspace.withJourneys(
                List.of(journey.withOpportunities(List.of()).withCards(List.of())));
        Workspace withCards = tableImport.apply(emptied, null, cards.toByteArray(), "cards.csv");
        Workspace withBoth = tableImport.apply(withCards, null, opportunities.toByteArray(), "opportunities.csv");

        assertThat(withBoth.journeys().getFirst().cards()).isEqualTo(journey.cards());
        assertThat(withBoth.journeys().getFirst().opportunities()).isEqualTo(journey.opportunities());
    }

    @Test
    void csvStartsWithTheHeaderAndKeepsAccentsAndCjk() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.csv(journey, TableKind.CARDS, out);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFid,stage_name,step,step_name,lane,lane_title,text,");
        assertThat(csv).contains("café au lait").contains("設定を完了する");
    }

    @Test
    void csvCellsThatStartLikeAFormulaAreWrittenAsTextAndReadBackUnchanged() throws IOException {
        List<String> risky = List.of(
                "=HYPERLINK(\"http://evil.example\",\"x\")", "+1 more step", "-2 days late", "@SUM(A1)", "\tcmd");
        List<Card> cards = new ArrayList<>(journey.cards());
        for (int i = 0; i < risky.size(); i++) {
            cards.set(i, cards.get(i).withText(risky.get(i)));
        }
        Journey risked = journey.withCards(cards);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.csv(risked, TableKind.CARDS, out);
        List<CSVRecord> rows = CSVFormat.RFC4180
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8).substring(1)))
                .getRecords();

        assertThat(rows.getFirst().get(6)).isEqualTo("text");
        for (int i = 0; i < risky.size(); i++) {
            assertThat(rows.get(i + 1).get(6)).isEqualTo("'" + risky.get(i));
        }
        Workspace emptied = workspace.withJourneys(
                List.of(risked.withOpportunities(List.of()).withCards(List.of())));
        Journey imported = tableImport
                .apply(emptied, null, out.toByteArray(), "cards.csv")
                .journeys()
                .getFirst();
        assertThat(imported.cards()).extracting(Card::text).startsWith(risky.toArray(String[]::new));
    }

    @Test
    void rowsNamingLanesAndStepsByTitleAndWithoutIdsAreImportedWithFreshIds() {
        String csv = "id,step,lane,text,severity\n,Checkout and pay,Pain points,Card declined twice,critical\n";
        Workspace withoutOpportunities = workspace.withJourneys(List.of(journey.withOpportunities(List.of())));

        Journey imported = tableImport
                .apply(withoutOpportunities, null, csv.getBytes(StandardCharsets.UTF_8), "new.csv")
                .journeys()
                .getFirst();

        assertThat(imported.cards()).singleElement().satisfies(card -> {
            assertThat(card.id()).isNotBlank();
            assertThat(card.stepId()).isEqualTo("checkout");
            assertThat(card.laneId()).isEqualTo("pain");
            assertThat(card.severity()).hasToString("CRITICAL");
        });
    }
}
