package org.kickoff.storage;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.kickoff.domain.LocalizedText;
import org.kickoff.domain.Question;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.Reference;
import org.kickoff.domain.RiskRule;
import org.kickoff.domain.Topic;

/** Writes a questionnaire in its file format, in all its languages or in a chosen subset. */
public final class QuestionnaireWriter {

    public byte[] write(Questionnaire questionnaire) {
        return write(questionnaire, questionnaire.languages());
    }

    public byte[] write(Questionnaire questionnaire, List<String> languages) {
        return PrettyJson.write(g -> write(g, questionnaire, languages));
    }

    /** The questionnaire as one JSON object, also used to embed it in a project file. */
    static void write(JsonGenerator g, Questionnaire questionnaire, List<String> languages) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", QuestionnaireReader.FORMAT);
        g.writeNumberField("formatVersion", QuestionnaireReader.FORMAT_VERSION);
        g.writeStringField("id", questionnaire.id());
        g.writeStringField("version", questionnaire.version());
        g.writeArrayFieldStart("languages");
        for (String language : languages) {
            g.writeString(language);
        }
        g.writeEndArray();
        text(g, "title", questionnaire.title(), languages);
        text(g, "description", questionnaire.description(), languages);
        g.writeArrayFieldStart("topics");
        for (Topic topic : questionnaire.topics()) {
            g.writeStartObject();
            g.writeStringField("id", topic.id());
            text(g, "title", topic.title(), languages);
            text(g, "intro", topic.intro(), languages);
            g.writeArrayFieldStart("questions");
            for (Question question : topic.questions()) {
                question(g, question, languages);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("risks");
        for (RiskRule rule : questionnaire.risks()) {
            risk(g, rule, languages);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void question(JsonGenerator g, Question question, List<String> languages) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", question.id());
        g.writeStringField("type", question.type().fileName());
        text(g, "text", question.text(), languages);
        text(g, "guidance", question.guidance(), languages);
        references(g, question.references());
        if (!question.visibleIf().source().isEmpty()) {
            g.writeStringField("visibleIf", question.visibleIf().source());
        }
        QuestionTypeJson.writeParts(g, question.type(), languages);
        if (!question.placeholder().texts().isEmpty()) {
            text(g, "placeholder", question.placeholder(), languages);
        }
        if (question.riskIfUnanswered() != null) {
            g.writeStringField("riskIfUnanswered", question.riskIfUnanswered().fileName());
        }
        if (question.isDecision()) {
            text(g, "decision", question.decision(), languages);
        }
        g.writeEndObject();
    }

    private static void risk(JsonGenerator g, RiskRule rule, List<String> languages) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", rule.id());
        g.writeStringField("level", rule.level().fileName());
        g.writeStringField("when", rule.when().source());
        g.writeArrayFieldStart("questions");
        for (String id : rule.questions()) {
            g.writeString(id);
        }
        g.writeEndArray();
        references(g, rule.references());
        text(g, "title", rule.title(), languages);
        text(g, "explanation", rule.explanation(), languages);
        text(g, "recommendation", rule.recommendation(), languages);
        g.writeEndObject();
    }

    /**
     * A lone Twelve-Factor reference as the older {@code factor} field: a questionnaire that cites nothing
     * else keeps the canonical form, and so the fingerprint, it had before references existed (projects
     * record that fingerprint to find the version they answered). Anything else as {@code references}.
     */
    private static void references(JsonGenerator g, List<Reference> references) throws IOException {
        if (references.isEmpty()) {
            return;
        }
        if (references.size() == 1 && references.get(0).isTwelveFactor()) {
            g.writeStringField("factor", references.get(0).item());
            return;
        }
        g.writeArrayFieldStart("references");
        for (Reference reference : references) {
            g.writeStartObject();
            g.writeStringField("source", reference.source());
            g.writeStringField("item", reference.item());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void text(JsonGenerator g, String field, LocalizedText text, List<String> languages)
            throws IOException {
        QuestionTypeJson.text(g, field, text, languages);
    }
}
