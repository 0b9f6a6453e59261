package org.kickoff.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import org.kickoff.domain.Problem;
import org.kickoff.domain.ProblemException;

/**
 * Brings project files of older format versions up to the current one, one major version at a time, on
 * the JSON tree before it is read. Each step is kept forever so that old files keep opening.
 */
final class Migrations {

    private Migrations() {
    }

    static JsonNode migrate(ObjectNode tree, int fromMajor) throws ProblemException {
        ObjectNode current = tree.deepCopy();
        for (int major = fromMajor; major < ProjectFileReader.MAJOR; major++) {
            if (major == 0) {
                current = fromPreview(current);
            } else {
                throw new ProblemException(Problem.at("$.formatVersion", "project.bad-version", major + ".x"));
            }
        }
        return current;
    }

    /**
     * Format 0.x (the preview) kept the questionnaire as {@code "id@version"}, the project fields at the top
     * level, answers as a list of {@code {"question": id, ...}} and "na" for not applicable.
     */
    private static ObjectNode fromPreview(ObjectNode old) throws ProblemException {
        ObjectNode migrated = old.objectNode();
        migrated.put("format", ProjectFileReader.FORMAT);
        migrated.put("formatVersion", "1.0");
        JsonNode refNode = old.path("questionnaire");
        if (refNode.isObject()) {
            // a current file whose version was set back: saying its reference is wrong would mislead
            throw new ProblemException(Problem.at("$.formatVersion", "project.not-preview",
                    old.path("formatVersion").asText("")));
        }
        if (!refNode.isTextual()) {
            throw new ProblemException(Problem.at("$.questionnaire", "json.expected-string", JsonObject.kind(refNode)));
        }
        String ref = refNode.asText("");
        int at = ref.indexOf('@');
        if (at <= 0) {
            throw new ProblemException(Problem.at("$.questionnaire", "project.bad-reference", ref));
        }
        ObjectNode questionnaire = migrated.putObject("questionnaire");
        questionnaire.put("id", ref.substring(0, at));
        questionnaire.put("version", ref.substring(at + 1));
        ObjectNode project = migrated.putObject("project");
        for (String field : new String[] {"name", "description", "authors", "created", "modified"}) {
            if (old.has(field)) {
                project.set(field, old.get(field));
            }
        }
        ObjectNode answers = migrated.putObject("answers");
        JsonNode list = old.path("answers");
        if (!list.isArray()) {
            throw new ProblemException(Problem.at("$.answers", "json.expected-array", JsonObject.kind(list)));
        }
        int index = 0;
        for (JsonNode item : list) {
            if (!item.isObject() || !item.path("question").isTextual()) {
                throw new ProblemException(Problem.at("$.answers[" + index + "].question", "json.missing"));
            }
            ObjectNode answer = ((ObjectNode) item).deepCopy();
            String question = answer.remove("question").asText();
            if ("na".equals(answer.path("status").asText())) {
                answer.put("status", "not-applicable");
            }
            answers.set(question, answer);
            index++;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = old.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!migrated.has(field.getKey()) && !project.has(field.getKey())) {
                migrated.set(field.getKey(), field.getValue());
            }
        }
        return migrated;
    }
}
