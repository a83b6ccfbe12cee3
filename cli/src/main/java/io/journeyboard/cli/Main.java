package io.journeyboard.cli;

/** Entry point of the {@code journeyboard} jar: builds the command tree and exits with its code. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code: 0 success, 1 failure, 2 usage error. */
    public static int run(String... args) {
        return JourneyboardCommand.commandLine().execute(args);
    }
}
