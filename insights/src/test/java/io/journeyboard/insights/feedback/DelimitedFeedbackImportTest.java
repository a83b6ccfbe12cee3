package io.journeyboard.insights.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyboard.problems.BadInputException;
import io.journeyboard.problems.InputProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimitedFeedbackImportTest {

    @TempDir
    Path dir;

    private final FeedbackImport importer = new FeedbackImport();

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void readsMappedColumnsOfACsvWithQuotedCells() throws IOException {
        Path csv = write("survey.csv", """
                Ticket,Comment,When,Score,Via,Phase
                A-1,"The checkout page froze, twice",2024-03-01,2,web,purchase
                A-2,"Delivery was quick and the box was \"\"perfect\"\"",2024-03-02T10:15:00,5,app,delivery
                """);
        FeedbackColumnMapping mapping = FeedbackColumnMapping.defaults()
                .with(FeedbackField.ID, "Ticket")
                .with(FeedbackField.TEXT, "comment")
                .with(FeedbackField.DATE, "When")
                .with(FeedbackField.RATING, "Score")
                .with(FeedbackField.CHANNEL, "Via")
                .with(FeedbackField.STAGE, "Phase");

        List<FeedbackItem> items = importer.read(csv, mapping);

        assertThat(items).hasSize(2);
        assertThat(items.get(0))
                .isEqualTo(new FeedbackItem(
                        "A-1",
                        "The checkout page froze, twice",
                        LocalDate.of(2024, 3, 1),
                        2.0,
                        "web",
                        "purchase",
                        null,
                        null,
                        csv + ":2"));
        assertThat(items.get(1).text()).isEqualTo("Delivery was quick and the box was \"perfect\"");
        assertThat(items.get(1).date()).isEqualTo(LocalDate.of(2024, 3, 2));
    }

    @Test
    void findsDefaultColumnsCaseInsensitivelyAndNumbersRowsWithoutAnId() throws IOException {
        Path tsv = write("reviews.tsv", "Text\tChannel\nGreat staff\tstore\n\nSlow refund\temail\n");

        List<FeedbackItem> items = importer.read(tsv, FeedbackColumnMapping.defaults());

        assertThat(items).extracting(FeedbackItem::id).containsExactly("line-2", "line-4");
        assertThat(items).extracting(FeedbackItem::channel).containsExactly("store", "email");
    }

    @Test
    void readsSemicolonSeparatedCsvAsSpreadsheetsWriteIt() throws IOException {
        Path csv = write("export.csv", "\uFEFFid;text;rating\n1;Nice, clean and fast;4,5\n");

        List<FeedbackItem> items = importer.read(csv, FeedbackColumnMapping.defaults());

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.text()).isEqualTo("Nice, clean and fast");
            assertThat(item.rating()).isEqualTo(4.5);
        });
    }

    @Test
    void reportsEveryBadRowWithLineColumnValueAndFix() throws IOException {
        Path csv = write("bad.csv", """
                id,text,date,rating
                1,Fine,2024-01-01,5
                2,,2024-01-02,4
                3,Late parcel,yesterday,3
                1,Again,2024-01-03,great
                4,Too,many,cells,here
                """);

        assertThatThrownBy(() -> importer.read(csv, FeedbackColumnMapping.defaults()))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> {
                    List<InputProblem> problems = ((BadInputException) e).problems();
                    assertThat(problems)
                            .extracting(InputProblem::line, InputProblem::column)
                            .contains(
                                    Tuple.tuple(3L, "text"),
                                    Tuple.tuple(4L, "date"),
                                    Tuple.tuple(5L, "id"),
                                    Tuple.tuple(5L, "rating"),
                                    Tuple.tuple(6L, null));
                    assertThat(problems).allSatisfy(p -> assertThat(p.fix()).isNotBlank());
                })
                .hasMessageContaining("bad.csv:4: column 'date' \"yesterday\" is not a date; write dates as YYYY-MM-DD")
                .hasMessageContaining("bad.csv:5: column 'rating' \"great\" is not a number");
    }

    @Test
    void refusesAnExplicitColumnTheHeaderDoesNotHave() throws IOException {
        Path csv = write("feedback.csv", "id,comment\n1,hello there\n");

        assertThatThrownBy(() ->
                        importer.read(csv, FeedbackColumnMapping.defaults().with(FeedbackField.TEXT, "answer")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("column 'answer'")
                .hasMessageContaining("the header has: id, comment")
                .satisfies(e -> assertThat(
                                ((BadInputException) e).problems().getFirst().setting())
                        .isEqualTo(FeedbackField.TEXT.setting()));
    }

    @Test
    void reportsAnUnclosedQuoteWithItsLine() throws IOException {
        Path csv = write("broken.csv", "id,text\n1,fine\n2,\"never closed\n3,last\n");

        assertThatThrownBy(() -> importer.read(csv, FeedbackColumnMapping.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("broken.csv:3")
                .hasMessageContaining("quote");
    }

    @Test
    void refusesTextThatIsNotUtf8() throws IOException {
        Path csv = dir.resolve("latin1.csv");
        Files.write(csv, "id,text\n1,caf\u00e9 cr\u00e8me\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> importer.read(csv, FeedbackColumnMapping.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("is not UTF-8 text")
                .hasMessageContaining("save the file with UTF-8");
    }

    @Test
    void refusesFilesRowsAndCellsBeyondTheLimits() throws IOException {
        Path csv = write("big.csv", "id,text\n1,short\n2,also short\n3," + "x".repeat(50) + "\n");

        assertThatThrownBy(() -> new FeedbackImport(new ImportLimits(10, 100, 100, 10))
                        .read(csv, FeedbackColumnMapping.defaults()))
                .hasMessageContaining("more than the limit of 10");
        assertThatThrownBy(() -> new FeedbackImport(new ImportLimits(10_000, 2, 100, 10))
                        .read(csv, FeedbackColumnMapping.defaults()))
                .hasMessageContaining("big.csv:4: more than 2 rows");
        assertThatThrownBy(() -> new FeedbackImport(new ImportLimits(10_000, 100, 20, 10))
                        .read(csv, FeedbackColumnMapping.defaults()))
                .hasMessageContaining("big.csv:4: column 'text'")
                .hasMessageContaining("is 50 characters long, more than 20");
    }

    @Test
    void refusesAFileWithOnlyAHeaderOrAnUnknownExtension() throws IOException {
        Path empty = write("empty.csv", "id,text\n");
        Path odd = write("notes.json", "{}");

        assertThatThrownBy(() -> importer.read(empty, FeedbackColumnMapping.defaults()))
                .hasMessageContaining("has no feedback rows");
        assertThatThrownBy(() -> importer.read(odd, FeedbackColumnMapping.defaults()))
                .hasMessageContaining("use .csv, .tsv, .xlsx");
        assertThatThrownBy(() -> importer.read(dir.resolve("missing.csv"), FeedbackColumnMapping.defaults()))
                .isInstanceOf(NoSuchFileException.class);
    }
}
