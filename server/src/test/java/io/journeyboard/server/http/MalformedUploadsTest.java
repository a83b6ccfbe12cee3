package io.journeyboard.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Feedback;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Every upload route, fed a corpus of malformed files made here: each is a 400 whose detail names the
 * upload as its user called it and where, in words a user can act on; never a 500, never the server's
 * temporary path, never a JDK or library message. Nothing is stored.
 */
class MalformedUploadsTest {

    /** A qualified class name, an exception type, a stack frame, a JDK or library phrase: a leaked internal. */
    private static final Pattern INTERNALS =
            Pattern.compile("\\b(?:java|javax|jdk|sun|com|org|io)\\.[a-z]\\w*\\.[\\w.$]*[A-Z]\\w*"
                    + "|\\b\\w*(?:Exception|Error)\\b|\\bat [\\w.$]+\\(|Input length = |No value present"
                    + "|StreamReadConstraints|Not in GZIP format|\\[M\\d|Cannot construct instance|/tmp/|upload\\.");

    @Test
    void everyMalformedUploadIsALocated400(@TempDir Path data) throws IOException {
        try (Backend backend = Backend.h2(data);
                TestServer server = backend.start()) {
            Caller owner = server.signUp("owner");
            String ws = Fixtures.workspace(owner);
            String journey = Fixtures.journeyIn(owner, ws, "j1");
            List<String> failures = new ArrayList<>();
            for (Upload upload : corpus()) {
                String path = journey + upload.route() + "?file=" + upload.name() + upload.query();
                Reply reply = owner.sendBytes("POST", path, upload.bytes(), upload.type());
                String problem = check(reply, upload.name());
                if (problem != null) {
                    failures.add(upload.route() + " " + upload.name() + ": " + problem);
                }
            }
            for (String body : List.of(
                    "{\"formatVersion\":1,\"name\":" + "[".repeat(3000) + "]".repeat(3000) + "}",
                    "{\"formatVersion\":1,\"name\":\"w\",\"journeys\":[{\"id\":\"j\",\"name\":\"J\",\"lanes\":"
                            + "[{\"id\":\"a\",\"kind\":\"actions\",\"title\":\"t\",\"kind\":\"actions\"}]}]}")) {
                String problem = check(owner.post("/api/v1/workspaces/" + ws + "/import", body), "request body");
                if (problem != null) {
                    failures.add("import: " + problem);
                }
            }
            assertThat(failures).isEmpty();
            assertThat(owner.get(journey).etag()).isEqualTo("\"1\"");
        }
    }

    @Test
    void manyCopiesOfOneFeedbackTextAreAnalysedAsOneTheme(@TempDir Path data) throws IOException {
        try (Backend backend = Backend.h2(data);
                TestServer server = backend.start()) {
            Caller owner = server.signUp("owner");
            String journey = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");
            StringBuilder ids = new StringBuilder("id,text\n");
            for (int i = 1; i <= 10; i++) {
                ids.append(i).append(",The parcel arrived late and damaged\n");
            }

            Reply started = owner.send("POST", journey + "/insights/jobs?file=same.csv", ids.toString(), "text/csv");
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            var job = Feedback.awaitFinished(owner, started.header("Location"));

            assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("done");
            assertThat(job.at("/report/themes")).hasSize(1);
        }
    }

    private static String check(Reply reply, String name) {
        if (reply.status() != 400) {
            return "status " + reply.status() + ": " + reply.body();
        }
        String detail = reply.json().path("detail").asText();
        if (!detail.contains(name)) {
            return "the detail does not name the upload: " + detail;
        }
        Matcher internal = INTERNALS.matcher(reply.body());
        return internal.find() ? "the answer shows internals (" + internal.group() + "): " + reply.body() : null;
    }

    private record Upload(String route, String name, byte[] bytes, String type, String query) {

        static Upload log(String name, byte[] bytes) {
            return new Upload("/analytics", name, bytes, "application/octet-stream", "");
        }

        static Upload feedback(String name, byte[] bytes) {
            return new Upload("/insights/jobs", name, bytes, "application/octet-stream", "");
        }
    }

    private static List<Upload> corpus() throws IOException {
        byte[] csvLog = "case,activity,time\nc1,visit,2024-01-01T10:00:00Z\nc1,buy,2024-01-01T11:00:00Z\n"
                .getBytes(StandardCharsets.UTF_8);
        return List.of(
                Upload.log("events.csv.gz", csvLog),
                Upload.log("events.csv.gz", cut(gzip(csvLog))),
                Upload.log("events.jsonl.gz", new byte[0]),
                Upload.log(
                        "events.jsonl",
                        ("{\"case\":" + "[".repeat(5000) + "]".repeat(5000) + "}\n").getBytes(StandardCharsets.UTF_8)),
                Upload.log("deep.xes", ("<log>" + "<trace>".repeat(300) + "</log>").getBytes(StandardCharsets.UTF_8)),
                Upload.log("dtd.xes", "<!DOCTYPE log [<!ENTITY a \"b\">]><log/>".getBytes(StandardCharsets.UTF_8)),
                Upload.log("header.csv", "case,activity,time\n".getBytes(StandardCharsets.UTF_8)),
                new Upload("/analytics", "ticket.csv", csvLog, "text/csv", "&case=ticket"),
                Upload.feedback("survey.csv", "id,text\n1,caf\u00e9 was cold\n".getBytes(StandardCharsets.ISO_8859_1)),
                Upload.feedback("survey.xlsx", cut(zip("[Content_Types].xml", "<Types/>".repeat(400)))),
                Upload.feedback("plain.xlsx", zip("notes.txt", "hello")),
                Upload.feedback("interview.txt", "Anna: the caf\u00e9 was shut\n".getBytes(StandardCharsets.UTF_16)),
                Upload.feedback("rating.tsv", "id\ttext\trating\n1\tfine\t1e99999\n".getBytes(StandardCharsets.UTF_8)),
                new Upload(
                        "/insights/jobs",
                        "answer.csv",
                        "id,comment\n1,hi\n".getBytes(StandardCharsets.UTF_8),
                        "text/csv",
                        "&text=answer"));
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
}
