package org.kickoff.storage;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kickoff.domain.Condition;
import org.kickoff.domain.ConditionException;
import org.kickoff.domain.Problem;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Question;
import org.kickoff.domain.QuestionType;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.QuestionnaireCheck;
import org.kickoff.domain.Reference;
import org.kickoff.domain.RiskLevel;
import org.kickoff.domain.RiskRule;
import org.kickoff.domain.Topic;

/** Reads questionnaire files and checks them: a questionnaire with any problem is refused as a whole. */
public final class QuestionnaireReader {

    public static final String FORMAT = "kickoff-questionnaire";
    public static final int FORMAT_VERSION = 1;
    /** The id of the questionnaire that ships with Kickoff; its file is named after it. */
    public static final String BUILT_IN_ID = "kickoff-python-backend";
    /** The questionnaire that ships with Kickoff. */
    public static final String BUILT_IN = "/questionnaires/" + BUILT_IN_ID + ".json";

    public Questionnaire read(Path file) throws ProblemException {
        return read(JsonSource.readBytes(file, JsonLimits.QUESTIONNAIRE));
    }

    public Questionnaire read(byte[] bytes) throws ProblemException {
        return fromTree(JsonSource.parse(bytes, JsonLimits.QUESTIONNAIRE));
    }

    /** The questionnaire shipped with Kickoff; it is checked by the build, so a problem here is a bug. */
    public Questionnaire builtIn() {
        try (InputStream in = QuestionnaireReader.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN);
            }
            return read(in.readAllBytes());
        } catch (IOException | ProblemException e) {
            throw new IllegalStateException("the built-in questionnaire cannot be read: " + e.getMessage(), e);
        }
    }

    Questionnaire fromTree(JsonNode tree) throws ProblemException {
        JsonObject root = JsonObject.of(tree, "$");
        String format = root.string("format", "");
        if (!FORMAT.equals(format)) {
            throw new ProblemException(Problem.at("$.format",
                    ProjectFileReader.FORMAT.equals(format) ? "questionnaire.is-project" : "questionnaire.foreign",
                    format));
        }
        if (!root.has("formatVersion")) {
            throw new ProblemException(Problem.at("$.formatVersion", "json.missing"));
        }
        JsonNode versionNode = root.raw("formatVersion");
        if (!versionNode.isNumber()) {
            throw new ProblemException(Problem.at("$.formatVersion", "json.expected-number", JsonObject.kind(versionNode)));
        }
        if (!versionNode.canConvertToExactIntegral() || !versionNode.canConvertToInt() || versionNode.intValue() < 1) {
            throw new ProblemException(Problem.at("$.formatVersion", "questionnaire.bad-format-version",
                    versionNode.asText()));
        }
        int version = versionNode.intValue();
        if (version > FORMAT_VERSION) {
            throw new ProblemException(Problem.at("$.formatVersion", "questionnaire.newer-format", version,
                    FORMAT_VERSION));
        }
        List<Topic> topics = new ArrayList<>();
        List<JsonNode> topicNodes = root.array("topics");
        for (int t = 0; t < topicNodes.size(); t++) {
            topics.add(topic(JsonObject.of(topicNodes.get(t), "$.topics[" + t + "]")));
        }
        List<RiskRule> risks = new ArrayList<>();
        List<JsonNode> riskNodes = root.array("risks");
        for (int r = 0; r < riskNodes.size(); r++) {
            risks.add(risk(JsonObject.of(riskNodes.get(r), "$.risks[" + r + "]")));
        }
        Questionnaire questionnaire = new Questionnaire(root.requiredString("id"), root.requiredString("version"),
                root.strings("languages"), root.text("title"), root.text("description"), topics, risks);
        QuestionnaireCheck.problems(questionnaire).throwIfAny();
        return questionnaire;
    }

    private Topic topic(JsonObject node) throws ProblemException {
        List<Question> questions = new ArrayList<>();
        List<JsonNode> questionNodes = node.array("questions");
        for (int q = 0; q < questionNodes.size(); q++) {
            questions.add(question(JsonObject.of(questionNodes.get(q), node.at("questions") + "[" + q + "]")));
        }
        return new Topic(node.requiredString("id"), node.text("title"), node.text("intro"), questions);
    }

    private Question question(JsonObject node) throws ProblemException {
        for (String field : node.unknown(QUESTION_FIELDS).rawJsonByName().keySet()) {
            throw new ProblemException(Problem.at(node.at(field), "questionnaire.unknown-field", field));
        }
        QuestionType<?> type = QuestionTypeJson.readType(node.requiredString("type"), node);
        return new Question(node.requiredString("id"), type, node.text("text"), node.text("guidance"),
                references(node), condition(node, "visibleIf"), node.text("placeholder"),
                level(node, "riskIfUnanswered", false), node.text("decision"));
    }

    private RiskRule risk(JsonObject node) throws ProblemException {
        if (!node.has("when")) {
            throw new ProblemException(Problem.at(node.at("when"), "json.missing"));
        }
        return new RiskRule(node.requiredString("id"), level(node, "level", true), condition(node, "when"),
                node.strings("questions"), references(node), node.text("title"), node.text("explanation"),
                node.text("recommendation"));
    }

    /**
     * The {@code references} of a question or rule, then the Twelve-Factor factor of the older single
     * {@code factor} field, which files written before references existed use (and the writer still uses for
     * a lone Twelve-Factor reference, so that their canonical form and fingerprint stay the same). The
     * factor is checked here, where its path is known; {@link QuestionnaireCheck} checks the others.
     */
    private static List<Reference> references(JsonObject node) throws ProblemException {
        Set<Reference> references = new LinkedHashSet<>();
        List<JsonNode> nodes = node.array("references");
        for (int r = 0; r < nodes.size(); r++) {
            JsonObject reference = JsonObject.of(nodes.get(r), node.at("references") + "[" + r + "]");
            references.add(new Reference(reference.requiredString("source"), reference.requiredString("item")));
        }
        Optional<String> factor = node.optionalString("factor");
        if (factor.isPresent()) {
            Reference reference = Reference.twelveFactor(factor.get());
            if (!reference.isWellFormed()) {
                throw new ProblemException(Problem.at(node.at("factor"), "questionnaire.bad-factor", factor.get()));
            }
            references.add(reference);
        }
        return List.copyOf(references);
    }

    private static RiskLevel level(JsonObject node, String field, boolean required) throws ProblemException {
        if (!node.has(field)) {
            if (required) {
                throw new ProblemException(Problem.at(node.at(field), "json.missing"));
            }
            return null;
        }
        String name = node.string(field, "");
        return RiskLevel.fromFileName(name).orElseThrow(
                () -> new ProblemException(Problem.at(node.at(field), "questionnaire.unknown-level", name)));
    }

    private static Condition condition(JsonObject node, String field) throws ProblemException {
        String source = node.string(field, "");
        try {
            return Condition.parse(source);
        } catch (ConditionException e) {
            throw new ProblemException(Problem.at(node.at(field), e.key(), e.position(), e.found()));
        }
    }

    /** A misspelt field name would silently drop a condition or a rule, so questions accept only these. */
    private static final Set<String> QUESTION_FIELDS = union(Set.of("id", "type", "text", "guidance", "references",
            "factor", "visibleIf", "placeholder", "riskIfUnanswered", "decision"), QuestionTypeJson.PART_FIELDS);

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
