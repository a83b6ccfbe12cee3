package io.journeyboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every importer the command line has, fed a corpus of malformed files made here: each refusal names the
 * file, exits with 1 and speaks in words a user can act on (no Java or library internals).
 */
class MalformedInputsTest {

    /** A qualified class name, an exception type, a stack frame, a JDK or library phrase: a leaked internal. */
    private static final Pattern INTERNALS =
            Pattern.compile("\\b(?:java|javax|jdk|sun|com|org|io)\\.[a-z]\\w*\\.[\\w.$]*[A-Z]\\w*"
                    + "|\\b\\w*(?:Exception|Error)\\b|\\bat [\\w.$]+\\(|Input length = |No value present"
                    + "|StreamReadConstraints|Not in GZIP format|\\[M\\d|Cannot construct instance");

    /** A good log, for the cases where the file under test is a second input. */
    private static final String GOOD_LOG = "../data/running-example.csv";

    /** The start of a map whose one journey the cases complete. */
    private static final String JOURNEY =
            "{\"formatVersion\":1,\"name\":\"w\",\"journeys\":[{\"id\":\"j\",\"name\":\"J\",";

    @TempDir
    Path dir;

    @Test
    void everyMalformedFileIsRefusedWithItsNameAndNoInternals() throws IOException {
        Path map = dir.resolve("shop.json");
        assertThat(CliRun.of("new", "--template", "ecommerce", "-o", map.toString())
                        .exitCode())
                .isZero();
        List<String> failures = new ArrayList<>();
        for (Case c : corpus()) {
            Path file = Files.write(dir.resolve(c.name()), c.bytes());
            String[] args = Arrays.stream(c.command())
                    .map(a -> a.replace("FILE", file.toString())
                            .replace("MAP", map.toString())
                            .replace("OUT", dir.resolve("out.json").toString()))
                    .toArray(String[]::new);
            CliRun run = CliRun.of(args);
            String problem = check(run, c.name());
            if (problem != null) {
                failures.add(String.join(" ", c.command()) + " with " + c.name() + ": " + problem);
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String check(CliRun run, String name) {
        String err = run.err().strip();
        if (run.exitCode() != 1) {
            return "exit code " + run.exitCode() + ", " + err;
        }
        if (!err.contains(name)) {
            return "the message does not name the file: " + err;
        }
        Matcher internal = INTERNALS.matcher(err);
        return internal.find() ? "the message shows internals (" + internal.group() + "): " + err : null;
    }

    private record Case(String name, byte[] bytes, String... command) {}

    private static List<Case> corpus() throws IOException {
        byte[] csvLog = "case,activity,time\nc1,visit,2024-01-01T10:00:00Z\nc1,buy,2024-01-01T11:00:00Z\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] xesLog = ("<log><trace><string key=\"concept:name\" value=\"c1\"/><event>"
                        + "<string key=\"concept:name\" value=\"a\"/>"
                        + "<date key=\"time:timestamp\" value=\"2024-01-01T10:00:00Z\"/>"
                        + "</event></trace></log>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "id,text\n1,caf\u00e9 cr\u00e8me was cold\n".getBytes(StandardCharsets.ISO_8859_1);
        String analyze = "analyze";
        String insights = "insights";
        return List.of(
                new Case("events.csv.gz", csvLog, analyze, "FILE"),
                new Case("events.xes.gz", cut(gzip(xesLog)), analyze, "FILE"),
                new Case("events.jsonl.gz", new byte[0], analyze, "FILE"),
                new Case(
                        "events.jsonl",
                        ("{\"case\":" + "[".repeat(5000) + "]".repeat(5000) + "}\n").getBytes(StandardCharsets.UTF_8),
                        analyze,
                        "FILE"),
                new Case(
                        "numbers.jsonl",
                        ("{\"case\":\"c1\",\"activity\":\"a\",\"time\":1" + "0".repeat(5000) + "}\n")
                                .getBytes(StandardCharsets.UTF_8),
                        analyze,
                        "FILE"),
                new Case(
                        "deep.xes",
                        ("<log>" + "<trace>".repeat(300) + "</log>").getBytes(StandardCharsets.UTF_8),
                        analyze,
                        "FILE"),
                new Case(
                        "utf16.xes",
                        new String(xesLog, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE),
                        analyze,
                        "FILE"),
                new Case("header.csv", "case,activity,time\n".getBytes(StandardCharsets.UTF_8), analyze, "FILE"),
                new Case(
                        "stages.json",
                        ("{\"stages\":" + "[".repeat(3000) + "]".repeat(3000) + "}").getBytes(StandardCharsets.UTF_8),
                        analyze,
                        GOOD_LOG,
                        "--stages",
                        "FILE"),
                new Case(
                        "window.json",
                        ("{\"windowSeconds\":1" + "0".repeat(2000) + ",\"stages\":[]}")
                                .getBytes(StandardCharsets.UTF_8),
                        analyze,
                        GOOD_LOG,
                        "--stages",
                        "FILE"),
                new Case(
                        "stage-null.json",
                        "{\"stages\":[null]}".getBytes(StandardCharsets.UTF_8),
                        analyze,
                        GOOD_LOG,
                        "--stages",
                        "FILE"),
                new Case("survey.csv", latin1, insights, "FILE"),
                new Case("survey.xlsx", cut(workbookLikeZip()), insights, "FILE"),
                new Case("plain.xlsx", zip("notes.txt", "hello"), insights, "FILE"),
                new Case(
                        "interview.txt",
                        "Anna: the caf\u00e9 was shut\n".getBytes(StandardCharsets.UTF_16),
                        insights,
                        "FILE"),
                new Case(
                        "survey.tsv",
                        "id\ttext\trating\n1\tfine\t1e99999\n".getBytes(StandardCharsets.UTF_8),
                        insights,
                        "FILE"),
                new Case(
                        "labelled.txt",
                        "caf\u00e9 good\t1\n".getBytes(StandardCharsets.ISO_8859_1),
                        "sentiment-eval",
                        "FILE"),
                new Case("cards.xlsx", cut(workbookLikeZip()), "import-table", "MAP", "FILE", "-o", "OUT"),
                new Case(
                        "cards.csv",
                        "id,step,lane,text\n1,a,b,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1),
                        "import-table",
                        "MAP",
                        "FILE",
                        "-o",
                        "OUT"),
                new Case(
                        "deep.json",
                        ("{\"formatVersion\":1,\"name\":" + "[".repeat(3000) + "]".repeat(3000) + "}")
                                .getBytes(StandardCharsets.UTF_8),
                        "validate",
                        "FILE"),
                new Case(
                        "number.json",
                        (JOURNEY + "\"emotions\":[{\"score\":1" + "0".repeat(2000) + "}]}]}")
                                .getBytes(StandardCharsets.UTF_8),
                        "validate",
                        "FILE"),
                new Case(
                        "twice.json",
                        (JOURNEY
                                        + "\"lanes\":[{\"id\":\"a\",\"kind\":\"actions\",\"title\":\"t\",\"kind\":\"actions\"}]}]}")
                                .getBytes(StandardCharsets.UTF_8),
                        "validate",
                        "FILE"),
                new Case(
                        "latin1.json",
                        "{\"formatVersion\":1,\"name\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1),
                        "validate",
                        "FILE"),
                new Case(
                        "latin1.mmd",
                        "journey\n  title Caf\u00e9\n  section A\n    Order: 5: Me\n"
                                .getBytes(StandardCharsets.ISO_8859_1),
                        "validate",
                        "FILE"));
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }

    private static byte[] cut(byte[] content) {
        return Arrays.copyOf(content, content.length / 2);
    }

    private static byte[] zip(String entry, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** The parts a workbook starts with, enough for a reader to take it for one until it is cut. */
    private static byte[] workbookLikeZip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                            + "content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
                    .repeat(20)
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".repeat(200).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
