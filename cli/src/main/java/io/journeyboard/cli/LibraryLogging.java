package io.journeyboard.cli;

/**
 * Keeps the logging façades of the libraries under the commands (SLF4J from the tokenizer,
 * Log4j API from POI) from printing "no provider" warnings into a user's terminal. The command line
 * commands that call this have no log output of their own (serve, which logs, does not), so it picks
 * the no-op providers, unless the user chose others.
 */
public final class LibraryLogging {

    private LibraryLogging() {}

    public static void silence() {
        setIfAbsent("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        // SLF4J announces an explicitly chosen provider at INFO level; only its warnings matter here
        setIfAbsent("slf4j.internal.verbosity", "WARN");
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
