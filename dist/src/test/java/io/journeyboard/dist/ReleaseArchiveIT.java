package io.journeyboard.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release as an operator gets it: the archive unpacked into a folder of its own, started by its
 * launcher with nothing but a Java runtime and a bare environment (no Maven, no sources beside it).
 */
class ReleaseArchiveIT {

    @TempDir
    static Path unpacked;

    static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = Path.of(System.getProperty("journeyboard.release"));
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", unpacked.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(tar.waitFor())
                .as(new String(tar.getInputStream().readAllBytes()))
                .isZero();
        home = unpacked.resolve("journeyboard-" + System.getProperty("journeyboard.version"));
    }

    @Test
    void theArchiveHoldsTheLaunchersTheJarTheLicencesAndTheDocs() throws IOException {
        assertThat(home.resolve("bin/journeyboard")).isExecutable();
        assertThat(home.resolve("bin/journeyboard.cmd")).isRegularFile();
        long limit = Long.parseLong(System.getProperty("journeyboard.jar.max-bytes"));
        assertThat(Files.size(home.resolve("lib/journeyboard.jar"))).isBetween(1_000_000L, limit);
        assertThat(home.resolve("LICENSE")).content().contains("Apache License");
        assertThat(home.resolve("licenses/THIRD-PARTY.txt"))
                .content()
                .contains("H2 Database Engine", "io.javalin:javalin", "onnx-runtime")
                .doesNotContain("junit", "assertj");
        assertThat(home.resolve("licenses/onnxruntime-jar/ThirdPartyNotices.txt"))
                .isRegularFile();
        assertThat(home.resolve("docs/operations.md")).isRegularFile();
    }

    @Test
    void theContainerRecipeCopiesTheReleaseAndStartsItsLauncherWithSettingsServeKnows() throws Exception {
        String dockerfile = Files.readString(home.resolve("Dockerfile"));
        Matcher entrypoint = Pattern.compile("ENTRYPOINT \\[\"/opt/journeyboard/([^\"]+)\", \"serve\"]")
                .matcher(dockerfile);

        assertThat(dockerfile).contains("COPY --chown=root:root . /opt/journeyboard");
        assertThat(entrypoint.find()).isTrue();
        assertThat(home.resolve(entrypoint.group(1))).isExecutable();
        String help = run(List.of("serve", "--help"), Map.of()).output();
        Matcher variable = Pattern.compile("JOURNEYBOARD_([A-Z_]+)=").matcher(dockerfile);
        List<String> settings = new ArrayList<>();
        while (variable.find()) {
            settings.add("--" + variable.group(1).toLowerCase().replace('_', '-'));
        }
        assertThat(settings).isNotEmpty();
        assertThat(help).contains(settings);
    }

    @Test
    void theLauncherPrintsTheVersionWithOnlyAJavaRuntime() throws Exception {
        Finished version = run(List.of("--version"), Map.of());

        assertThat(version.exitCode()).as(version.output()).isZero();
        assertThat(version.output()).contains("journeyboard " + System.getProperty("journeyboard.version"));
    }

    @Test
    void serveStartsFromTheEnvironmentAnswersReadyLogsJsonLinesAndStopsOnTerm() throws Exception {
        Path data = unpacked.resolve("data");
        Path log = unpacked.resolve("serve.log");
        Process serve = start(
                List.of("serve"),
                Map.of(
                        "JOURNEYBOARD_PORT",
                        "0",
                        "JOURNEYBOARD_DATA",
                        data.toString(),
                        "JOURNEYBOARD_LOG_FORMAT",
                        "json"),
                log);
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String address = null;
            StringBuilder seen = new StringBuilder();
            for (String line = out.readLine(); line != null && address == null; line = out.readLine()) {
                seen.append(line).append('\n');
                Matcher open = Pattern.compile("Open (http://localhost:\\d+/)").matcher(line);
                address = open.find() ? open.group(1) : null;
            }
            assertThat(address).as(seen.toString()).isNotNull();
            HttpResponse<String> ready = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(address + "health/ready"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(Files.exists(data.resolve("journeyboard.mv.db"))).isTrue();
            serve.destroy();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(serve.exitValue()).isIn(0, 143);
            List<String> lines = Files.readAllLines(log);
            ObjectMapper json = new ObjectMapper();
            assertThat(lines).isNotEmpty();
            for (String line : lines) {
                assertThat(json.readTree(line).get("level")).as(line).isNotNull();
            }
            assertThat(lines)
                    .anyMatch(line -> line.contains("event=request method=GET path=\\/health\\/ready status=200"));
        } finally {
            serve.destroyForcibly();
        }
    }

    private record Finished(int exitCode, String output) {}

    private static Finished run(List<String> args, Map<String, String> environment) throws Exception {
        Process process = start(args, environment, null);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Finished(process.exitValue(), output);
    }

    /**
     * The launcher in a bare environment: a PATH without Maven, JAVA_HOME to this test's Java, a fresh
     * HOME; its stderr into {@code stderr}, or mixed with stdout when null.
     */
    private static Process start(List<String> args, Map<String, String> environment, Path stderr) throws IOException {
        List<String> command =
                new ArrayList<>(List.of(home.resolve("bin/journeyboard").toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(unpacked.toFile());
        if (stderr == null) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(stderr.toFile());
        }
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", Files.createDirectories(unpacked.resolve("home")).toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.putAll(environment);
        return builder.start();
    }
}
