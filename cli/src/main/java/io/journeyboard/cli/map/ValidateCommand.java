package io.journeyboard.cli.map;

import io.journeyboard.model.format.FormatException;
import io.journeyboard.model.validation.Problem;
import io.journeyboard.model.validation.WorkspaceValidator;
import io.journeyboard.model.workspace.Workspace;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code journeyboard validate FILE...}: checks map files and lists every problem of each. Exits 0
 * when all are valid, 1 when any has a problem.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check map files and list every problem.")
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Map files (.json or .mmd).")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MapFiles mapFiles = new MapFiles();
        WorkspaceValidator validator = new WorkspaceValidator();
        int invalid = 0;
        for (Path file : files) {
            List<String> problems = problemsOf(file, mapFiles, validator);
            if (problems.isEmpty()) {
                out.println(file + ": valid");
            } else {
                invalid++;
                err.println(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
                problems.forEach(problem -> err.println("  " + problem));
            }
        }
        out.flush();
        err.flush();
        return invalid == 0 ? 0 : 1;
    }

    private static List<String> problemsOf(Path file, MapFiles mapFiles, WorkspaceValidator validator) {
        try {
            Workspace workspace = mapFiles.read(file);
            return validator.validate(workspace).stream().map(Problem::toString).toList();
        } catch (FormatException e) {
            return List.of(e.getMessage());
        } catch (UncheckedIOException e) {
            return List.of(
                    e.getCause() instanceof NoSuchFileException
                            ? file + ": no such file"
                            : file + ": " + e.getCause().getMessage());
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
    }
}
