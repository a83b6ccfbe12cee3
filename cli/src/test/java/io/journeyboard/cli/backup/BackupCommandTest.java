package io.journeyboard.cli.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyboard.cli.CliRun;
import io.journeyboard.cli.JourneyboardCommand;
import io.journeyboard.cli.serve.ServeCommand;
import io.journeyboard.server.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BackupCommandTest {

    @TempDir
    Path dir;

    /** A serve running in this JVM over a data directory, as the command line starts it. */
    private record Running(
            CommandLine line, CompletableFuture<Integer> exit, String address, String email, String password) {

        static Running serve(Path data) throws InterruptedException {
            CommandLine line = JourneyboardCommand.commandLine();
            StringWriter out = new StringWriter();
            line.setOut(new PrintWriter(out, true));
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                    () -> line.execute("serve", "--port", "0", "--data", data.toString()));
            Matcher address = waitFor(out, Pattern.compile("Open (http://localhost:\\d+/)"));
            Matcher demo =
                    Pattern.compile("Sign in as (\\S+) with password (\\S+) ").matcher(out.toString());
            return demo.find()
                    ? new Running(line, exit, address.group(1), demo.group(1), demo.group(2))
                    : new Running(line, exit, address.group(1), null, null);
        }

        JsonNode signInAndListJourneys(String email, String password) throws Exception {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> signIn = client.send(
                    HttpRequest.newBuilder(URI.create(address + "api/v1/auth/sign-in"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
            String cookie =
                    signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            JsonNode workspaces = get(client, cookie, "api/v1/workspaces");
            return get(
                    client,
                    cookie,
                    "api/v1/workspaces/" + workspaces.get(0).get("id").asText() + "/journeys");
        }

        private JsonNode get(HttpClient client, String cookie, String path) throws Exception {
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(URI.create(address + path))
                            .header("Cookie", cookie)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new ObjectMapper().readTree(answer.body());
        }

        void stop() throws Exception {
            ((ServeCommand) line.getSubcommands().get("serve").getCommand()).requestStop();
            assertThat(exit.get()).isZero();
        }
    }

    @Test
    void aRunningServersDataIsBackedUpPrivatelyAndRestoresIntoANewDirectoryThatServesIt() throws Exception {
        Path data = dir.resolve("data");
        Running first = Running.serve(data);
        int journeys =
                first.signInAndListJourneys(first.email(), first.password()).size();
        Path file = dir.resolve("nightly.zip");

        CliRun backup = CliRun.of("backup", "--data", data.toString(), "-o", file.toString());
        first.stop();
        CliRun restore = CliRun.of(
                "restore", file.toString(), "--data", dir.resolve("restored").toString());

        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.out()).startsWith("Backed up ").contains(" rows of ").contains(file.toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).startsWith("Restored ");
        assertThat(dir.resolve("restored")).isDirectoryNotContaining("glob:**/.restoring-*");
        Running second = Running.serve(dir.resolve("restored"));
        assertThat(second.email())
                .as("the restored accounts exist, so no new demo")
                .isNull();
        assertThat(second.signInAndListJourneys(first.email(), first.password()))
                .hasSize(journeys);
        second.stop();
    }

    @Test
    void aStoppedOrKilledServersDatabaseFileIsReadDirectly() throws Exception {
        Path data = dir.resolve("data");
        Running.serve(data).stop();
        // what a killed server leaves behind: its address file, pointing at a port nobody listens on
        Files.writeString(
                data.resolve("server.json"), "{\"url\":\"http://127.0.0.1:9/\",\"backupToken\":\"backup_x\"}");

        CliRun backup = CliRun.of(
                "backup", "--data", data.toString(), "-o", dir.resolve("b.zip").toString());

        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.out()).startsWith("Backed up ");
    }

    @Test
    void aRestoreOverAnExistingDatabaseIsRefusedAndChangesNothing() throws Exception {
        Path data = dir.resolve("data");
        Running.serve(data).stop();
        Path file = dir.resolve("b.zip");
        assertThat(CliRun.of("backup", "--data", data.toString(), "-o", file.toString())
                        .exitCode())
                .isZero();
        byte[] before = Files.readAllBytes(data.resolve("journeyboard.mv.db"));

        CliRun restore = CliRun.of("restore", file.toString(), "--data", data.toString());

        assertThat(restore.exitCode()).isEqualTo(1);
        assertThat(restore.err())
                .contains(data + ": already holds a Journeyboard database; restore into a new data " + "directory");
        assertThat(Files.readAllBytes(data.resolve("journeyboard.mv.db"))).isEqualTo(before);
    }

    @Test
    void aBackupOfADirectoryWithoutADatabaseSaysSoAndWritesNothing() {
        Path file = dir.resolve("b.zip");

        CliRun backup = CliRun.of("backup", "--data", dir.resolve("empty").toString(), "-o", file.toString());

        assertThat(backup.exitCode()).isEqualTo(1);
        assertThat(backup.err()).contains("holds no Journeyboard database");
        assertThat(file).doesNotExist();
    }

    @Test
    void aDamagedBackupIsNamedAndTheNewDirectoryStaysEmpty() throws Exception {
        Path damaged = Files.write(dir.resolve("damaged.zip"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});

        CliRun restore = CliRun.of(
                "restore", damaged.toString(), "--data", dir.resolve("new").toString());

        assertThat(restore.exitCode()).isEqualTo(1);
        assertThat(restore.err()).contains(damaged + ": is not a Journeyboard backup");
        assertThat(Database.embeddedFile(dir.resolve("new"))).doesNotExist();
    }

    private static Matcher waitFor(StringWriter out, Pattern pattern) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Matcher matcher = pattern.matcher(out.toString());
            if (matcher.find()) {
                return matcher;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("never printed " + pattern + ": " + out);
    }
}
