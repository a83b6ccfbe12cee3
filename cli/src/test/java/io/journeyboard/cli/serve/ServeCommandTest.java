package io.journeyboard.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.cli.CliRun;
import io.journeyboard.cli.JourneyboardCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    @Test
    void serveStartsOnTheDataDirectoryPrintsTheAddressAndTheDemoSignInAndStops(@TempDir Path data) throws Exception {
        CommandLine line = JourneyboardCommand.commandLine();
        StringWriter out = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        CompletableFuture<Integer> run =
                CompletableFuture.supplyAsync(() -> line.execute("serve", "--port", "0", "--data", data.toString()));

        Matcher address = waitFor(out, Pattern.compile("Open (http://localhost:\\d+/)"));
        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(address.group(1) + "health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        ((ServeCommand) line.getSubcommands().get("serve").getCommand()).requestStop();

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(out.toString()).contains("Sign in as demo@journeyboard.local with password ");
        assertThat(run.get()).isZero();
        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("journeyboard"));
        }
    }

    @Test
    void aRequestLimitOutsideItsRangeIsAUsageErrorAndNothingStarts(@TempDir Path data) {
        CliRun run = CliRun.of("serve", "--port", "0", "--data", data.toString(), "--max-request-mb", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--max-request-mb must be between 1 and 2048, got 0");
        assertThat(data).isEmptyDirectory();
    }

    private static Matcher waitFor(StringWriter out, Pattern pattern) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Matcher matcher = pattern.matcher(out.toString());
            if (matcher.find()) {
                return matcher;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve printed no address; it printed: " + out);
    }
}
