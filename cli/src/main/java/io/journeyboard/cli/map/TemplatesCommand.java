package io.journeyboard.cli.map;

import io.journeyboard.model.template.Template;
import io.journeyboard.model.template.Templates;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code journeyboard templates}: lists the journeys a new map can start from. */
@Command(name = "templates", mixinStandardHelpOptions = true, description = "List the journey templates.")
public final class TemplatesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        for (Template template : new Templates().list()) {
            out.printf("%-20s %s%n%-20s %s%n", template.name(), template.title(), "", template.description());
        }
        out.flush();
    }
}
