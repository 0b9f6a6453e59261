package org.kickoff.storage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kickoff.domain.Choice;
import org.kickoff.domain.ListType;
import org.kickoff.domain.LocalizedText;
import org.kickoff.domain.MultiChoiceType;
import org.kickoff.domain.NamedItem;
import org.kickoff.domain.NumberType;
import org.kickoff.domain.Problem;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.QuestionType;
import org.kickoff.domain.SingleChoiceType;
import org.kickoff.domain.TextType;
import org.kickoff.domain.Value;
import org.kickoff.domain.YesNoType;

/**
 * Each kind of question in files: the parts of its definition in a questionnaire (options, units and
 * range, columns) and the fields of its answers in a project ({@code "yesNo"}, {@code "choice"},
 * {@code "number"} with {@code "unit"}, ...). The one place in storage that knows the kinds.
 */
final class QuestionTypeJson {

    /** The fields of a question definition that belong to its kind. */
    static final Set<String> PART_FIELDS = Set.of("options", "allowOther", "units", "min", "max", "columns");
    /** The fields of an answer that hold its value; an answer has at most one of them. */
    static final List<String> VALUE_FIELDS = List.of("yesNo", "choice", "choices", "text", "number", "entries");
    /** Fields that go with a value field: the text of "other", the unit of a number. */
    static final Set<String> VALUE_COMPANIONS = Set.of("other", "unit");

    private QuestionTypeJson() {
    }

    // ---- questionnaire: the kind and its parts -----------------------------------------------

    /** The kind named {@code name}, with its parts read from the question's node. */
    static QuestionType<?> readType(String name, JsonObject node) throws ProblemException {
        return switch (name) {
            case YesNoType.NAME -> new YesNoType();
            case SingleChoiceType.NAME -> new SingleChoiceType(options(node), node.bool("allowOther", false));
            case MultiChoiceType.NAME -> new MultiChoiceType(options(node), node.bool("allowOther", false));
            case TextType.SHORT -> new TextType(false);
            case TextType.LONG -> new TextType(true);
            case NumberType.NAME -> new NumberType(items(node, "units"), node.number("min").orElse(null),
                    node.number("max").orElse(null));
            case ListType.NAME -> new ListType(items(node, "columns"));
            default -> throw new ProblemException(Problem.at(node.at("type"), "questionnaire.unknown-type", name));
        };
    }

    private static List<Choice> options(JsonObject node) throws ProblemException {
        List<Choice> options = new ArrayList<>();
        List<JsonNode> nodes = node.array("options");
        for (int o = 0; o < nodes.size(); o++) {
            JsonObject option = JsonObject.of(nodes.get(o), node.at("options") + "[" + o + "]");
            options.add(new Choice(option.requiredString("id"), option.text("label"), option.bool("exclusive", false)));
        }
        return options;
    }

    private static List<NamedItem> items(JsonObject node, String field) throws ProblemException {
        List<NamedItem> items = new ArrayList<>();
        List<JsonNode> nodes = node.array(field);
        for (int i = 0; i < nodes.size(); i++) {
            JsonObject item = JsonObject.of(nodes.get(i), node.at(field) + "[" + i + "]");
            items.add(new NamedItem(item.requiredString("id"), item.text("label"), item.text("one")));
        }
        return items;
    }

    /** Writes the kind's parts, in the place and order the format has always had them. */
    static void writeParts(JsonGenerator g, QuestionType<?> type, List<String> languages) {
        type.accept(new QuestionType.Visitor<Void>() {
            @Override
            public Void yesNo(YesNoType t) {
                return null;
            }

            @Override
            public Void single(SingleChoiceType t) {
                return io(() -> choices(g, t.options(), t.allowOther(), languages));
            }

            @Override
            public Void multi(MultiChoiceType t) {
                return io(() -> choices(g, t.options(), t.allowOther(), languages));
            }

            @Override
            public Void text(TextType t) {
                return null;
            }

            @Override
            public Void number(NumberType t) {
                return io(() -> {
                    items(g, "units", t.units(), languages);
                    writeNumber(g, "min", t.min());
                    writeNumber(g, "max", t.max());
                });
            }

            @Override
            public Void list(ListType t) {
                return io(() -> items(g, "columns", t.columns(), languages));
            }
        });
    }

