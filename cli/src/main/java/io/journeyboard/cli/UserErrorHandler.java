package io.journeyboard.cli;

import io.journeyboard.problems.BadInputException;
import io.journeyboard.problems.Setting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Turns an exception thrown by a command into one line on stderr and exit code 1. A user never sees a
 * stack trace; set {@code JOURNEYBOARD_DEBUG=1} to get one when reporting a bug. Bad input is phrased
 * here, the CLI's one place for it: a setting to change is the command's flag, {@code --case NAME}.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {

    /** A setting of an import is the flag of the same name. */
    static final Setting.Wording FLAG = setting -> "--" + setting.name() + " " + setting.value();

    @Override
    public int handleExecutionException(Exception ex, CommandLine line, CommandLine.ParseResult parseResult) {
        line.getErr().println("error: " + describe(ex));
        if (System.getenv("JOURNEYBOARD_DEBUG") != null) {
            ex.printStackTrace(line.getErr());
        }
        return 1;
    }

    static String describe(Throwable ex) {
        Throwable cause = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (cause instanceof BadInputException bad) {
            return bad.describe(FLAG);
        }
        if (cause instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file";
        }
        if (cause instanceof IOException io && io.getMessage() != null) {
            return io.getMessage();
        }
        return cause.getMessage() != null
                ? cause.getMessage()
                : cause.getClass().getSimpleName();
    }
}
