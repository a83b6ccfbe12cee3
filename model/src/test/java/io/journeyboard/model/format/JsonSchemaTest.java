package io.journeyboard.model.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.journeyboard.model.fixture.SampleWorkspace;
import io.journeyboard.model.template.Template;
import io.journeyboard.model.template.Templates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The published JSON Schema in docs/ agrees with what the reader and writer do. */
class JsonSchemaTest {

    private static final Path SCHEMA = Path.of("..", "docs", "journeyboard.schema.json");

    private final ObjectMapper mapper = new ObjectMapper();
    private final WorkspaceJson json = new WorkspaceJson();
    private final JsonSchema schema =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(read(SCHEMA));

    @Test
    void writtenWorkspacesConformToTheSchema() throws Exception {
        assertThat(errors(json.write(SampleWorkspace.workspace()))).isEmpty();
        Templates templates = new Templates();
        for (Template template : templates.list()) {
            assertThat(errors(json.write(templates.load(template))))
                    .as(template.name())
                    .isEmpty();
        }
    }

    @Test
    void schemaRefusesWhatTheReaderRefuses() throws Exception {
        String written = json.write(SampleWorkspace.workspace());
        String unknownField = written.replace("\"goal\" :", "\"colour\" : \"red\", \"goal\" :");
        String badEnum = written.replace("\"kind\" : \"kpis\"", "\"kind\" : \"feelings\"");
        String newer = written.replace("\"formatVersion\" : 2", "\"formatVersion\" : 3");

        assertThat(errors(unknownField)).isNotEmpty();
        assertThat(errors(badEnum)).isNotEmpty();
        assertThat(errors(newer)).isNotEmpty();
    }

    private Set<ValidationMessage> errors(String document) throws Exception {
        return schema.validate(mapper.readTree(document));
    }

    private JsonNode read(Path file) {
        try {
            return mapper.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
