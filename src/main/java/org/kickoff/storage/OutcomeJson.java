package org.kickoff.storage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.kickoff.domain.Action;
import org.kickoff.domain.ActionState;
import org.kickoff.domain.Answer;
import org.kickoff.domain.IsoDate;
import org.kickoff.domain.Milestone;
import org.kickoff.domain.Problem;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Project;
import org.kickoff.domain.Question;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.RiskEntry;
import org.kickoff.domain.RiskState;

/**
 * The outcome of a kickoff in a project file (since format 1.3): the risk register, the actions and the
 * milestones. Milestones are stored compactly, as reverse deltas: the newest holds only the answers and
 * register entries that differ from the project as saved, each older one only what differs from the next
 * newer one ({@code null} where it had none), so that ten milestones cost little more than what changed
 * between them. The newest records a fingerprint ({@code basis}) of the state its delta was computed
 * against, so that a file whose answers an older Kickoff changed afterwards is recognised.
 */
final class OutcomeJson {

    static final String REGISTER = "register";
    static final String ACTIONS = "actions";
    static final String MILESTONES = "milestones";
    static final Set<String> ENTRY_FIELDS = Set.of("state", "owner", "due", "acceptedBy", "reason", "until", "note");
    static final Set<String> ACTION_FIELDS = Set.of("title", "owner", "due", "state", "risk", "question", "note");
    static final Set<String> MILESTONE_FIELDS = Set.of("name", "at", "answers", "register", "basis");
    /** As many as the AWS Well-Architected Tool allows a workload. */
    static final int MAX_MILESTONES = 100;
    /** Register entries and actions: a register has one entry per finding, far fewer than this. */
    static final int MAX_ITEMS = 10_000;
    /** Milestones times the answers each holds: what rebuilding them costs in memory. */
    static final long MAX_SNAPSHOT_CELLS = 1_000_000;

    private OutcomeJson() {
    }

    /** What a read file holds of the outcome, and whether its milestones' basis still holds. */
    record Read(Map<String, RiskEntry> register, Map<String, Action> actions, List<Milestone> milestones,
                boolean inexact) {
    }

    static Read read(JsonObject root, Map<String, Answer> answers) throws ProblemException {
        Map<String, RiskEntry> register = root.has(REGISTER) ? register(root.object(REGISTER)) : Map.of();
        Map<String, Action> actions = root.has(ACTIONS) ? actions(root.object(ACTIONS)) : Map.of();
        List<Milestone> milestones = new ArrayList<>();
        boolean inexact = false;
        if (root.has(MILESTONES)) {
            List<JsonNode> nodes = root.array(MILESTONES);
            if (nodes.size() > MAX_MILESTONES) {
                throw new ProblemException(Problem.at(root.at(MILESTONES), "project.too-many-milestones", nodes.size(),
                        MAX_MILESTONES));
            }
            if ((long) nodes.size() * (answers.size() + register.size() + 1) > MAX_SNAPSHOT_CELLS) {
                throw new ProblemException(Problem.at(root.at(MILESTONES), "project.milestones-too-large",
                        nodes.size(), answers.size()));
            }
            // rebuilt newest first, each from the next newer state
            Map<String, Answer> stateAnswers = answers;
            Map<String, RiskEntry> stateRegister = register;
            Milestone[] built = new Milestone[nodes.size()];
            Set<String> names = new HashSet<>();
            for (int i = nodes.size() - 1; i >= 0; i--) {
                JsonObject node = JsonObject.of(nodes.get(i), root.at(MILESTONES) + "[" + i + "]");
                if (i == nodes.size() - 1 && node.has("basis")) {
                    inexact = !node.string("basis", "").equals(basis(answers, register));
                }
                String name = node.requiredString("name");
                if (!Milestone.isValidName(name)) {
                    throw new ProblemException(Problem.at(node.at("name"), "project.bad-milestone-name", name,
                            Milestone.MAX_NAME));
                }
                if (!names.add(name.strip())) {
                    throw new ProblemException(Problem.at(node.at("name"), "project.duplicate-milestone", name));
                }
                Instant at = node.instant("at");
                if (at == null) {
                    throw new ProblemException(Problem.at(node.at("at"), "json.missing"));
                }
                stateAnswers = applyAnswers(node, stateAnswers);
                stateRegister = applyRegister(node, stateRegister);
                built[i] = new Milestone(name.strip(), at, stateAnswers, stateRegister, node.unknown(MILESTONE_FIELDS));
            }
            milestones.addAll(List.of(built));
        }
        return new Read(register, actions, milestones, inexact);
    }

