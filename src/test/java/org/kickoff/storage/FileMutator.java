package org.kickoff.storage;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes damaged variants of good files for the fuzz test, reproducibly from a seed: structural damage
 * (wrong types, missing fields, unknown fields, future versions, deep nesting, huge strings and numbers)
 * on the JSON tree, then byte damage (truncation, flipped, inserted and deleted bytes, duplicated keys,
 * invalid UTF-8) on the text. Questionnaires also get semantic damage: unknown ids in conditions, cycles,
 * missing translations, duplicate ids.
 */
final class FileMutator {

    record Seed(String name, byte[] bytes) {
    }

    record Mutant(String description, byte[] bytes) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern ID_IN_CONDITION = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9.-]+");
    private static final String[] WORDS = {"", " ", "answered", "open", "not-applicable", "unanswered", "na",
        "ANSWERED", "yes", "no", "none", "other", "postgresql", "gb", "tb", "first.containers", "second.orm",
        "data.backups", "2026-12-31", "2026-02-30", "2026-11-29T10:15:30Z", "yesterday", "1.0", "2.0", "0.9",
        "kickoff-project", "kickoff-questionnaire", "@class", "java.lang.ProcessBuilder", "${jndi:ldap://x}",
        "\u0000", "\ud83d\ude80", "Grüße", "<script>alert(1)</script>", "'; DROP TABLE x; --", "\\", "\"",
        "first.containers == yes", "second.databases has 'none'", "((((", "count > 1e400"};
    private static final String[] CONDITION_TOKENS = {"first.containers", "second.databases", "nope.missing", "==",
        "!=", "<", ">=", "is", "has", "count", "and", "or", "not", "(", ")", "yes", "no", "answered", "open", "na",
        "'postgresql'", "'", "1", "-1", "1e99999", "0.5", "\"", "second.volume", "é"};

    private final Random random;
    private final List<Seed> seeds;
    private final boolean questionnaire;
    private final List<JsonNode> trees = new ArrayList<>();

    FileMutator(long seed, List<Seed> seeds, boolean questionnaire) {
        this.random = new Random(seed);
        this.seeds = seeds;
        this.questionnaire = questionnaire;
        for (Seed s : seeds) {
            try {
                trees.add(JSON.readTree(s.bytes()));
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(s.name(), e);
            }
        }
    }

    Mutant next() {
        int which = random.nextInt(seeds.size());
        StringBuilder description = new StringBuilder(seeds.get(which).name());
        byte[] bytes = seeds.get(which).bytes();
        int treeOps = random.nextInt(3);
        int byteOps = random.nextInt(treeOps == 0 ? 2 : 3);
        if (treeOps == 0 && byteOps == 0) {
            if (random.nextBoolean()) {
                treeOps = 1;
            } else {
                byteOps = 1;
            }
        }
        if (treeOps > 0) {
            JsonNode tree = trees.get(which).deepCopy();
            for (int i = 0; i < treeOps; i++) {
                tree = treeOp(tree, description);
            }
            bytes = serialize(tree);
        }
        for (int i = 0; i < byteOps; i++) {
            bytes = byteOp(bytes, description);
        }
        return new Mutant(description.toString(), bytes);
    }

    /** For each place in the seed, one file per kind of value that differs from the one there. */
    static List<Mutant> everyFieldWithEveryWrongType(Seed seed) {
        JsonNode tree;
        try {
            tree = JSON.readTree(seed.bytes());
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(seed.name(), e);
        }
        List<JsonPointer> places = new ArrayList<>();
        places(tree, JsonPointer.empty(), places);
        List<JsonNode> kinds = List.of(NODES.textNode("x"), NODES.numberNode(7),
                NODES.numberNode(new BigDecimal("2.5")), NODES.booleanNode(true), NODES.nullNode(), NODES.arrayNode().add("x"), NODES.objectNode().put("x", 1));
        List<Mutant> mutants = new ArrayList<>();
        for (JsonPointer place : places) {
            JsonNode old = tree.at(place);
            for (JsonNode kind : kinds) {
                if (kind.getNodeType() == old.getNodeType() && kind.isIntegralNumber() == old.isIntegralNumber()) {
                    continue;
                }
                JsonNode copy = tree.deepCopy();
                JsonNode parent = copy.at(place.head());
                if (parent.isObject()) {
                    ((ObjectNode) parent).set(place.last().getMatchingProperty(), kind);
                } else {
                    ((ArrayNode) parent).set(place.last().getMatchingIndex(), kind);
                }
                try {
                    mutants.add(new Mutant(seed.name() + " " + place + " = " + kind, JSON.writeValueAsBytes(copy)));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return mutants;
    }

    private static void places(JsonNode node, JsonPointer at, List<JsonPointer> places) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                JsonPointer child = at.appendProperty(name);
                places.add(child);
                places(node.get(name), child, places);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonPointer child = at.appendIndex(i);
                places.add(child);
                places(node.get(i), child, places);
            }
        }
    }

    // ---- tree damage ----

    private JsonNode treeOp(JsonNode tree, StringBuilder description) {
        int choice = random.nextInt(questionnaire ? 20 : 12);
        String name;
        switch (choice) {
            case 0, 1 -> {
                name = "wrong-type";
                replaceRandom(tree, (parent, key) -> otherKind(get(parent, key)));
            }
            case 2 -> {
                name = "remove-field";
                removeRandom(tree);
            }
            case 3 -> {
                name = "unknown-field";
                List<ObjectNode> objects = objects(tree);
                objects.get(random.nextInt(objects.size())).set(word(), randomValue(2));
            }
            case 4 -> {
                name = "version";
                if (tree.isObject()) {
                    ((ObjectNode) tree).set("formatVersion", pick(version()));
                }
            }
            case 5 -> {
                name = "deep-tree";
                replaceRandom(tree, (parent, key) -> nested(10 + random.nextInt(120)));
            }
            case 6 -> {
                name = "huge-string";
                replaceRandom(tree, (parent, key) -> NODES.textNode(hugeString()));
            }
            case 7 -> {
                name = "huge-number";
                replaceRandom(tree, (parent, key) -> hugeNumber());
            }
            case 8, 9 -> {
                name = "plausible-value";
                replaceRandom(tree, (parent, key) -> random.nextInt(3) == 0 ? randomValue(1)
                        : NODES.textNode(word()));
            }
            case 10 -> {
                name = "many-items";
                replaceRandom(tree, (parent, key) -> many());
            }
            case 11 -> {
                name = questionnaire ? "shuffle-array" : "answer-renamed";
                renameOrShuffle(tree);
            }
            case 12, 13 -> {
                name = "condition-unknown-id";
                conditions(tree, source -> replaceOneId(source, random.nextBoolean() ? "nope.missing" : word()));
            }
            case 14 -> {
                name = "condition-cycle";
                cycle(tree);
            }
            case 15 -> {
                name = "condition-soup";
                conditions(tree, source -> soup());
            }
            case 16 -> {
                name = "missing-translation";
                missingTranslation(tree);
            }
            case 17 -> {
                name = "duplicate-id";
                duplicateId(tree);
            }
            case 18 -> {
                name = "extra-language";
                if (tree.path("languages").isArray()) {
                    ((ArrayNode) tree.get("languages")).add(random.nextBoolean() ? "fr" : "");
                }
            }
            default -> {
                name = "empty-list";
                replaceRandomArray(tree);
            }
        }
        description.append(' ').append(name);
        return tree;
    }

    private List<ObjectNode> objects(JsonNode tree) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(tree, node -> {
            if (node.isObject()) {
                objects.add((ObjectNode) node);
            }
        });
        return objects;
    }

    private static void collect(JsonNode node, java.util.function.Consumer<JsonNode> sink) {
        sink.accept(node);
        for (JsonNode child : node) {
            collect(child, sink);
        }
    }

    /** A random place in the tree: a field of an object or an item of an array. */
    private void replaceRandom(JsonNode tree, BiFunction<JsonNode, Object, JsonNode> replacement) {
        List<Object[]> places = new ArrayList<>();
        collect(tree, node -> {
            if (node.isObject()) {
                node.fieldNames().forEachRemaining(name -> places.add(new Object[] {node, name}));
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    places.add(new Object[] {node, i});
                }
            }
        });
        if (places.isEmpty()) {
            return;
        }
        Object[] place = places.get(random.nextInt(places.size()));
        JsonNode value = replacement.apply((JsonNode) place[0], place[1]);
        if (place[1] instanceof String field) {
            ((ObjectNode) place[0]).set(field, value);
        } else {
            ((ArrayNode) place[0]).set((Integer) place[1], value);
        }
    }

    private static JsonNode get(JsonNode parent, Object key) {
        return key instanceof String field ? parent.get(field) : parent.get((Integer) key);
    }

    private void removeRandom(JsonNode tree) {
        List<ObjectNode> objects = objects(tree).stream().filter(o -> o.size() > 0).toList();
        if (!objects.isEmpty()) {
            ObjectNode object = objects.get(random.nextInt(objects.size()));
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            object.remove(names.get(random.nextInt(names.size())));
        }
    }

    private void replaceRandomArray(JsonNode tree) {
        List<ArrayNode> arrays = new ArrayList<>();
        collect(tree, node -> {
            if (node.isArray()) {
                arrays.add((ArrayNode) node);
            }
        });
        if (!arrays.isEmpty()) {
            arrays.get(random.nextInt(arrays.size())).removeAll();
        }
    }

    private JsonNode otherKind(JsonNode old) {
        List<JsonNode> options = new ArrayList<>(List.of(NODES.textNode(word()),
                NODES.numberNode(random.nextInt(5) - 1),
                NODES.numberNode(new BigDecimal("2.5")), NODES.booleanNode(random.nextBoolean()), NODES.nullNode(),
                NODES.arrayNode(), NODES.arrayNode().add(word()).add(1), NODES.objectNode(),
                NODES.objectNode().put("en", word())));
        options.removeIf(o -> old != null && o.getNodeType() == old.getNodeType() && o.size() == old.size());
        return options.get(random.nextInt(options.size()));
    }

    private JsonNode randomValue(int depth) {
        switch (random.nextInt(depth > 0 ? 7 : 5)) {
            case 0:
                return NODES.textNode(word());
            case 1:
                return NODES.numberNode(random.nextInt());
            case 2:
                return NODES.booleanNode(random.nextBoolean());
            case 3:
                return NODES.nullNode();
            case 4:
                return NODES.numberNode(random.nextDouble() * 1000);
            case 5: {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomValue(depth - 1));
                }
                return array;
            }
            default: {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(word(), randomValue(depth - 1));
                }
                return object;
            }
        }
    }

    private JsonNode[] version() {
        return new JsonNode[] {NODES.textNode("2.0"), NODES.textNode("1.99"), NODES.textNode("99999.0"),
            NODES.textNode("1.0.0"), NODES.textNode(""), NODES.textNode("-1.0"), NODES.numberNode(2),
            NODES.numberNode(1), NODES.numberNode(99999999999L), NODES.nullNode(), NODES.textNode("1.0-beta"),
            NODES.textNode("0.9"), NODES.textNode("0.1"), NODES.numberNode(new BigDecimal("1.5")),
            NODES.textNode("99999999.0"), NODES.numberNode(0)};
    }

    private JsonNode nested(int depth) {
        JsonNode node = NODES.textNode("bottom");
        for (int i = 0; i < depth; i++) {
            node = random.nextBoolean() ? NODES.arrayNode().add(node) : NODES.objectNode().set("x", node);
        }
        return node;
    }

    /** Mostly long strings within the limit, sometimes just beyond it (1,000,000 characters). */
    private String hugeString() {
        int length = random.nextInt(16) == 0 ? 1_000_001 + random.nextInt(1000) : 10_000 + random.nextInt(50_000);
        String unit = pick(new String[] {"x", "ü", "\ud83d\ude80", "\"", "\\", "\n", "\u0000"});
        return unit.repeat(Math.max(1, length / unit.length()));
    }

    private JsonNode hugeNumber() {
        return switch (random.nextInt(8)) {
            case 0 -> NODES.numberNode(new BigDecimal("1e400"));
            case 1 -> NODES.numberNode(BigInteger.TEN.pow(30 + random.nextInt(40)));
            case 2 -> NODES.numberNode(new BigDecimal("0." + "0".repeat(random.nextInt(30)) + "1"));
            case 3 -> NODES.numberNode(new BigDecimal("-999999999999999.999999"));
            case 4 -> NODES.numberNode(new BigDecimal("1e15"));
            case 5 -> NODES.numberNode(Long.MIN_VALUE);
            case 6 -> NODES.numberNode(new BigDecimal("123456789.123456789"));
            default -> NODES.numberNode(new BigDecimal("-0.0000001"));
        };
    }

    private JsonNode many() {
        if (random.nextBoolean()) {
            ArrayNode array = NODES.arrayNode();
            for (int i = 0; i < 2_000 + random.nextInt(8_000); i++) {
                array.add("x" + i);
            }
            return array;
        }
        ObjectNode object = NODES.objectNode();
        for (int i = 0; i < 500 + random.nextInt(1_500); i++) {
            object.set("q" + i, NODES.objectNode().put("status", "answered").put("text", "t"));
        }
        return object;
    }

    private void renameOrShuffle(JsonNode tree) {
        if (questionnaire) {
            List<ArrayNode> arrays = new ArrayList<>();
            collect(tree, node -> {
                if (node.isArray() && node.size() > 1) {
                    arrays.add((ArrayNode) node);
                }
            });
            if (!arrays.isEmpty()) {
                ArrayNode array = arrays.get(random.nextInt(arrays.size()));
                JsonNode first = array.remove(0);
                array.add(first);
            }
            return;
        }
        JsonNode answers = tree.path("answers");
        if (answers.isObject() && answers.size() > 0) {
            List<String> names = new ArrayList<>();
            answers.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            JsonNode answer = ((ObjectNode) answers).remove(name);
            ((ObjectNode) answers).set(random.nextBoolean() ? "nope." + name : word(), answer);
        }
    }

    private void conditions(JsonNode tree, java.util.function.UnaryOperator<String> change) {
        List<Object[]> places = new ArrayList<>();
        collect(tree, node -> {
            if (node.isObject()) {
                for (String field : new String[] {"visibleIf", "when"}) {
                    if (node.has(field)) {
                        places.add(new Object[] {node, field});
                    }
                }
            }
        });
        if (!places.isEmpty()) {
            Object[] place = places.get(random.nextInt(places.size()));
            ObjectNode node = (ObjectNode) place[0];
            node.put((String) place[1], change.apply(node.get((String) place[1]).asText()));
        }
    }

    private String replaceOneId(String source, String replacement) {
        Matcher m = ID_IN_CONDITION.matcher(source);
        List<int[]> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(new int[] {m.start(), m.end()});
        }
        if (ids.isEmpty()) {
            return replacement + " is answered";
        }
        int[] id = ids.get(random.nextInt(ids.size()));
        return source.substring(0, id[0]) + replacement + source.substring(id[1]);
    }

    private String soup() {
        StringBuilder soup = new StringBuilder();
        for (int i = random.nextInt(random.nextInt(10) == 0 ? 400 : 12); i >= 0; i--) {
            soup.append(pick(CONDITION_TOKENS)).append(random.nextInt(4) == 0 ? "" : " ");
        }
        return soup.toString();
    }

    /** Makes question a depend on b and b on a (or a on itself), which the check must refuse. */
    private void cycle(JsonNode tree) {
        List<ObjectNode> questions = new ArrayList<>();
        collect(tree, node -> {
            if (node.isObject() && node.has("type") && node.has("id")) {
                questions.add((ObjectNode) node);
            }
        });
        if (questions.isEmpty()) {
            return;
        }
        ObjectNode a = questions.get(random.nextInt(questions.size()));
        ObjectNode b = questions.get(random.nextInt(questions.size()));
        a.put("visibleIf", b.get("id").asText() + " is answered");
        b.put("visibleIf", a.get("id").asText() + " is answered");
    }

    private void missingTranslation(JsonNode tree) {
        List<ObjectNode> texts = objects(tree).stream().filter(o -> o.has("en") && o.has("de")).toList();
        if (!texts.isEmpty()) {
            texts.get(random.nextInt(texts.size())).remove(random.nextBoolean() ? "en" : "de");
        }
    }

    private void duplicateId(JsonNode tree) {
        List<ObjectNode> withId = objects(tree).stream().filter(o -> o.path("id").isTextual()).toList();
        if (withId.size() > 1) {
            ObjectNode a = withId.get(random.nextInt(withId.size()));
            ObjectNode b = withId.get(random.nextInt(withId.size()));
            a.put("id", b.get("id").asText());
        }
    }

    private byte[] serialize(JsonNode tree) {
        try {
            return random.nextBoolean() ? JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree)
                    : JSON.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- byte damage ----

    private byte[] byteOp(byte[] bytes, StringBuilder description) {
        int choice = random.nextInt(15);
        String name;
        byte[] result;
        switch (choice) {
            case 0, 1 -> {
                name = "truncate";
                result = java.util.Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
            }
            case 2, 3 -> {
                name = "flip";
                result = bytes.clone();
                for (int i = 1 + random.nextInt(8); i > 0 && result.length > 0; i--) {
                    result[random.nextInt(result.length)] ^= (byte) (1 + random.nextInt(255));
                }
            }
            case 4 -> {
                name = "insert";
                byte[] inserted = new byte[1 + random.nextInt(16)];
                random.nextBytes(inserted);
                result = insert(bytes, random.nextInt(bytes.length + 1), inserted);
            }
            case 5 -> {
                name = "delete";
                int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
                int to = Math.min(bytes.length, from + 1 + random.nextInt(64));
                result = concat(java.util.Arrays.copyOfRange(bytes, 0, from),
                        java.util.Arrays.copyOfRange(bytes, to, bytes.length));
            }
            case 6 -> {
                name = "repeat";
                int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
                int to = Math.min(bytes.length, from + 1 + random.nextInt(200));
                result = insert(bytes, from, java.util.Arrays.copyOfRange(bytes, from, to));
            }
            case 7, 8 -> {
                name = "duplicate-key";
                result = duplicateLine(bytes);
            }
            case 9, 10 -> {
                name = "invalid-utf8";
                byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
                    {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}, {(byte) 0xFE, (byte) 0xFF}};
                result = insert(bytes, insideString(bytes), bad[random.nextInt(bad.length)]);
            }
            case 11 -> {
                name = "escape";
                String[] escapes = {"\\ud800", "\\udfff\\ud800", "\\u0000", "\\uZZZZ", "\\x41", "\\", "\\u00"};
                result = insert(bytes, insideString(bytes),
                        escapes[random.nextInt(escapes.length)].getBytes(StandardCharsets.US_ASCII));
            }
            case 12 -> {
                name = "deep-text";
                int depth = pick(new Integer[] {65, 1_000, 10_000, 100_000});
                String open = random.nextBoolean() ? "[" : "{\"a\":";
                String close = open.equals("[") ? "]" : "}";
                byte[] nest = (open.repeat(depth) + (random.nextBoolean() ? close.repeat(depth) : ""))
                        .getBytes(StandardCharsets.US_ASCII);
                result = insert(bytes, afterColon(bytes), nest);
            }
            case 13 -> {
                name = "splice";
                byte[] other = seeds.get(random.nextInt(seeds.size())).bytes();
                result = concat(java.util.Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length)),
                        java.util.Arrays.copyOfRange(other, random.nextInt(other.length), other.length));
            }
            default -> {
                name = "blank";
                result = pick(new byte[][] {new byte[0], " \n\t ".getBytes(StandardCharsets.US_ASCII),
                    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        bytes), "null".getBytes(StandardCharsets.US_ASCII), "[]".getBytes(StandardCharsets.US_ASCII),
                    "\"text\"".getBytes(StandardCharsets.US_ASCII), "1e999999".getBytes(StandardCharsets.US_ASCII),
                    "[1e9999999999, -1E-9999999999]".getBytes(StandardCharsets.US_ASCII),
                    new byte[] {0, 0, 0, 0}});
            }
        }
        description.append(' ').append(name);
        return result;
    }

    /** Copies a line holding a field ({@code "key": value}) before itself: the same key twice. */
    private byte[] duplicateLine(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        List<Integer> fields = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().startsWith("\"") && lines[i].contains("\":")) {
                fields.add(i);
            }
        }
        if (fields.isEmpty()) {
            return text.replaceFirst("\\{", "{\"format\": 1, \"format\": 2, ").getBytes(StandardCharsets.UTF_8);
        }
        int line = fields.get(random.nextInt(fields.size()));
        String copy = lines[line].endsWith(",") || lines[line].endsWith("{") || lines[line].endsWith("[")
                ? lines[line] : lines[line] + ",";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i == line) {
                out.append(copy).append('\n');
            }
            out.append(lines[i]);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private int insideString(byte[] bytes) {
        List<Integer> quotes = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '"') {
                quotes.add(i + 1);
            }
        }
        return quotes.isEmpty() ? random.nextInt(bytes.length + 1) : quotes.get(random.nextInt(quotes.size()));
    }

    private int afterColon(byte[] bytes) {
        List<Integer> colons = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == ':') {
                colons.add(i + 1);
            }
        }
        return colons.isEmpty() ? random.nextInt(bytes.length + 1) : colons.get(random.nextInt(colons.size()));
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
        out.write(bytes, 0, at);
        out.write(inserted, 0, inserted.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return insert(a, a.length, b);
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }
}
