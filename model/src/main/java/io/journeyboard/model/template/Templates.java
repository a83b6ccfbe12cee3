package io.journeyboard.model.template;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyboard.model.format.FormatException;
import io.journeyboard.model.format.WorkspaceJson;
import io.journeyboard.model.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The templates shipped inside the jar, listed in {@code template/index.json}; each one is a
 * Journeyboard file beside it, named after the template.
 */
public final class Templates {

    private static final String FOLDER = "/io/journeyboard/model/template/";

    private final List<Template> all;
    private final WorkspaceJson json = new WorkspaceJson();

    public Templates() {
        try (InputStream in = resource("index.json")) {
            all = List.copyOf(new ObjectMapper().readValue(in, new TypeReference<List<Template>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException("the template index in the jar cannot be read", e);
        }
    }

    public List<Template> list() {
        return all;
    }

    public Optional<Template> find(String name) {
        return all.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The template's workspace, fresh from the jar. */
    public Workspace load(Template template) {
        String file = template.name() + ".json";
        try (InputStream in = resource(file)) {
            return json.read(in.readAllBytes(), "template " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("template " + file + " cannot be read from the jar", e);
        } catch (FormatException e) {
            throw new IllegalStateException("template " + file + " in the jar is broken: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Templates.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("missing resource " + FOLDER + name);
        }
        return in;
    }
}
