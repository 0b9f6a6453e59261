package org.kickoff.storage;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kickoff.domain.LocalizedText;
import org.kickoff.domain.Problem;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.UnknownFields;

/**
 * A JSON object being read, with its path for messages. Each getter checks the type and says where a
 * value is wrong; {@link #unknown(Set)} collects the fields no getter was meant for.
 */
final class JsonObject {

    /** Numbers beyond this are not plausible answers and would be costly to print. */
    private static final BigDecimal LIMIT = new BigDecimal("1e15");
    private static final int MAX_SCALE = 6;

    private final JsonNode node;
    private final String path;

    private JsonObject(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static JsonObject of(JsonNode node, String path) throws ProblemException {
        if (node == null || !node.isObject()) {
            throw new ProblemException(Problem.at(path, "json.expected-object", kind(node)));
        }
        return new JsonObject(node, path);
    }

    String path() {
        return path;
    }

    JsonNode node() {
        return node;
    }

    String at(String field) {
        return field.matches("[A-Za-z][A-Za-z0-9]*") ? path + "." + field : path + "['" + field + "']";
    }

    boolean has(String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    JsonNode raw(String field) {
        return node.get(field);
    }

    Iterable<Map.Entry<String, JsonNode>> fields() {
        List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
        node.fields().forEachRemaining(list::add);
        return list;
    }

    String requiredString(String field) throws ProblemException {
        if (!has(field)) {
            throw new ProblemException(Problem.at(at(field), "json.missing"));
        }
        return string(field, "");
    }

    String string(String field, String fallback) throws ProblemException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isTextual()) {
            throw new ProblemException(Problem.at(at(field), "json.expected-string", kind(value)));
        }
        return value.textValue();
    }

    Optional<String> optionalString(String field) throws ProblemException {
        return has(field) ? Optional.of(string(field, "")) : Optional.empty();
    }

    boolean bool(String field, boolean fallback) throws ProblemException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new ProblemException(Problem.at(at(field), "json.expected-boolean", kind(value)));
        }
        return value.booleanValue();
    }

    Optional<BigDecimal> number(String field) throws ProblemException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            throw new ProblemException(Problem.at(at(field), "json.expected-number", kind(value)));
        }
        BigDecimal number = value.decimalValue();
        if (number.abs().compareTo(LIMIT) >= 0 || number.stripTrailingZeros().scale() > MAX_SCALE) {
            throw new ProblemException(Problem.at(at(field), "json.number-range", value.asText()));
        }
        return Optional.of(number.stripTrailingZeros().scale() < 0 ? number.setScale(0) : number.stripTrailingZeros());
    }

    /** An ISO instant such as 2026-11-29T10:15:30Z; missing means {@code null}. */
    java.time.Instant instant(String field) throws ProblemException {
        String text = string(field, null);
        if (text == null) {
            return null;
        }
        try {
            return java.time.Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ProblemException(Problem.at(at(field), "json.expected-time", text));
        }
    }

    List<String> strings(String field) throws ProblemException {
        List<String> result = new ArrayList<>();
        int i = 0;
        for (JsonNode item : array(field)) {
            if (!item.isTextual()) {
                throw new ProblemException(Problem.at(at(field) + "[" + i + "]", "json.expected-string", kind(item)));
            }
            result.add(item.textValue());
            i++;
        }
        return result;
    }

    List<JsonNode> array(String field) throws ProblemException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new ProblemException(Problem.at(at(field), "json.expected-array", kind(value)));
        }
        List<JsonNode> items = new ArrayList<>();
        value.elements().forEachRemaining(items::add);
        return items;
    }

    JsonObject object(String field) throws ProblemException {
        if (!has(field)) {
            throw new ProblemException(Problem.at(at(field), "json.missing"));
        }
        return of(node.get(field), at(field));
    }

    /** A map from language code to text; missing means empty. */
    LocalizedText text(String field) throws ProblemException {
        if (!has(field)) {
            return LocalizedText.EMPTY;
        }
        JsonObject texts = object(field);
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : texts.fields()) {
            map.put(entry.getKey(), texts.string(entry.getKey(), ""));
        }
        return new LocalizedText(map);
    }

    /** The fields not in {@code known}, as raw JSON text, to be written back unchanged. */
    UnknownFields unknown(Set<String> known) {
        Map<String, String> unknown = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (!known.contains(e.getKey())) {
                unknown.put(e.getKey(), e.getValue().toString());
            }
        });
        return unknown.isEmpty() ? UnknownFields.NONE : new UnknownFields(unknown);
    }

    /** What was found instead, as the key of its name: said in the user's language ({@code Messages#problem}). */
    static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "json.kind.nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "json.kind.array";
            case OBJECT, POJO -> "json.kind.object";
            case STRING -> "json.kind.string";
            case NUMBER -> "json.kind.number";
            case BOOLEAN -> "json.kind.boolean";
            case NULL -> "json.kind.null";
            default -> "json.kind.value";
        };
    }
}
