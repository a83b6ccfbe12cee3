package io.journeyboard.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/openapi.yaml against the real server: the same routes both ways, and every example valid. */
class OpenApiSpecTest {

    private static final Path SPEC = Path.of("..", "docs", "openapi.yaml");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @TempDir
    static Path data;

    private static Backend backend;
    private static TestServer server;
    private static JsonNode spec;

    @BeforeAll
    static void start() throws IOException {
        backend = Backend.h2(data);
        server = backend.start();
        spec = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(SPEC));
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void everyRouteIsInTheSpecAndEverySpecOperationIsRouted() {
        Set<String> routed = server.server().routes().stream()
                .map(r -> r.method().name() + " " + r.path())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> specified = new TreeSet<>();
        spec.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
                    if (METHODS.contains(method)) {
                        specified.add(method.toUpperCase() + " " + path.getKey());
                    }
                }));

        assertThat(specified).isEqualTo(routed);
    }

    @Test
    void servedSpecIsTheDocumentInDocs() throws IOException {
        var served = server.anonymous().get("/api/v1/openapi.yaml");

        assertThat(served.status()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(Files.readString(SPEC));
        assertThat(spec.get("openapi").asText()).startsWith("3.1");
    }

    @Test
    void everyExampleValidatesAgainstItsSchema() {
        List<String> checked = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        collectExamples(spec, "", checked, failures);

        assertThat(failures).isEmpty();
        assertThat(checked).hasSizeGreaterThan(30);
    }

    /**
     * Walks the document; wherever a node has a schema and an example (media types, parameters), validates one
     * against the other.
     */
    private static void collectExamples(JsonNode node, String where, List<String> checked, List<String> failures) {
        if (node.isObject()) {
            JsonNode schema = node.get("schema");
            if (schema != null && node.has("example")) {
                validate(schema, node.get("example"), where, checked, failures);
            }
            if (schema != null && node.has("examples")) {
                node.get("examples")
                        .fields()
                        .forEachRemaining(e -> validate(
                                schema, e.getValue().get("value"), where + "/" + e.getKey(), checked, failures));
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                collectExamples(field.getValue(), where + "/" + field.getKey(), checked, failures);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectExamples(node.get(i), where + "/" + i, checked, failures);
            }
        }
    }

    private static void validate(
            JsonNode schema, JsonNode example, String where, List<String> checked, List<String> failures) {
        // The schema is placed inside a copy of the whole document, so its $refs to #/components resolve.
        ObjectNode document = spec.deepCopy();
        document.putObject("$defs").set("target", schema);
        document.put("$ref", "#/$defs/target");
        JsonSchema validator =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(document);
        Set<ValidationMessage> messages = validator.validate(example);
        checked.add(where);
        if (!messages.isEmpty()) {
            failures.add(where + ": " + messages);
        }
    }
}
