package io.journeyboard.spark;

import io.journeyboard.analytics.funnel.StageMapping;
import io.journeyboard.analytics.log.LogColumnMapping;
import io.journeyboard.analytics.log.LogColumnRole;
import io.journeyboard.analytics.log.OnError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The job's arguments, named as {@code journeyboard analyze} names them: {@code LOG [--case COL] [--activity COL]
 * [--time COL] [--channel COL] [--stage COL] [--resource COL] [--score COL] [--text COL] [--delimiter CHAR]
 * [--stages FILE] [--top N] [--on-error fail|skip] [-o FILE] [--master URL]}. {@code --master} is for a run
 * outside spark-submit; the stage file is read on the driver.
 */
public record JobOptions(
        String log,
        LogColumnMapping mapping,
        Character delimiter,
        StageMapping stages,
        int top,
        OnError onError,
        String output,
        String master) {

    private static final Map<String, LogColumnRole> ROLE_FLAGS = Map.of(
            "--case",
            LogColumnRole.CASE,
            "--activity",
            LogColumnRole.ACTIVITY,
            "--time",
            LogColumnRole.TIME,
            "--channel",
            LogColumnRole.CHANNEL,
            "--stage",
            LogColumnRole.STAGE,
            "--resource",
            LogColumnRole.RESOURCE,
            "--score",
            LogColumnRole.SCORE,
            "--text",
            LogColumnRole.TEXT);

    public static JobOptions parse(String[] args) throws IOException {
        Map<LogColumnRole, String> given = new EnumMap<>(LogColumnRole.class);
        List<String> positional = new ArrayList<>();
        Character delimiter = null;
        StageMapping stages = null;
        int top = 10;
        OnError onError = OnError.FAIL;
        String output = null;
        String master = null;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (!flag.startsWith("-")) {
                positional.add(flag);
                continue;
            }
            String value = valueAfter(args, i++);
            switch (flag) {
                case "--delimiter" -> delimiter = delimiter(value);
                case "--stages" -> stages = StageMapping.read(Path.of(value));
                case "--top" -> top = positiveNumber(flag, value);
                case "--on-error" -> onError = onError(value);
                case "-o", "--output" -> output = value;
                case "--master" -> master = value;
                default -> {
                    LogColumnRole role = ROLE_FLAGS.get(flag);
                    if (role == null) {
                        throw new IllegalArgumentException("unknown option " + flag + "; the options are "
                                + ROLE_FLAGS.keySet().stream().sorted().toList()
                                + ", --delimiter, --stages, --top, --on-error, -o, --master");
                    }
                    given.put(role, value);
                }
            }
        }
        if (positional.size() != 1) {
            throw new IllegalArgumentException("give one LOG (a file, directory or Hadoop URI), not " + positional);
        }
        return new JobOptions(
                positional.get(0),
                new LogColumnMapping(given, List.of()),
                delimiter,
                stages,
                top,
                onError,
                output,
                master);
    }

    private static String valueAfter(String[] args, int i) {
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException(args[i] + " needs a value");
        }
        return args[i + 1];
    }

    private static Character delimiter(String value) {
        String text = value.equals("\\t") ? "\t" : value;
        if (text.length() != 1) {
            throw new IllegalArgumentException("--delimiter takes one character, not \"" + value + "\"");
        }
        return text.charAt(0);
    }

    private static int positiveNumber(String flag, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the flag
        }
        throw new IllegalArgumentException(flag + " takes a whole number above 0, not \"" + value + "\"");
    }

    private static OnError onError(String value) {
        try {
            return OnError.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--on-error is fail or skip, not \"" + value + "\"");
        }
    }
}
