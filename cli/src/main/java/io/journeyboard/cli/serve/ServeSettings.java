package io.journeyboard.cli.serve;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where {@code serve}'s options come from when the command line does not give them: first an
 * environment variable ({@code --max-request-mb} is {@code JOURNEYBOARD_MAX_REQUEST_MB}), then the
 * settings file ({@code max-request-mb = 8}), then the option's built-in default. Every option is
 * reachable all three ways, so an operator configures a container by environment and a host by file.
 */
final class ServeSettings implements CommandLine.IDefaultValueProvider {

    static final String PREFIX = "JOURNEYBOARD_";
    static final String CONFIG_OPTION = "config";

    private final Map<String, String> environment;
    private final Supplier<Path> file;
    private Map<String, String> fileSettings;

    /** {@code file} is asked once, after the command line is parsed: the --config option may name it. */
    ServeSettings(Map<String, String> environment, Supplier<Path> file) {
        this.environment = environment;
        this.file = file;
    }

    /** The environment variable that sets an option given by its long name without dashes. */
    static String variable(String setting) {
        return PREFIX + setting.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** An option's long name without its dashes: the name used in the settings file. */
    static String setting(OptionSpec option) {
        return option.longestName().replaceFirst("^-+", "");
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || option.usageHelp() || option.versionHelp()) {
            return null;
        }
        String name = setting(option);
        String fromEnvironment = environment.get(variable(name));
        if (fromEnvironment != null || name.equals(CONFIG_OPTION)) {
            return fromEnvironment;
        }
        try {
            return fileSettings(option.command().optionsMap().keySet()).get(name);
        } catch (SettingsException e) {
            // as a usage error, picocli shows the message alone instead of wrapping it in its own
            throw new CommandLine.ParameterException(option.command().commandLine(), e.getMessage(), e, option, null);
        }
    }

    private Map<String, String> fileSettings(Set<String> optionNames) {
        if (fileSettings == null) {
            Path path = file.get();
            fileSettings = path == null ? Map.of() : read(path, optionNames);
        }
        return fileSettings;
    }

    /** Lines of {@code name = value}; blank lines and lines starting with # are skipped. */
    static Map<String, String> read(Path path, Set<String> optionNames) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SettingsException(path + ": no such settings file; give an existing file with --config or "
                    + variable(CONFIG_OPTION));
        } catch (MalformedInputException e) {
            throw new SettingsException(path + ": is not UTF-8 text; save the settings file as UTF-8");
        } catch (IOException e) {
            throw new SettingsException(path + ": cannot be read (" + e.getMessage() + ")");
        }
        Map<String, String> settings = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            String where = path + " line " + (i + 1);
            if (equals < 1) {
                throw new SettingsException(where + ": expected 'name = value', got '" + line + "'");
            }
            String name = line.substring(0, equals).strip();
            if (name.equals(CONFIG_OPTION) || !optionNames.contains("--" + name)) {
                throw new SettingsException(where + ": '" + name + "' is not a setting of serve; the settings are "
                        + String.join(", ", known(optionNames)));
            }
            settings.put(name, line.substring(equals + 1).strip());
        }
        return settings;
    }

    private static List<String> known(Set<String> optionNames) {
        return optionNames.stream()
                .filter(n -> n.startsWith("--"))
                .map(n -> n.substring(2))
                .filter(n -> !Set.of("help", "version", CONFIG_OPTION).contains(n))
                .sorted()
                .toList();
    }

    /** A settings file that cannot be used; the message names the file and line. */
    static final class SettingsException extends RuntimeException {
        SettingsException(String message) {
            super(message);
        }
    }
}
