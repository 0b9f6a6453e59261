package org.kickoff.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.kickoff.Fixtures;

/**
 * The kinds of hostile file issue 11 found, made reproducibly from a seed for the command campaign of
 * {@link FuzzTest}: answers that parse but do not fit the questionnaire (the kind that export, diff and
 * merge used to take), control and bidi characters in every kind of text, work amplifiers (thousands of
 * languages, long chains of conditions, lists at and beyond their limits), odd dates, versions and
 * fingerprints, and the byte and tree damage of {@link FileMutator}.
 */
final class HostileFiles {

    enum Kind { INVALID_ANSWER, CONTROL_CHARACTERS, AMPLIFICATION, REFERENCE, DAMAGE }

    record Hostile(Kind kind, String seed, String description, byte[] bytes) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** What a file might try on a terminal, a spreadsheet or a reader: escapes, bidi overrides, invisible tags. */
    private static final String[] NASTY = {"\u001b[2J\u001b[H", "\u001b]0;pwned\u0007", "\u0000", "\u009b31m", "\r",
        "\n", "\t", "\u202e", "\u2066", "\u200f", "\u2028", "\uDB40\uDC41", "\u0085", "\u007f", "\u001b[31mRED",
        "\ufeff", "=cmd|' /C calc'!A0", "\n== Project ==\n", "file.kickoff: valid\n"};
    private static final String[] WRONG_OPTIONS = {"cobol-on-cogs", "", "none", "other", "POSTGRESQL", " fastapi"};

    private final Random random;
    private final List<FileMutator.Seed> seeds;
    private final List<JsonNode> trees = new ArrayList<>();
    private final FileMutator damage;
    private final JsonNode builtIn;

