package io.journeyboard.cli.map;

import io.journeyboard.model.format.FormatException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journeyboard convert IN OUT}: JSON to Mermaid and back, by file extension. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = "Convert a map between Journeyboard JSON (.json) and Mermaid journey (.mmd), by file extension.")
public final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The map to read.")
    Path input;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write.")
    Path output;

    @Override
    public Integer call() throws FormatException {
        MapFiles files = new MapFiles();
        MapFiles.kindOf(output);
        var workspace = files.read(input);
        for (String warning : files.write(workspace, output)) {
            spec.commandLine().getErr().println("warning: " + warning);
        }
        spec.commandLine().getOut().println("Wrote " + output);
        return 0;
    }
}
