package io.journeyboard.render.examples;

import io.journeyboard.model.fixture.DecoratedSampleWorkspace;
import io.journeyboard.model.persona.Persona;
import io.journeyboard.model.template.Template;
import io.journeyboard.model.template.Templates;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.render.ExportFormat;
import io.journeyboard.render.MapRenderer;
import io.journeyboard.render.RenderOptions;
import io.journeyboard.render.bench.LargeMap;
import io.journeyboard.render.canvas.pdf.PageFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Exports the sample workspace, the benchmark's large map and every shipped template in every picture format into a
 * folder,
 * to look at them (PDF pages through {@code pdftoppm}) and to refresh {@code docs/examples}:
 * {@code ./mvnw -q -pl render exec:java -Dexec.mainClass=io.journeyboard.render.examples.ExampleExports
 * -Dexec.classpathScope=test -Dexec.args=target/examples}
 */
public final class ExampleExports {

    private ExampleExports() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/examples");
        Files.createDirectories(folder);
        Map<String, Workspace> workspaces = new LinkedHashMap<>();
        workspaces.put("sample", DecoratedSampleWorkspace.workspace());
        workspaces.put("large", LargeMap.workspace());
        Templates templates = new Templates();
        for (Template template : templates.list()) {
            workspaces.put(template.name(), templates.load(template));
        }
        MapRenderer renderer = new MapRenderer();
        for (Map.Entry<String, Workspace> entry : workspaces.entrySet()) {
            String name = entry.getKey();
            Workspace workspace = entry.getValue();
            RenderOptions options = RenderOptions.defaults();
            write(
                    folder.resolve(name + ".svg"),
                    out -> renderer.render(workspace, null, ExportFormat.SVG, options, out));
            write(
                    folder.resolve(name + ".png"),
                    out -> renderer.render(workspace, null, ExportFormat.PNG, options, out));
            write(
                    folder.resolve(name + ".pdf"),
                    out -> renderer.render(workspace, null, ExportFormat.PDF, options, out));
            write(
                    folder.resolve(name + "-a3.pdf"),
                    out -> renderer.render(workspace, null, ExportFormat.PDF, options.withPage(PageFormat.A3), out));
            for (Persona persona : workspace.personas()) {
                write(
                        folder.resolve(name + "-persona-" + persona.id() + ".png"),
                        out -> renderer.renderPersona(
                                workspace, persona.id(), ExportFormat.PNG, options.withScale(1.5), out));
            }
            System.out.println("exported " + name);
        }
    }

    private interface Export {
        void to(OutputStream out) throws IOException;
    }

    private static void write(Path file, Export export) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            export.to(out);
        }
    }
}
