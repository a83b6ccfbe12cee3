package io.journeyboard.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeSettingsTest {

    @TempDir
    Path dir;

    @Test
    void theCommandLineWinsThenTheEnvironmentThenTheSettingsFile() throws Exception {
        Path file = Files.writeString(dir.resolve("journeyboard.properties"), """
                # an operator's settings
                port = 9001
                max-request-mb = 16
                data = /srv/from-file
                """);
        ServeCommand serve = parse(
                Map.of("JOURNEYBOARD_PORT", "9002", "JOURNEYBOARD_DATA", "/srv/from-env"),
                "--config",
                file.toString(),
                "--data",
                "/srv/from-args");

        assertThat(serve.data).isEqualTo(Path.of("/srv/from-args"));
        assertThat(serve.port).isEqualTo(9002);
        assertThat(serve.maxRequestMb).isEqualTo(16);
    }

    @Test
    void theSettingsFileMayBeNamedByTheEnvironment() throws Exception {
        Path file = Files.writeString(dir.resolve("settings"), "max-request-mb=32\n");

        ServeCommand serve = parse(Map.of("JOURNEYBOARD_CONFIG", file.toString()));

        assertThat(serve.maxRequestMb).isEqualTo(32);
        assertThat(serve.port).isEqualTo(8080);
    }

    @Test
    void anUnknownSettingIsRefusedWithItsFileAndLineAndTheKnownNames() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.properties"), "port = 9001\n\nprot = 9002\n");

        String err = usageError(Map.of(), "--config", file.toString());

        assertThat(err)
                .startsWith(file + " line 3: 'prot' is not a setting of serve; the settings are ")
                .contains("data, db-url, host, max-connections-per-address, max-request-mb, open-sign-up, port, "
                        + "secure-cookies, smtp-from, smtp-host, smtp-port\n")
                .doesNotContain("Exception");
    }

    @Test
    void aLineWithoutEqualsSignIsRefusedWithItsLine() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.properties"), "port 9001\n");

        assertThat(usageError(Map.of(), "--config", file.toString()))
                .startsWith(file + " line 1: expected 'name = value', got 'port 9001'\n");
    }

    @Test
    void aMissingSettingsFileIsNamed() {
        Path missing = dir.resolve("nowhere.properties");

        assertThat(usageError(Map.of("JOURNEYBOARD_CONFIG", missing.toString())))
                .contains(missing + ": no such settings file");
    }

    @Test
    void hostDefaultsToLoopbackAndHostAndSecureCookiesComeFromTheEnvironmentLikeEveryOption() {
        ServeCommand plain = parse(Map.of());
        ServeCommand behindTls = parse(Map.of("JOURNEYBOARD_HOST", "0.0.0.0", "JOURNEYBOARD_SECURE_COOKIES", "true"));

        assertThat(plain.host).isEqualTo("127.0.0.1");
        assertThat(plain.secureCookies).isFalse();
        assertThat(behindTls.host).isEqualTo("0.0.0.0");
        assertThat(behindTls.secureCookies).isTrue();
    }

    @Test
    void aBadValueFromTheEnvironmentIsAUsageError() {
        assertThat(usageError(Map.of("JOURNEYBOARD_PORT", "eighty")))
                .contains("--port")
                .contains("eighty");
    }

    @Test
    void everyOptionOfServeIsInTheOperatorsTableWithItsVariableAndSettingName() throws Exception {
        String operations = Files.readString(Path.of("..", "docs", "operations.md"));
        CommandLine line = new CommandLine(new ServeCommand(Map.of()));

        for (CommandLine.Model.OptionSpec option : line.getCommandSpec().options()) {
            if (option.usageHelp() || option.versionHelp()) {
                continue;
            }
            String setting = ServeSettings.setting(option);
            assertThat(operations)
                    .as("docs/operations.md names " + option.longestName())
                    .contains("| `" + option.longestName() + "` | `" + ServeSettings.variable(setting) + "` |");
        }
    }

    private static ServeCommand parse(Map<String, String> environment, String... args) {
        ServeCommand serve = new ServeCommand(environment);
        CommandLine line = new CommandLine(serve);
        line.setDefaultValueProvider(serve.settings());
        line.parseArgs(args);
        return serve;
    }

    private static String usageError(Map<String, String> environment, String... args) {
        ServeCommand serve = new ServeCommand(environment);
        CommandLine line = new CommandLine(serve);
        line.setDefaultValueProvider(serve.settings());
        StringWriter err = new StringWriter();
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        assertThat(code).as(err.toString()).isEqualTo(2);
        return err.toString();
    }
}