    HostileFiles(long seed, List<FileMutator.Seed> seeds) {
        this.random = new Random(seed);
        this.seeds = seeds;
        this.damage = new FileMutator(seed, seeds, false);
        try {
            for (FileMutator.Seed s : seeds) {
                trees.add(JSON.readTree(s.bytes()));
            }
            builtIn = JSON.readTree(Fixtures.resource(QuestionnaireReader.BUILT_IN));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Hostile next() {
        int which = random.nextInt(seeds.size());
        String seed = seeds.get(which).name();
        ObjectNode tree = (ObjectNode) trees.get(which).deepCopy();
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        StringBuilder description = new StringBuilder(kind.name().toLowerCase(java.util.Locale.ROOT));
        if (kind == Kind.DAMAGE) {
            FileMutator.Mutant mutant = damage.next();
            return new Hostile(kind, mutant.description().split(" ")[0], mutant.description(), mutant.bytes());
        }
        switch (kind) {
            case INVALID_ANSWER -> invalidAnswer(tree, description);
            case CONTROL_CHARACTERS -> {
                for (int i = 1 + random.nextInt(3); i > 0; i--) {
                    controlCharacters(tree, description);
                }
            }
            case AMPLIFICATION -> amplify(tree, description);
            default -> reference(tree, description);
        }
        return new Hostile(kind, seed, seed + " " + description, write(tree));
    }

    // ---- answers that parse but do not fit ----

    private void invalidAnswer(ObjectNode tree, StringBuilder description) {
        ObjectNode answers = (ObjectNode) tree.get("answers");
        List<String> ids = new ArrayList<>();
        answers.fieldNames().forEachRemaining(ids::add);
        String id = ids.get(random.nextInt(ids.size()));
        ObjectNode answer = (ObjectNode) answers.get(id);
        String change;
        if (answer.has("choice")) {
            change = "choice=" + pick(WRONG_OPTIONS);
            answer.put("choice", change.substring(7));
        } else if (answer.has("choices")) {
            ArrayNode choices = (ArrayNode) answer.get("choices");
            switch (random.nextInt(3)) {
                case 0 -> {
                    change = "repeated";
                    choices.add(choices.size() > 0 ? choices.get(0).asText() : "x");
                    choices.add(choices.get(0).asText());
                }
                case 1 -> {
                    change = "with none";
                    choices.add("none");
                }
                default -> {
                    change = "unknown";
                    choices.add(pick(WRONG_OPTIONS));
                }
            }
        } else if (answer.has("number")) {
            change = random.nextBoolean() ? "unit" : "range";
            if (change.equals("unit")) {
                answer.put("unit", "furlongs");
            } else {
                answer.put("number", random.nextBoolean() ? -5 : 100_000_000);
            }
        } else if (answer.has("entries") && answer.get("entries").size() > 0) {
            change = "column";
            ((ObjectNode) answer.get("entries").get(0)).put("colour", "red");
        } else {
            change = "type";
            for (String field : List.of("yesNo", "choice", "choices", "text", "number", "unit", "entries", "other")) {
                answer.remove(field);
            }
            switch (random.nextInt(4)) {
                case 0 -> answer.put("yesNo", true);
                case 1 -> answer.put("text", "some text");
                case 2 -> answer.put("number", 3);
                default -> answer.putArray("choices").add("x");
            }
        }
        description.append(' ').append(id).append(' ').append(change);
    }

    // ---- control and bidi characters in any text ----

    private void controlCharacters(ObjectNode tree, StringBuilder description) {
        List<ObjectNode> parents = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        texts(tree, parents, fields);
        int i = random.nextInt(parents.size());
        ObjectNode parent = parents.get(i);
        String field = fields.get(i);
        String nasty = pick(NASTY);
        if (random.nextInt(4) == 0 && !field.equals("format") && !field.equals("formatVersion")) {
            // in a field name: an unknown field kept and written back, or a question id
            JsonNode value = parent.remove(field);
            parent.set(field + nasty, value);
            description.append(" name ").append(field);
        } else {
            String old = parent.get(field).asText();
            int at = old.isEmpty() ? 0 : random.nextInt(old.length() + 1);
            parent.set(field, TextNode.valueOf(old.substring(0, at) + nasty + old.substring(at)));
            description.append(' ').append(field);
        }
    }

    /** Every object field holding a text, except the embedded questionnaire's (its ids are checked). */
    private static void texts(JsonNode node, List<ObjectNode> parents, List<String> fields) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("embeddedQuestionnaire")) {
                    return;
                }
                if (e.getValue().isTextual()) {
                    parents.add((ObjectNode) node);
                    fields.add(e.getKey());
                } else {
                    texts(e.getValue(), parents, fields);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> texts(item, parents, fields));
        }
    }

    // ---- work amplifiers ----

    private void amplify(ObjectNode tree, StringBuilder description) {
        switch (random.nextInt(5)) {
            case 0 -> {
                int count = pick(new int[] {3, 48, 49, 200, 5_000, 40_000});
                ObjectNode questionnaire = ownQuestionnaire(tree);
                ArrayNode languages = (ArrayNode) questionnaire.get("languages");
                for (int i = 0; i < count; i++) {
                    languages.add("l" + i);
                }
                description.append(" languages+").append(count);
            }
            case 1 -> {
                int count = pick(new int[] {10, 49, 60, 3_000});
                ObjectNode questionnaire = ownQuestionnaire(tree);
                ArrayNode questions = (ArrayNode) questionnaire.get("topics").get(0).get("questions");
                for (int i = 0; i < count; i++) {
                    ObjectNode question = questions.addObject();
                    question.put("id", "chain.q" + i).put("type", "yesno");
                    question.putObject("text").put("en", "Q").put("de", "F");
                    question.putObject("guidance").put("en", "G").put("de", "H");
                    if (i > 0) {
                        question.put("visibleIf", "chain.q" + (i - 1) + " == yes");
                    }
                }
                description.append(" chain ").append(count);
            }
            case 2 -> {
                int count = pick(new int[] {999, 1_000, 1_001, 20_000});
                ArrayNode authors = ((ObjectNode) tree.get("project")).putArray("authors");
                for (int i = 0; i < count; i++) {
                    authors.add("Author " + i + " " + "x".repeat(random.nextInt(200)));
                }
                description.append(" authors ").append(count);
            }
            case 3 -> {
                int count = pick(new int[] {200, 1_000, 1_001, 30_000});
                ObjectNode answers = (ObjectNode) tree.get("answers");
                String list = answers.has("business.use-cases") ? "business.use-cases" : "first.which";
                ArrayNode entries = answers.putObject(list).put("status", "answered").putArray("entries");
                for (int i = 0; i < count; i++) {
                    entries.addObject().put("name", "Entry " + i + " " + "y".repeat(random.nextInt(300)));
                }
                description.append(" entries ").append(count);
            }
            default -> {
                int length = pick(new int[] {10_001, 200_000, 999_000});
                ObjectNode answers = (ObjectNode) tree.get("answers");
                String id = answers.fieldNames().next();
                ((ObjectNode) answers.get(id)).put("note", (random.nextBoolean() ? "w" : "word ").repeat(length)
                        .substring(0, length));
                description.append(" note ").append(length);
            }
        }
    }

    /** Makes the project answer a copy of the built-in questionnaire it carries, and returns the copy. */
    private ObjectNode ownQuestionnaire(ObjectNode tree) {
        if (!tree.has("embeddedQuestionnaire")) {
            ObjectNode copy = builtIn.deepCopy();
            copy.put("id", "team-q");
            tree.set("embeddedQuestionnaire", copy);
            ((ObjectNode) tree.get("questionnaire")).put("id", "team-q").put("version", copy.get("version").asText());
        }
        ((ObjectNode) tree.get("questionnaire")).remove("fingerprint");
        return (ObjectNode) tree.get("embeddedQuestionnaire");
    }

    // ---- dates, versions, fingerprints ----

    private void reference(ObjectNode tree, StringBuilder description) {
        ObjectNode ref = (ObjectNode) tree.get("questionnaire");
        switch (random.nextInt(4)) {
            case 0 -> {
                String due = pick(new String[] {"+99999-01-01", "-0001-01-01", "0000-01-01", "2026-12-20", "9999-12-31"});
                ObjectNode answers = (ObjectNode) tree.get("answers");
                String id = answers.fieldNames().next();
                ((ObjectNode) answers.get(id)).put("status", "open").put("due", due);
                description.append(" due ").append(due);
            }
            case 1 -> {
                String version = pick(new String[] {"1.0.0/../../../../etc/passwd", "9".repeat(300), "1.0.0", "2.0.0",
                    "0.1", ""});
                ref.put("version", version);
                description.append(" version ").append(version.length() > 20 ? version.length() + " chars" : version);
            }
            case 2 -> {
                String fingerprint = pick(new String[] {"md5:abc", "sha256:" + "0".repeat(64), "", "sha256:xyz"});
                ref.put("fingerprint", fingerprint);
                description.append(" fingerprint ").append(fingerprint);
            }
            default -> {
                ref.put("id", pick(new String[] {"custom-q", "kickoff-python-backend", "mini", "Bad Id"}));
                description.append(" id ").append(ref.get("id").asText());
            }
        }
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private int pick(int[] options) {
        return options[random.nextInt(options.length)];
    }

    private static byte[] write(JsonNode tree) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
