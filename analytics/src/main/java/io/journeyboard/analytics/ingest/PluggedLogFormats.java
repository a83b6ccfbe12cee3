package io.journeyboard.analytics.ingest;

import io.journeyboard.problems.BadInputException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/** The formats other modules plug in, and the one place that says which file names they claim. */
public final class PluggedLogFormats {

    /** Formats a build without their module still recognises, to say what is missing rather than misread. */
    private static final List<String> KNOWN = List.of("parquet");

    private static final List<PluggedLogFormat> LOADED = ServiceLoader.load(PluggedLogFormat.class).stream()
            .map(ServiceLoader.Provider::get)
            .toList();

    private PluggedLogFormats() {}

    /** The plugged format that reads {@code fileName}, if its suffix names one; refuses one not installed. */
    public static Optional<PluggedLogFormat> forName(String fileName, String file) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (PluggedLogFormat format : LOADED) {
            if (name.endsWith("." + format.name())) {
                return Optional.of(format);
            }
            if (name.endsWith("." + format.name() + ".gz")) {
                throw BadInputException.whole(
                        file,
                        "a gzipped " + format.name() + " file",
                        format.name() + " compresses inside the file: give it without the .gz around it");
            }
        }
        for (String known : KNOWN) {
            if (name.endsWith("." + known) || name.endsWith("." + known + ".gz")) {
                throw BadInputException.whole(
                        file,
                        "this build reads no " + known + " files",
                        "use the journeyboard jar, which includes the " + known + " reader, or convert the log to CSV");
            }
        }
        return Optional.empty();
    }

    /** The suffixes of the installed plugged formats, such as {@code parquet}. */
    public static List<String> suffixes() {
        return LOADED.stream().map(PluggedLogFormat::name).toList();
    }
}
