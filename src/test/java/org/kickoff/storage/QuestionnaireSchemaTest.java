package org.kickoff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kickoff.Fixtures;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.ReferenceSource;

/** The JSON Schema of the questionnaire format says what the reader accepts, checked by a real validator. */
class QuestionnaireSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private static JsonNode schemaNode() throws Exception {
        return JSON.readTree(Fixtures.resource("/schema/questionnaire.schema.json"));
    }

    private static Set<String> errors(String json) throws Exception {
        JsonSchema schema = FACTORY.getSchema(schemaNode());
        Set<String> messages = new TreeSet<>();
        for (ValidationMessage message : schema.validate(JSON.readTree(json))) {
            messages.add(message.getMessage());
        }
        return messages;
    }

    private static String resource(String path) {
        return new String(Fixtures.resource(path), StandardCharsets.UTF_8);
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() throws Exception {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        Set<ValidationMessage> problems = meta.validate(schemaNode());
        assertEquals(Set.of(), problems);
        assertEquals("https://json-schema.org/draft/2020-12/schema", schemaNode().get("$schema").asText());
    }

    @Test
    void theBuiltInAndTheMiniQuestionnaireAreValid() throws Exception {
        assertEquals(Set.of(), errors(resource("/questionnaires/kickoff-python-backend.json")));
        assertEquals(Set.of(), errors(resource("/fixtures/mini-questionnaire.json")));
        // what Kickoff writes is valid too, not only what people typed
        assertEquals(Set.of(), errors(new String(new QuestionnaireWriter().write(Fixtures.builtIn()),
                StandardCharsets.UTF_8)));
    }

    @Test
    void whatTheReaderRefusesTheSchemaRefusesToo() throws Exception {
        String mini = resource("/fixtures/mini-questionnaire.json");
        String[] broken = {
            mini.replace("\"visibleIf\": \"first.containers == yes\"", "\"visibleif\": \"first.containers == yes\""),
            mini.replace("\"type\": \"list\"", "\"type\": \"table\""),
            mini.replace("\"id\": \"first.containers\"", "\"id\": \"First Containers\""),
            mini.replace("\"riskIfUnanswered\": \"medium\"", "\"riskIfUnanswered\": \"urgent\""),
            mini.replace("\"factor\": \"VI\"", "\"factor\": \"XIII\""),
            mini.replace("\"formatVersion\": 1", "\"formatVersion\": 2"),
        };
        for (String json : broken) {
            assertFalse(errors(json).isEmpty(), json);
            assertThrows(ProblemException.class, () -> new QuestionnaireReader().read(json.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void aChoiceNeedsOptionsAndAListNeedsColumns() throws Exception {
        String mini = resource("/fixtures/mini-questionnaire.json");
        for (String json : new String[] {
            mini.replace("{\"id\": \"first.containers\", \"type\": \"yesno\"",
                    "{\"id\": \"first.containers\", \"type\": \"single\""),
            mini.replace("\"type\": \"longtext\"", "\"type\": \"list\"")}) {
            Set<String> errors = errors(json);
            assertTrue(errors.stream().anyMatch(e -> e.contains("options") || e.contains("columns")), errors.toString());
            assertThrows(ProblemException.class, () -> new QuestionnaireReader().read(json.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void theSchemaAndTheReaderAgreeOnEveryReference() throws Exception {
        String mini = resource("/fixtures/mini-questionnaire.json");
        String factor = "\"factor\": \"VI\"";
        List<String> sources = new java.util.ArrayList<>(java.util.Arrays.stream(ReferenceSource.values())
                .map(ReferenceSource::fileName).toList());
        sources.add("owasp");
        String[] items = {"III", "XIII", "iii", "A01:2025", "A10:2025", "A11:2025", "A01:2021", "API4:2023",
            "API10:2023", "API11:2023", "V8", "V8.2.2", "V17", "V18", "V8.2.2.1", "V0", "REL09", "REL9", "OPS04",
            "SEC10", "FOO01", "26", "34", "35", "E", "G", "33", "5(1)(e)", "5(e)", "33(1)", "Art. 33", "99", "100", "173", "174",
            "9", "12", "13", "0", ""};
        int accepted = 0;
        for (String source : sources) {
            for (String item : items) {
                String json = mini.replace(factor, "\"references\": [{\"source\": \"" + source + "\", \"item\": \""
                        + item + "\"}]");
                boolean schema = errors(json).isEmpty();
                boolean reader = true;
                try {
                    new QuestionnaireReader().read(json.getBytes(StandardCharsets.UTF_8));
                } catch (ProblemException e) {
                    reader = false;
                }
                assertEquals(reader, schema, source + " " + item);
                accepted += reader ? 1 : 0;
            }
        }
        assertEquals(40, accepted, "the samples cover good and bad items of every source");
    }

    @Test
    void catalogSchemaPrintsThisSchema() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        int code = org.kickoff.cli.KickoffCommand.run(new String[] {"catalog", "--schema"},
                new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()));
        assertEquals(0, code);
        assertEquals(schemaNode(), JSON.readTree(out.toString()));
    }
}
