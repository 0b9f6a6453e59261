package org.kickoff.storage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kickoff.domain.Answer;
import org.kickoff.domain.Project;
import org.kickoff.domain.ProjectInfo;
import org.kickoff.domain.Question;
import org.kickoff.domain.QuestionType;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.UnknownFields;

/**
 * Writes project files in a stable layout: fixed key order, answers in questionnaire order and list cells in
 * column order (ids the questionnaire does not have last, by id), unknown fields after the known ones.
 */
public final class ProjectFileWriter {

    private static final ObjectMapper RAW = JsonSource.mapper(JsonLimits.PROJECT);

    /**
     * The project file of {@code project}, which answers {@code questionnaire}. When the questionnaire is the
     * one the project names (same id and version), its fingerprint is recorded and, unless it is this
     * Kickoff's built-in questionnaire, a copy of it is embedded, so that the file opens anywhere.
     */
    public byte[] write(Project project, Questionnaire questionnaire) {
        return PrettyJson.write(g -> writeTo(g, project, questionnaire));
    }

    /** Writes the project as one JSON object; recovery copies embed it this way. */
    void writeTo(JsonGenerator g, Project project, Questionnaire questionnaire) throws IOException {
        List<String> questionOrder = questionnaire.questionIds();
        boolean answersThis = questionnaire.ref().equals(project.questionnaire());
        String fingerprint = answersThis ? Fingerprint.of(questionnaire) : "";
        boolean embed = answersThis && !BuiltIn.isBuiltIn(questionnaire.id(), fingerprint);
        g.writeStartObject();
        g.writeStringField("format", ProjectFileReader.FORMAT);
        g.writeStringField("formatVersion", ProjectFileReader.VERSION);
        g.writeObjectFieldStart("questionnaire");
        g.writeStringField("id", project.questionnaire().id());
        g.writeStringField("version", project.questionnaire().version());
        text(g, "fingerprint", fingerprint);
        g.writeEndObject();
        info(g, project.info());
        g.writeObjectFieldStart("answers");
        for (String id : ordered(project.answers().keySet(), questionOrder)) {
            g.writeFieldName(id);
            answer(g, project.answers().get(id), questionnaire.question(id).map(Question::type).orElse(null));
        }
        g.writeEndObject();
        if (!project.changedSinceAnswered().isEmpty()) {
            g.writeArrayFieldStart(ProjectFileReader.CHANGED);
            for (String id : ordered(project.changedSinceAnswered(), questionOrder)) {
                g.writeString(id);
            }
            g.writeEndArray();
        }
        OutcomeJson.write(g, project, questionnaire, questionOrder);
        if (embed) {
            g.writeFieldName(ProjectFileReader.EMBEDDED);
            QuestionnaireWriter.write(g, questionnaire, questionnaire.languages());
        }
        unknown(g, project.unknown());
        g.writeEndObject();
    }

    static List<String> ordered(Iterable<String> ids, List<String> questionOrder) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < questionOrder.size(); i++) {
            position.putIfAbsent(questionOrder.get(i), i);
        }
        List<String> sorted = new ArrayList<>();
        ids.forEach(sorted::add);
        sorted.sort(Comparator.<String>comparingInt(id -> position.getOrDefault(id, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder()));
        return sorted;
    }

    private static void info(JsonGenerator g, ProjectInfo info) throws IOException {
        g.writeObjectFieldStart("project");
        g.writeStringField("name", info.name());
        if (!info.description().isEmpty()) {
            g.writeStringField("description", info.description());
        }
        if (!info.authors().isEmpty()) {
            g.writeArrayFieldStart("authors");
            for (String author : info.authors()) {
                g.writeString(author);
            }
            g.writeEndArray();
        }
        instant(g, "created", info.created());
        instant(g, "modified", info.modified());
        unknown(g, info.unknown());
        g.writeEndObject();
    }

    private static void instant(JsonGenerator g, String field, Instant instant) throws IOException {
        if (instant != null) {
            g.writeStringField(field, instant.toString());
        }
    }

    static void answer(JsonGenerator g, Answer answer, QuestionType<?> type) throws IOException {
        g.writeStartObject();
        g.writeStringField("status", answer.status().fileName());
        if (answer.value() != null) {
            QuestionTypeJson.writeValue(g, answer.value(), type);
        }
        text(g, "owner", answer.owner());
        if (answer.due() != null) {
            g.writeStringField("due", answer.due().toString());
        }
        text(g, "reason", answer.reason());
        text(g, "note", answer.note());
        if (answer.hasDrafts()) {
            g.writeObjectFieldStart(ProjectFileReader.DRAFTS);
            for (Map.Entry<Answer.Draft, String> draft : answer.drafts().entrySet()) {
                g.writeStringField(draft.getKey().fileName(), draft.getValue());
            }
            g.writeEndObject();
        }
        unknown(g, answer.unknown());
        g.writeEndObject();
    }

    static void text(JsonGenerator g, String field, String text) throws IOException {
        if (text != null && !text.isEmpty()) {
            g.writeStringField(field, text);
        }
    }

    static void unknown(JsonGenerator g, UnknownFields unknown) throws IOException {
        if (unknown.isEmpty()) {
            return;
        }
        // as read: 1e400 written out in full would be 401 digits, which the reader refuses (found by the fuzz test)
        g.disable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        for (Map.Entry<String, String> field : unknown.rawJsonByName().entrySet()) {
            g.writeFieldName(field.getKey());
            JsonNode node = RAW.readTree(field.getValue());
            g.writeTree(node);
        }
        g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
