package org.kickoff.storage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Kickoff's JSON layout: two-space indent, {@code "key": value}, one array item per line, {@code []} and
 * {@code {}} for empty ones, LF line ends whatever the system, and a final newline. Files look the same
 * on every machine, which is what makes them diff cleanly.
 */
final class PrettyJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PrettyJson() {
    }

    @FunctionalInterface
    interface Body {
        void write(JsonGenerator generator) throws IOException;
    }

    static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try (JsonGenerator generator = new WellFormedText.Generator(MAPPER.getFactory().createGenerator(out))) {
            generator.setPrettyPrinter(new Printer());
            generator.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            // emoji and other characters beyond the BMP as UTF-8, not as \uD83D\uDE80 escapes
            generator.enable(JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
            body.write(generator);
        } catch (IOException e) {
            // writing to memory does not fail
            throw new IllegalStateException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static final class Printer extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        Printer() {
            super(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            indentObjectsWith(indenter);
            indentArraysWith(indenter);
        }

        private Printer(Printer base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new Printer(this);
        }
    }
}
