package io.journeyboard.sheets.xlsx;

import io.journeyboard.problems.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The one way a spreadsheet from a user is opened: POI's zip guards set on every read, the workbook
 * only read, and every failure of POI said in words about the file ("is not a readable XLSX workbook",
 * "expands to far more data than its size") instead of POI's classes and rule numbers.
 */
public final class XlsxWorkbooks {

    /** A part may not inflate to more than this many times its compressed size (the zip bomb guard). */
    private static final double MIN_INFLATE_RATIO = 0.01;

    private XlsxWorkbooks() {}

    /** Reads the workbook in the file {@code path}, called {@code source} in messages. */
    public static <T> T read(Path path, String source, long maxPartBytes, Function<Workbook, T> reader) {
        guard(maxPartBytes);
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            return reader.apply(workbook);
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw notAWorkbook(source);
        } catch (IOException | RuntimeException e) {
            throw explained(e, source, maxPartBytes);
        }
    }

    /** Reads the workbook held in {@code content}, called {@code source} in messages. */
    public static <T> T read(byte[] content, String source, long maxPartBytes, Function<Workbook, T> reader) {
        guard(maxPartBytes);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content));
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            return reader.apply(workbook);
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw notAWorkbook(source);
        } catch (IOException | RuntimeException e) {
            throw explained(e, source, maxPartBytes);
        }
    }

    // POI keeps these guards in static settings; they are set on every read so that no other code relaxes them.
    private static void guard(long maxPartBytes) {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(maxPartBytes);
        ZipSecureFile.setMaxTextSize(maxPartBytes);
    }

    private static BadInputException notAWorkbook(String source) {
        return BadInputException.whole(
                source,
                "is not a readable XLSX workbook: it is damaged, or not a workbook at all",
                "save it from the spreadsheet program as an Excel workbook (.xlsx), or export it as CSV");
    }

    private static BadInputException explained(Exception e, String source, long maxPartBytes) {
        if (e instanceof BadInputException known) {
            return known;
        }
        // POI reports a refused or corrupt part as an IOException, often wrapped in a POIXMLException
        String messages = messages(e);
        if (messages.contains("Zip bomb")) {
            return BadInputException.whole(
                    source,
                    "expands to far more data than its size (a zip bomb or a very unusual file)",
                    "export the sheet as CSV and import that instead");
        }
        if (messages.contains("exceeds the max")) {
            return BadInputException.whole(
                    source,
                    "holds a part larger than " + maxPartBytes + " bytes when unpacked",
                    "split the workbook into smaller ones");
        }
        return notAWorkbook(source);
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }
}