    private static Map<String, Answer> applyAnswers(JsonObject node, Map<String, Answer> newer) throws ProblemException {
        if (!node.has("answers")) {
            return newer;
        }
        JsonObject delta = node.object("answers");
        Map<String, Answer> result = new LinkedHashMap<>(newer);
        for (Map.Entry<String, JsonNode> field : delta.fields()) {
            String id = field.getKey();
            if (id.isBlank()) {
                throw new ProblemException(Problem.at(delta.at(id), "project.blank-id"));
            }
            if (field.getValue().isNull()) {
                result.remove(id);
            } else {
                result.put(id, ProjectFileReader.answer(JsonObject.of(field.getValue(), delta.at(id))));
            }
        }
        return result;
    }

    private static Map<String, RiskEntry> applyRegister(JsonObject node, Map<String, RiskEntry> newer)
            throws ProblemException {
        if (!node.has("register")) {
            return newer;
        }
        JsonObject delta = node.object("register");
        Map<String, RiskEntry> result = new LinkedHashMap<>(newer);
        for (Map.Entry<String, JsonNode> field : delta.fields()) {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.put(field.getKey(), entry(JsonObject.of(field.getValue(), delta.at(field.getKey()))));
            }
        }
        return result;
    }

    private static Map<String, RiskEntry> register(JsonObject node) throws ProblemException {
        Map<String, RiskEntry> register = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.fields()) {
            if (register.size() >= MAX_ITEMS) {
                throw new ProblemException(Problem.at(node.path(), "project.too-many-items", MAX_ITEMS + 1, MAX_ITEMS));
            }
            if (field.getKey().isBlank()) {
                throw new ProblemException(Problem.at(node.at(field.getKey()), "project.blank-id"));
            }
            register.put(field.getKey(), entry(JsonObject.of(field.getValue(), node.at(field.getKey()))));
        }
        return register;
    }

    private static RiskEntry entry(JsonObject node) throws ProblemException {
        String stateName = node.requiredString("state");
        RiskState state = RiskState.fromFileName(stateName).orElseThrow(() -> new ProblemException(
                Problem.at(node.at("state"), "project.unknown-risk-state", stateName)));
        return new RiskEntry(state, node.string("owner", ""), date(node, "due"), node.string("acceptedBy", ""),
                node.string("reason", ""), date(node, "until"), node.string("note", ""), node.unknown(ENTRY_FIELDS));
    }

    private static Map<String, Action> actions(JsonObject node) throws ProblemException {
        Map<String, Action> actions = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.fields()) {
            if (actions.size() >= MAX_ITEMS) {
                throw new ProblemException(Problem.at(node.path(), "project.too-many-items", MAX_ITEMS + 1, MAX_ITEMS));
            }
            String id = field.getKey();
            if (!Action.isValidId(id)) {
                throw new ProblemException(Problem.at(node.at(id), "project.bad-action-id", id));
            }
            JsonObject action = JsonObject.of(field.getValue(), node.at(id));
            String stateName = action.string("state", ActionState.OPEN.fileName());
            ActionState state = ActionState.fromFileName(stateName).orElseThrow(() -> new ProblemException(
                    Problem.at(action.at("state"), "project.unknown-action-state", stateName)));
            actions.put(id, new Action(id, action.requiredString("title"), action.string("owner", ""),
                    date(action, "due"), state, action.string("risk", ""), action.string("question", ""),
                    action.string("note", ""), action.unknown(ACTION_FIELDS)));
        }
        return actions;
    }

    private static LocalDate date(JsonObject node, String field) throws ProblemException {
        String text = node.string(field, null);
        if (text == null) {
            return null;
        }
        return IsoDate.parse(text).orElseThrow(
                () -> new ProblemException(Problem.at(node.at(field), "json.expected-date", text)));
    }

    // ---- writing ------------------------------------------------------------------------------------------

    static void write(JsonGenerator g, Project project, Questionnaire questionnaire, List<String> questionOrder)
            throws IOException {
        if (!project.register().isEmpty()) {
            g.writeObjectFieldStart(REGISTER);
            for (Map.Entry<String, RiskEntry> entry : project.register().entrySet()) {
                g.writeFieldName(entry.getKey());
                entry(g, entry.getValue());
            }
            g.writeEndObject();
        }
        if (!project.actions().isEmpty()) {
            g.writeObjectFieldStart(ACTIONS);
            for (Action action : project.actions().values()) {
                g.writeFieldName(action.id());
                action(g, action);
            }
            g.writeEndObject();
        }
        List<Milestone> milestones = project.milestones();
        if (milestones.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(MILESTONES);
        for (int i = 0; i < milestones.size(); i++) {
            Milestone milestone = milestones.get(i);
            boolean newest = i == milestones.size() - 1;
            Map<String, Answer> newerAnswers = newest ? project.answers() : milestones.get(i + 1).answers();
            Map<String, RiskEntry> newerRegister = newest ? project.register() : milestones.get(i + 1).register();
            g.writeStartObject();
            g.writeStringField("name", milestone.name());
            g.writeStringField("at", milestone.at().toString());
            if (newest) {
                g.writeStringField("basis", basis(project.answers(), project.register()));
            }
            Set<String> changed = changed(milestone.answers(), newerAnswers);
            if (!changed.isEmpty()) {
                g.writeObjectFieldStart("answers");
                for (String id : ProjectFileWriter.ordered(changed, questionOrder)) {
                    g.writeFieldName(id);
                    Answer answer = milestone.answers().get(id);
                    if (answer == null) {
                        g.writeNull();
                    } else {
                        ProjectFileWriter.answer(g, answer, questionnaire.question(id).map(Question::type).orElse(null));
                    }
                }
                g.writeEndObject();
            }
            Set<String> changedRisks = changed(milestone.register(), newerRegister);
            if (!changedRisks.isEmpty()) {
                g.writeObjectFieldStart("register");
                for (String id : changedRisks) {
                    g.writeFieldName(id);
                    RiskEntry entry = milestone.register().get(id);
                    if (entry == null) {
                        g.writeNull();
                    } else {
                        entry(g, entry);
                    }
                }
                g.writeEndObject();
            }
            ProjectFileWriter.unknown(g, milestone.unknown());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The keys whose values differ between the two maps, the older's order first. */
    private static <V> Set<String> changed(Map<String, V> older, Map<String, V> newer) {
        Set<String> keys = new LinkedHashSet<>(older.keySet());
        keys.addAll(newer.keySet());
        keys.removeIf(k -> Objects.equals(older.get(k), newer.get(k)));
        return keys;
    }

    private static void entry(JsonGenerator g, RiskEntry entry) throws IOException {
        g.writeStartObject();
        g.writeStringField("state", entry.state().fileName());
        ProjectFileWriter.text(g, "owner", entry.owner());
        date(g, "due", entry.due());
        ProjectFileWriter.text(g, "acceptedBy", entry.acceptedBy());
        ProjectFileWriter.text(g, "reason", entry.reason());
        date(g, "until", entry.until());
        ProjectFileWriter.text(g, "note", entry.note());
        ProjectFileWriter.unknown(g, entry.unknown());
        g.writeEndObject();
    }

    private static void action(JsonGenerator g, Action action) throws IOException {
        g.writeStartObject();
        g.writeStringField("title", action.title());
        ProjectFileWriter.text(g, "owner", action.owner());
        date(g, "due", action.due());
        g.writeStringField("state", action.state().fileName());
        ProjectFileWriter.text(g, "risk", action.risk());
        ProjectFileWriter.text(g, "question", action.question());
        ProjectFileWriter.text(g, "note", action.note());
        ProjectFileWriter.unknown(g, action.unknown());
        g.writeEndObject();
    }

    private static void date(JsonGenerator g, String field, LocalDate date) throws IOException {
        if (date != null) {
            g.writeStringField(field, date.toString());
        }
    }

    /**
     * A fingerprint of answers and register, independent of the questionnaire and of the order they are in:
     * the same state gives the same one, whichever Kickoff wrote the file.
     */
    static String basis(Map<String, Answer> answers, Map<String, RiskEntry> register) {
        byte[] bytes = PrettyJson.write(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("answers");
            for (Map.Entry<String, Answer> entry : new TreeMap<>(answers).entrySet()) {
                g.writeFieldName(entry.getKey());
                ProjectFileWriter.answer(g, entry.getValue(), null);
            }
            g.writeEndObject();
            g.writeObjectFieldStart("register");
            for (Map.Entry<String, RiskEntry> entry : new TreeMap<>(register).entrySet()) {
                g.writeFieldName(entry.getKey());
                entry(g, entry.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        });
        try {
            return Fingerprint.PREFIX + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            // every Java runtime must provide SHA-256
            throw new IllegalStateException(e);
        }
    }
}
