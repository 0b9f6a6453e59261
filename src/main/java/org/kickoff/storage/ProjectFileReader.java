package org.kickoff.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.kickoff.domain.Answer;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.IsoDate;
import org.kickoff.domain.Problem;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Project;
import org.kickoff.domain.ProjectInfo;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.QuestionnaireRef;

/**
 * Reads project files. Forgiving where it is safe (unknown fields are kept, older formats are migrated, a
 * newer minor version opens) and strict where it must be (a newer major version, a foreign file, wrong
 * types): those are refused with a problem that says what and where.
 */
public final class ProjectFileReader {

    public static final String FORMAT = "kickoff-project";
    public static final int MAJOR = 1;
    public static final int MINOR = 3;
    public static final String VERSION = MAJOR + "." + MINOR;

    /** Since 1.1: ids of questions marked "changed since you answered". */
    static final String CHANGED = "changedSinceAnswered";
    /** Since 1.1: a copy of the questionnaire the project answers, unless it is the built-in one. */
    static final String EMBEDDED = "embeddedQuestionnaire";
    static final Set<String> ROOT_FIELDS = Set.of("format", "formatVersion", "questionnaire", "project", "answers",
            CHANGED, EMBEDDED, OutcomeJson.REGISTER, OutcomeJson.ACTIONS, OutcomeJson.MILESTONES);
    static final Set<String> INFO_FIELDS = Set.of("name", "description", "authors", "created", "modified");
    /** Since 1.2: text typed into a number or date field that is no valid value, by field. */
    static final String DRAFTS = "drafts";
    static final Set<String> ANSWER_FIELDS = Set.of("status", "yesNo", "choice", "choices", "other", "text",
            "number", "unit", "entries", "owner", "due", "reason", "note", DRAFTS);
    private static final int MAX_ANSWERS = 100_000;
    /** Authors of a project, entries of a list answer, choices of a multiple-choice answer: far more than real. */
    static final int MAX_ITEMS = 1_000;
    private static final Pattern FINGERPRINT = Pattern.compile(Pattern.quote(Fingerprint.PREFIX) + "[0-9a-f]{64}");

    public Project read(Path file) throws ProblemException {
        return readFile(file).project();
    }

    public Project read(byte[] bytes) throws ProblemException {
        return readFile(bytes).project();
    }

    /** The project with what the file says about its questionnaire: fingerprint and embedded copy. */
    public ProjectFile readFile(Path file) throws ProblemException {
        return readFile(JsonSource.readBytes(file, JsonLimits.PROJECT));
    }

    public ProjectFile readFile(byte[] bytes) throws ProblemException {
        return fromTree(JsonSource.parse(bytes, JsonLimits.PROJECT));
    }

    ProjectFile fromTree(JsonNode tree) throws ProblemException {
        JsonObject root = JsonObject.of(tree, "$");
        String format = root.string("format", "");
        if (!FORMAT.equals(format)) {
            throw new ProblemException(Problem.at("$.format",
                    QuestionnaireReader.FORMAT.equals(format) ? "project.is-questionnaire" : "project.foreign",
                    format));
        }
        int[] version = version(root);
        if (version[0] > MAJOR) {
            throw new ProblemException(Problem.at("$.formatVersion", "project.newer-format",
                    version[0] + "." + version[1], MAJOR + ".x"));
        }
        if (version[0] < MAJOR) {
            root = JsonObject.of(Migrations.migrate((ObjectNode) tree, version[0]), "$");
        }
        JsonObject ref = root.object("questionnaire");
        QuestionnaireRef questionnaire = new QuestionnaireRef(ref.requiredString("id"), ref.requiredString("version"));
        String fingerprint = ref.string("fingerprint", "");
        if (!fingerprint.isEmpty() && !FINGERPRINT.matcher(fingerprint).matches()) {
            throw new ProblemException(Problem.at(ref.at("fingerprint"), "project.bad-fingerprint", fingerprint));
        }
        ProjectInfo info = info(root.object("project"));
        Map<String, Answer> answers = new LinkedHashMap<>();
        if (root.has("answers")) {
            JsonObject answerNodes = root.object("answers");
            int count = 0;
            for (Map.Entry<String, JsonNode> entry : answerNodes.fields()) {
                if (++count > MAX_ANSWERS) {
                    throw new ProblemException(Problem.at("$.answers", "project.too-many-answers", MAX_ANSWERS));
                }
                if (entry.getKey().isBlank()) {
                    throw new ProblemException(Problem.at(answerNodes.at(entry.getKey()), "project.blank-id"));
                }
                answers.put(entry.getKey(), answer(JsonObject.of(entry.getValue(), answerNodes.at(entry.getKey()))));
            }
        }
        OutcomeJson.Read outcome = OutcomeJson.read(root, answers);
        Project project = new Project(info, questionnaire, answers, root.unknown(ROOT_FIELDS),
                new LinkedHashSet<>(root.strings(CHANGED)), outcome.register(), outcome.actions(), outcome.milestones());
        Optional<Questionnaire> embedded = embedded(root, questionnaire);
        if (embedded.isPresent() && !fingerprint.isEmpty() && !fingerprint.equals(Fingerprint.of(embedded.get()))) {
            // the copy is not the questionnaire the answers were given to: someone edited one of the two
            throw new ProblemException(Problem.at(ref.at("fingerprint"), "project.fingerprint-mismatch", fingerprint));
        }
        return new ProjectFile(project, fingerprint, embedded, outcome.inexact());
    }

