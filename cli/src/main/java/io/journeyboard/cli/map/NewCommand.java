package io.journeyboard.cli.map;

import io.journeyboard.model.template.Template;
import io.journeyboard.model.template.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code journeyboard new --template NAME -o FILE}: starts a map file from a template. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Create a map file from a template.")
public final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-t", "--template"},
            required = true,
            paramLabel = "NAME",
            description = "Template name; see 'journeyboard templates'.")
    String templateName;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "FILE",
            description = "The map file to write (.json or .mmd).")
    Path output;

    @Option(names = "--force", description = "Overwrite FILE when it exists.")
    boolean force;

    @Override
    public Integer call() {
        Templates templates = new Templates();
        Template template = templates
                .find(templateName)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        "unknown template '" + templateName + "'; choose one of: "
                                + templates.list().stream().map(Template::name).collect(Collectors.joining(", "))));
        MapFiles.kindOf(output);
        if (Files.exists(output) && !force) {
            throw new IllegalArgumentException(
                    output + " exists already; choose another file or add --force to overwrite it");
        }
        for (String warning : new MapFiles().write(templates.load(template), output)) {
            spec.commandLine().getErr().println("warning: " + warning);
        }
        spec.commandLine()
                .getOut()
                .println(
                        "Wrote " + output + " from the '" + template.name() + "' template (" + template.title() + ").");
        return 0;
    }
}
