package io.journeyboard.sheets.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.journeyboard.model.fixture.DecoratedSampleWorkspace;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.problems.BadInputException;
import io.journeyboard.problems.InputProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableImportErrorsTest {

    private static final String HEADER = "id,step,lane,text,severity\n";

    private final Workspace workspace = DecoratedSampleWorkspace.workspace();
    private final TableImport tableImport = new TableImport();

    private BadInputException importing(String csv) {
        Throwable thrown = catchThrowable(
                () -> tableImport.apply(workspace, null, csv.getBytes(StandardCharsets.UTF_8), "cards.csv"));
        assertThat(thrown).isInstanceOf(BadInputException.class);
        return (BadInputException) thrown;
    }

    @Test
    void misspelledColumnIsNamedWithTheColumnsExpected() {
        BadInputException e = importing("id,step,lane,text,severty\nx,checkout,pain,Hurts,high\n");

        assertThat(e.getMessage())
                .contains("cards.csv:1: column 'severty'")
                .contains("is not a column of the card table")
                .contains("severity");
    }

    @Test
    void missingRequiredColumnIsReported() {
        assertThat(importing("id,step,text\nx,checkout,Hurts\n").getMessage())
                .contains("column 'lane'")
                .contains("is missing from the header");
    }

    @Test
    void badSeverityIsReportedWithFileRowColumnAndAllowedValues() {
        BadInputException e = importing(HEADER + "a,checkout,pain,Fine,low\nb,checkout,pain,Hurts,urgent\n");

        assertThat(e.getMessage())
                .isEqualTo(
                        "cards.csv:3: column 'severity' \"urgent\" is not a severity; use one of low, medium, high, critical");
    }

    @Test
    void everyBadRowIsReportedAtOnce() {
        BadInputException e =
                importing(HEADER + "a,nowhere,pain,Hurts,high\nb,checkout,moon,Hurts,high\nc,checkout,pain,,high\n");

        assertThat(e.problems()).extracting(InputProblem::line).containsExactly(2L, 3L, 4L);
        assertThat(e.getMessage())
                .contains("3 problems")
                .contains("nothing was imported")
                .contains("\"nowhere\"")
                .contains("is not a lane of this journey")
                .contains("is empty");
    }

    @Test
    void rowThatWouldBreakTheMapIsTracedBackToItsCell() {
        BadInputException e = importing(HEADER + "a,checkout,pain,Hurts,\n");

        assertThat(e.getMessage())
                .contains("cards.csv:2: column 'severity'")
                .contains("is required on a card in a pain points lane");
    }

    @Test
    void duplicateIdsAreTracedBackToTheSecondRow() {
        BadInputException e = importing(HEADER + "a,checkout,pain,Hurts,high\na,track,pain,Also hurts,low\n");

        assertThat(e.getMessage()).contains("cards.csv:3: column 'id'").contains("used twice");
    }

    @Test
    void badOpportunityScoreInAWorkbookNamesTheSheet() throws IOException {
        byte[] xlsx = workbookWithOpportunity("seven");

        assertThatThrownBy(() -> tableImport.apply(workspace, null, xlsx, "plan.xlsx"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("plan.xlsx (sheet Opportunities):2: column 'effort' \"seven\" is not a number");
    }

    @Test
    void fileThatIsNotAWorkbookIsRefusedAsSuch() {
        byte[] notXlsx = "PK this is not a zip".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> tableImport.apply(workspace, null, notXlsx, "plan.xlsx"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("plan.xlsx: is not a readable XLSX workbook");
    }

    @Test
    void csvThatIsNotUtf8IsRefusedWithHowToSaveIt() {
        byte[] latin1 = (HEADER + "a,checkout,pain,Caf\u00e9 closed,high\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> tableImport.apply(workspace, null, latin1, "cards.csv"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("cards.csv: is not UTF-8 text; save the CSV as UTF-8");
    }

    @Test
    void rowWithMoreFieldsThanTheHeaderIsRefused() {
        assertThat(importing(HEADER + "a,checkout,pain,Hurts,high,surplus\n").getMessage())
                .isEqualTo("cards.csv:2: has 6 fields but the header has 5; "
                        + "remove the extra fields or add a header for them");
    }

    @Test
    void failedImportLeavesTheWorkspaceAsItWas() {
        Workspace before = DecoratedSampleWorkspace.workspace();

        importing(HEADER + "b,checkout,pain,Hurts,urgent\n");

        assertThat(workspace).isEqualTo(before);
    }

    private static byte[] workbookWithOpportunity(String effort) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Opportunities");
            String[][] rows = {
                {"id", "title", "customer_value", "business_value", "effort", "confidence"},
                {"o9", "Faster refunds", "4", "3", effort, "0.5"}
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
