package io.journeyboard.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    @TempDir
    Path dir;

    private Path map;

    @BeforeEach
    void createMap() {
        map = dir.resolve("boots.json");
        assertThat(CliRun.of("new", "--template", "ecommerce", "-o", map.toString())
                        .exitCode())
                .isZero();
    }

    @Test
    void everyFormatIsChosenByTheOutputExtension() throws Exception {
        for (String extension : new String[] {"svg", "png", "pdf", "csv", "xlsx", "mmd", "json"}) {
            Path out = dir.resolve("map." + extension);

            CliRun run = CliRun.of("export", map.toString(), "-o", out.toString(), "--scale", "1");

            assertThat(run.exitCode()).as(extension + ": " + run.err()).isZero();
            assertThat(Files.size(out)).as(extension).isPositive();
            assertThat(Files.getPosixFilePermissions(out))
                    .as("written like any new file")
                    .contains(PosixFilePermission.OTHERS_READ);
        }
        assertThat(Files.readString(dir.resolve("map.svg"))).startsWith("<?xml").contains("<svg");
        assertThat(Files.readAllBytes(dir.resolve("map.pdf"))).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(Files.readString(dir.resolve("map.mmd"))).startsWith("journey");
    }

    @Test
    void personaSheetIsExportedAsPdfOnA4() throws Exception {
        Path out = dir.resolve("persona.pdf");

        CliRun run =
                CliRun.of("export", map.toString(), "--persona", "persona-maya", "--page", "a4", "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.size(out)).isPositive();
    }

    @Test
    void unknownJourneyFailsWithOneLineAndWritesNothing() {
        Path out = dir.resolve("nothing.pdf");

        CliRun run = CliRun.of("export", map.toString(), "--journey", "nope", "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("error: there is no journey 'nope' in the workspace");
        assertThat(out).doesNotExist();
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void editedSpreadsheetIsImportedBackIntoTheMap() throws Exception {
        Path xlsx = dir.resolve("cards.xlsx");
        Path out = dir.resolve("imported.json");
        assertThat(CliRun.of("export", map.toString(), "-o", xlsx.toString()).exitCode())
                .isZero();

        CliRun run = CliRun.of("import-table", map.toString(), xlsx.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(CliRun.of("validate", out.toString()).exitCode()).isZero();
    }

    @Test
    void badTableNamesRowAndColumnAndLeavesTheMapUntouched() throws Exception {
        Path csv = dir.resolve("cards.csv");
        Files.writeString(csv, "id,step,lane,text,severity\nx1,nowhere,pain-points,Hurts,urgent\n");
        byte[] before = Files.readAllBytes(map);

        CliRun run = CliRun.of("import-table", map.toString(), csv.toString(), "-o", map.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .startsWith("error: ")
                .contains("cards.csv:2: column 'step'")
                .contains("column 'severity'");
        assertThat(Files.readAllBytes(map)).isEqualTo(before);
    }
}
