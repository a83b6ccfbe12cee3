package io.journeyboard.cli.export;

/**
 * Keeps POI's logging façade (Log4j API) from printing its "no logging provider" complaint into a
 * user's terminal when a spreadsheet is written or read, by choosing its no-frills provider unless
 * the user chose another. It must run before POI is first used.
 */
final class QuietLibraries {

    private static final String LOG4J_FACTORY = "log4j2.loggerContextFactory";

    private QuietLibraries() {
    }

    static void silence() {
        if (System.getProperty(LOG4J_FACTORY) == null) {
            System.setProperty(LOG4J_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }
}