    /**
     * The embedded questionnaire, read and checked like any questionnaire file (it is untrusted input);
     * its problems are located inside the project file.
     */
    private static Optional<Questionnaire> embedded(JsonObject root, QuestionnaireRef ref) throws ProblemException {
        if (!root.has(EMBEDDED)) {
            return Optional.empty();
        }
        String at = root.at(EMBEDDED);
        Questionnaire questionnaire;
        try {
            questionnaire = new QuestionnaireReader().fromTree(root.raw(EMBEDDED));
        } catch (ProblemException e) {
            throw new ProblemException(e.problems().stream()
                    .map(p -> new Problem(p.location().startsWith("$") ? at + p.location().substring(1)
                            : at, p.key(), p.args()))
                    .toList(), e.total());
        }
        if (!questionnaire.ref().equals(ref)) {
            throw new ProblemException(Problem.at(at + ".version", "project.embedded-mismatch",
                    questionnaire.id() + " " + questionnaire.version(), ref.id() + " " + ref.version()));
        }
        return Optional.of(questionnaire);
    }

    private static int[] version(JsonObject root) throws ProblemException {
        String text = root.requiredString("formatVersion");
        if (!text.matches("\\d{1,4}\\.\\d{1,4}")) {
            throw new ProblemException(Problem.at("$.formatVersion", "project.bad-version", text));
        }
        String[] parts = text.split("\\.");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    private static ProjectInfo info(JsonObject node) throws ProblemException {
        limit(node, "authors");
        return new ProjectInfo(node.requiredString("name"), node.string("description", ""), node.strings("authors"),
                node.instant("created"), node.instant("modified"), node.unknown(INFO_FIELDS));
    }

    static Answer answer(JsonObject node) throws ProblemException {
        String statusName = node.requiredString("status");
        AnswerStatus status = AnswerStatus.fromFileName(statusName).orElseThrow(
                () -> new ProblemException(Problem.at(node.at("status"), "project.unknown-status", statusName)));
        LocalDate due = null;
        String dueText = node.string("due", null);
        if (dueText != null) {
            due = IsoDate.parse(dueText).orElseThrow(
                    () -> new ProblemException(Problem.at(node.at("due"), "json.expected-date", dueText)));
        }
        return new Answer(status, QuestionTypeJson.readValue(node), node.string("owner", ""), due,
                node.string("reason", ""), node.string("note", ""), drafts(node), node.unknown(ANSWER_FIELDS));
    }

    private static Map<Answer.Draft, String> drafts(JsonObject node) throws ProblemException {
        if (!node.has(DRAFTS)) {
            return Map.of();
        }
        JsonObject drafts = node.object(DRAFTS);
        Map<Answer.Draft, String> result = new java.util.EnumMap<>(Answer.Draft.class);
        for (Map.Entry<String, JsonNode> entry : drafts.fields()) {
            Answer.Draft field = Answer.Draft.fromFileName(entry.getKey()).orElseThrow(() -> new ProblemException(
                    Problem.at(drafts.at(entry.getKey()), "project.unknown-draft", entry.getKey())));
            result.put(field, drafts.string(entry.getKey(), ""));
        }
        return result;
    }

    /** Refuses a list longer than {@link #MAX_ITEMS}: printing 200,000 authors takes minutes, and nobody has them. */
    static void limit(JsonObject node, String field) throws ProblemException {
        JsonNode list = node.raw(field);
        if (list != null && list.isArray() && list.size() > MAX_ITEMS) {
            throw new ProblemException(Problem.at(node.at(field), "project.too-many-items", list.size(), MAX_ITEMS));
        }
    }
}
