package io.journeyboard.insights.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyboard.problems.BadInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxFeedbackImportTest {

    @TempDir
    Path dir;

    @Test
    void readsTheFirstSheetWithNumbersDatesAndFormulaResults() throws IOException {
        Path xlsx = dir.resolve("survey.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(xlsx)) {
            XSSFSheet sheet = workbook.createSheet("Answers");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            String[] names = {"ID", "Answer", "Date", "Rating"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(17);
            row.createCell(1).setCellValue("The app logged me out during payment");
            row.createCell(2).setCellValue(LocalDate.of(2024, 5, 6));
            row.getCell(2).setCellStyle(dateStyle);
            row.createCell(3).setCellFormula("1+1");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }

        List<FeedbackItem> items =
                new FeedbackImport().read(xlsx, FeedbackColumnMapping.defaults().with(FeedbackField.TEXT, "Answer"));

        assertThat(items)
                .singleElement()
                .isEqualTo(new FeedbackItem(
                        "17",
                        "The app logged me out during payment",
                        LocalDate.of(2024, 5, 6),
                        2.0,
                        null,
                        null,
                        null,
                        null,
                        xlsx + ":Answers!2"));
    }

    @Test
    void reportsBadCellsWithSheetRowAndColumn() throws IOException {
        Path xlsx = dir.resolve("bad.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(xlsx)) {
            XSSFSheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("text");
            sheet.getRow(0).createCell(1).setCellValue("rating");
            sheet.createRow(1).createCell(0).setCellValue("ok");
            sheet.getRow(1).createCell(1).setCellValue("five");
            workbook.write(out);
        }

        assertThatThrownBy(() -> new FeedbackImport().read(xlsx, FeedbackColumnMapping.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("bad.xlsx:2: column 'rating' \"five\" is not a number");
    }

    @Test
    void refusesAWorkbookThatInflatesLikeAZipBomb() throws IOException {
        Path plain = dir.resolve("plain.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(plain)) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue("text");
            workbook.write(out);
        }
        Path bomb = dir.resolve("bomb.xlsx");
        // the same workbook with 20 MB of one repeated letter in the sheet: it zips a thousandfold smaller
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    content = xml.replace("</worksheet>", "<!--" + "a".repeat(20_000_000) + "--></worksheet>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }

        assertThatThrownBy(() -> new FeedbackImport().read(bomb, FeedbackColumnMapping.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("zip bomb")
                .hasMessageContaining("export the sheet as CSV");
    }

    @Test
    void refusesAFileThatIsNotAWorkbook() throws IOException {
        Path xlsx = Files.writeString(dir.resolve("fake.xlsx"), "id,text\n1,hello\n");

        assertThatThrownBy(() -> new FeedbackImport().read(xlsx, FeedbackColumnMapping.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("fake.xlsx")
                .hasMessageContaining("XLSX");
    }
}