    private static void choices(JsonGenerator g, List<Choice> options, boolean allowOther, List<String> languages)
            throws IOException {
        g.writeArrayFieldStart("options");
        for (Choice option : options) {
            g.writeStartObject();
            g.writeStringField("id", option.id());
            text(g, "label", option.label(), languages);
            if (option.exclusive()) {
                g.writeBooleanField("exclusive", true);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (allowOther) {
            g.writeBooleanField("allowOther", true);
        }
    }

    private static void items(JsonGenerator g, String field, List<NamedItem> items, List<String> languages)
            throws IOException {
        if (items.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(field);
        for (NamedItem item : items) {
            g.writeStartObject();
            g.writeStringField("id", item.id());
            text(g, "label", item.label(), languages);
            if (!item.one().isEmpty()) {
                text(g, "one", item.one(), languages);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeNumber(JsonGenerator g, String field, BigDecimal number) throws IOException {
        if (number != null) {
            g.writeFieldName(field);
            g.writeNumber(number);
        }
    }

    /** A text in the chosen languages, as questionnaires write every text. */
    static void text(JsonGenerator g, String field, LocalizedText text, List<String> languages) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, String> entry : text.texts().entrySet()) {
            if (languages.contains(entry.getKey())) {
                g.writeStringField(entry.getKey(), entry.getValue());
            }
        }
        g.writeEndObject();
    }

    // ---- project: the value of an answer -----------------------------------------------------

    /** The value of an answer node, or {@code null} when it has none; one value field at most. */
    static Value readValue(JsonObject node) throws ProblemException {
        List<String> present = VALUE_FIELDS.stream().filter(node::has).toList();
        if (present.size() > 1) {
            throw new ProblemException(Problem.at(node.at(present.get(1)), "project.several-values", present.get(0),
                    present.get(1)));
        }
        if (node.has("other") && !(present.contains("choice") || present.contains("choices"))) {
            throw new ProblemException(Problem.at(node.at("other"), "project.stray-field", "other"));
        }
        if (node.has("unit") && !present.contains("number")) {
            throw new ProblemException(Problem.at(node.at("unit"), "project.stray-field", "unit"));
        }
        if (present.isEmpty()) {
            return null;
        }
        String other = node.string("other", "");
        return switch (present.get(0)) {
            case "yesNo" -> new Value.YesNo(node.bool("yesNo", false));
            case "choice" -> new Value.Single(node.string("choice", ""), other);
            case "choices" -> {
                ProjectFileReader.limit(node, "choices");
                yield new Value.Multi(node.strings("choices"), other);
            }
            case "text" -> new Value.Text(node.string("text", ""));
            case "number" -> new Value.Amount(node.number("number").orElseThrow(), node.string("unit", ""));
            default -> entries(node);
        };
    }

    private static Value entries(JsonObject node) throws ProblemException {
        ProjectFileReader.limit(node, "entries");
        List<Map<String, String>> rows = new ArrayList<>();
        List<JsonNode> items = node.array("entries");
        for (int i = 0; i < items.size(); i++) {
            JsonObject row = JsonObject.of(items.get(i), node.at("entries") + "[" + i + "]");
            Map<String, String> cells = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> cell : row.fields()) {
                cells.put(cell.getKey(), row.string(cell.getKey(), ""));
            }
            rows.add(cells);
        }
        return new Value.Entries(rows);
    }

    /**
     * Writes the value's fields, as the question's kind has them (list cells in its column order, cells of
     * columns it lacks last); a value of another kind (from a changed questionnaire) as its own kind.
     */
    static void writeValue(JsonGenerator g, Value value, QuestionType<?> questionType) {
        QuestionType<?> type = questionType != null && questionType.fits(value) ? questionType : value.kind();
        type.accept(new QuestionType.Visitor<Void>() {
            @Override
            public Void yesNo(YesNoType t) {
                return io(() -> g.writeBooleanField("yesNo", t.valueOf(value).orElseThrow().yes()));
            }

            @Override
            public Void single(SingleChoiceType t) {
                Value.Single single = t.valueOf(value).orElseThrow();
                return io(() -> {
                    g.writeStringField("choice", single.optionId() == null ? "" : single.optionId());
                    optional(g, "other", single.other());
                });
            }

            @Override
            public Void multi(MultiChoiceType t) {
                Value.Multi multi = t.valueOf(value).orElseThrow();
                return io(() -> {
                    g.writeArrayFieldStart("choices");
                    for (String id : multi.optionIds()) {
                        g.writeString(id);
                    }
                    g.writeEndArray();
                    optional(g, "other", multi.other());
                });
            }

            @Override
            public Void text(TextType t) {
                return io(() -> g.writeStringField("text", t.valueOf(value).orElseThrow().text()));
            }

            @Override
            public Void number(NumberType t) {
                Value.Amount amount = t.valueOf(value).orElseThrow();
                // a unit without a number is not a value; the reader would rightly refuse it
                return amount.number() == null ? null : io(() -> {
                    g.writeFieldName("number");
                    g.writeNumber(plain(amount.number()));
                    optional(g, "unit", amount.unit());
                });
            }

            @Override
            public Void list(ListType t) {
                return io(() -> {
                    g.writeArrayFieldStart("entries");
                    for (Map<String, String> row : t.valueOf(value).orElseThrow().rows()) {
                        g.writeStartObject();
                        // cells in column order, whatever order they were typed in
                        for (String column : ProjectFileWriter.ordered(row.keySet(), t.columnIds())) {
                            g.writeStringField(column, row.get(column));
                        }
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                });
            }
        });
    }

    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static void optional(JsonGenerator g, String field, String text) throws IOException {
        if (text != null && !text.isEmpty()) {
            g.writeStringField(field, text);
        }
    }

    private interface Io {
        void run() throws IOException;
    }

    /** The visitor cannot throw: writing to memory fails only on a bug, which PrettyJson reports. */
    private static Void io(Io body) {
        try {
            body.run();
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
