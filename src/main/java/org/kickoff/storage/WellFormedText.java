package org.kickoff.storage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Text that can be written as UTF-8: a lone half of a surrogate pair (from a {@code "\ud800"} escape in a
 * damaged file, or a broken paste) becomes U+FFFD. Without this, the writer's surrogate combining pairs
 * such a half with the next character and saves a different character in its place: found by the fuzz
 * test, a save would silently change the text after it.
 */
final class WellFormedText {

    static final char REPLACEMENT = '\uFFFD';

    private WellFormedText() {
    }

    static String of(String text) {
        if (text == null || isWellFormed(text)) {
            return text;
        }
        StringBuilder fixed = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isPair(text, i)) {
                fixed.append(c).append(text.charAt(++i));
            } else {
                fixed.append(Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return fixed.toString();
    }

    private static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (isPair(text, i)) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isPair(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    /** The tree with every text and field name well formed; the same tree when nothing needed fixing. */
    static JsonNode tree(JsonNode node) {
        if (node.isTextual()) {
            String text = node.textValue();
            String fixed = of(text);
            return fixed.equals(text) ? node : TextNode.valueOf(fixed);
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                JsonNode fixed = tree(item);
                if (fixed != item) {
                    array.set(i, fixed);
                }
            }
            return array;
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            object.fields().forEachRemaining(fields::add);
            boolean renamed = fields.stream().anyMatch(e -> !e.getKey().equals(of(e.getKey())));
            if (renamed) {
                // rebuilt to keep the order; two names that become equal keep the last value, as a duplicate would
                object.removeAll();
            }
            for (Map.Entry<String, JsonNode> field : fields) {
                JsonNode value = field.getValue();
                JsonNode fixed = tree(value);
                if (renamed || fixed != value) {
                    object.set(of(field.getKey()), fixed);
                }
            }
            return object;
        }
        return node;
    }

    /** A generator that writes every text and field name well formed. */
    static final class Generator extends JsonGeneratorDelegate {

        Generator(JsonGenerator delegate) {
            // false: trees written through this generator come back to its own methods
            super(delegate, false);
        }

        @Override
        public void writeString(String text) throws IOException {
            super.writeString(of(text));
        }

        @Override
        public void writeString(char[] text, int offset, int length) throws IOException {
            writeString(new String(text, offset, length));
        }

        @Override
        public void writeFieldName(String name) throws IOException {
            super.writeFieldName(of(name));
        }
    }
}
