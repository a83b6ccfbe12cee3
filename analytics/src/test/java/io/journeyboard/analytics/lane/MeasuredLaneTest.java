package io.journeyboard.analytics.lane;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.log.LogColumnMapping;
import io.journeyboard.analytics.log.LogReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lane's definitions on a log small enough to count by hand. */
class MeasuredLaneTest {

    // c1 goes through, c2 drops after Apply, c3 applies on the app, goes back to Visit after Offer, c4 only browses.
    private static final String LOG = """
            case,activity,time,channel
            c1,Visit,2026-01-01T10:00:00Z,web
            c1,Apply,2026-01-01T11:00:00Z,web
            c1,Offer,2026-01-01T15:00:00Z,web
            c2,Visit,2026-01-02T10:00:00Z,web
            c2,Apply,2026-01-02T10:30:00Z,web
            c3,Visit,2026-01-03T10:00:00Z,app
            c3,Apply,2026-01-03T12:00:00Z,app
            c3,Offer,2026-01-03T13:00:00Z,app
            c3,Visit,2026-01-04T09:00:00Z,app
            c4,Browse,2026-01-05T10:00:00Z,web
            """;

    private static EventLog log(Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("lane.csv"), LOG);
        return EventLogReader.read(
                        file, LogReadOptions.defaults().withMapping(new LogColumnMapping(Map.of(), List.of())))
                .log();
    }

    private static LaneStep step(String id, String activity) {
        return new LaneStep(id, id, "Stage " + id, List.of(activity), null, null);
    }

    @Test
    void eachStepCountsReachConversionDropOffTimeToNextAndRework(@TempDir Path dir) throws IOException {
        LaneFigures lane = MeasuredLane.measure(
                log(dir), List.of(step("visit", "Visit"), step("apply", "App*"), step("offer", "Offer")));

        StepFigures visit = lane.steps().get(0);
        StepFigures apply = lane.steps().get(1);
        StepFigures offer = lane.steps().get(2);
        assertThat(lane.cases()).isEqualTo(4);
        assertThat(lane.entrants()).isEqualTo(3);
        assertThat(visit.cases()).isEqualTo(3);
        assertThat(visit.conversionFromPrevious()).isEqualTo(1.0);
        assertThat(visit.medianSecondsToNext()).isEqualTo(3600.0);
        assertThat(apply.conversionFromPrevious()).isEqualTo(1.0);
        assertThat(apply.medianSecondsToNext()).isEqualTo((4 + 1) * 3600 / 2.0);
        assertThat(apply.casesToNext()).isEqualTo(2);
        assertThat(offer.cases()).isEqualTo(2);
        assertThat(offer.shareOfEntrants()).isEqualTo(2 / 3.0);
        assertThat(offer.conversionFromPrevious()).isEqualTo(2 / 3.0);
        assertThat(offer.dropOff()).isEqualTo(1);
        assertThat(offer.samples().droppedOff()).containsExactly("c2");
        assertThat(offer.medianSecondsToNext()).isNull();
        assertThat(offer.rework()).isEqualTo(1);
        assertThat(offer.samples().rework()).containsExactly("c3");
        assertThat(visit.rework()).isZero();
        assertThat(lane.stages()).extracting(LaneFigures.StageReach::cases).containsExactly(3L, 3L, 2L);
    }

    @Test
    void aStepNarrowedByAnAttributeCountsOnlyItsEventsAndAMissingAttributeSaysSo(@TempDir Path dir) throws IOException {
        EventLog log = log(dir);
        LaneStep onTheApp = new LaneStep("apply-app", "Apply on the app", "Apply", List.of("Apply"), "channel", "app");
        LaneStep bySegment = new LaneStep("apply-new", "Apply (new)", "Apply", List.of("Apply"), "segment", "new");

        LaneFigures lane = MeasuredLane.measure(log, List.of(step("visit", "Visit"), onTheApp, bySegment));

        assertThat(lane.steps().get(1).cases()).isEqualTo(1);
        assertThat(lane.steps().get(1).samples().reached()).containsExactly("c3");
        assertThat(lane.steps().get(2).cases()).isZero();
        assertThat(lane.notes()).singleElement().asString().contains("\"segment\"", "does not have");
    }
}
