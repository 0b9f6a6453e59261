package org.kickoff.storage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kickoff.domain.Problem;
import org.kickoff.domain.ProblemException;

/** Reads JSON from a file or bytes into a tree, within limits, turning every failure into a {@link Problem}. */
final class JsonSource {

    private JsonSource() {
    }

    static byte[] readBytes(Path file, JsonLimits limits) throws ProblemException {
        try {
            if (Files.isDirectory(file)) {
                throw new ProblemException(Problem.at("", "file.is-folder"));
            }
            if (!Files.exists(file)) {
                throw new ProblemException(Problem.at("", "file.not-found"));
            }
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw new ProblemException(Problem.at("", "file.too-large", size / 1024, limits.maxBytes() / 1024));
            }
            try (InputStream in = Files.newInputStream(file)) {
                // read at most one byte more than allowed, in case the file grows while we read it
                byte[] bytes = in.readNBytes((int) limits.maxBytes() + 1);
                if (bytes.length > limits.maxBytes()) {
                    throw new ProblemException(
                            Problem.at("", "file.too-large", bytes.length / 1024, limits.maxBytes() / 1024));
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new ProblemException(Problem.at("", "file.not-found"));
        } catch (AccessDeniedException e) {
            throw new ProblemException(Problem.at("", "file.no-access"));
        } catch (IOException e) {
            throw new ProblemException(Problem.at("", "file.read-failed", String.valueOf(e.getMessage())));
        }
    }

    static JsonNode parse(byte[] bytes, JsonLimits limits) throws ProblemException {
        if (bytes.length > limits.maxBytes()) {
            throw new ProblemException(
                    Problem.at("", "file.too-large", bytes.length / 1024, limits.maxBytes() / 1024));
        }
        if (isBlank(bytes)) {
            throw new ProblemException(Problem.at("", "file.empty"));
        }
        checkUtf8(bytes);
        ObjectMapper mapper = mapper(limits);
        try (JsonParser parser = mapper.getFactory().createParser(bytes)) {
            JsonNode node = readTree(mapper, parser);
            if (node == null || node.isMissingNode()) {
                throw new ProblemException(Problem.at("", "file.empty"));
            }
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new ProblemException(Problem.at(lineColumn(at), "json.trailing-content"));
            }
            return WellFormedText.tree(node);
        } catch (StreamConstraintsException e) {
            throw new ProblemException(Problem.at(lineColumn(e.getLocation()), "json.limit", e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage();
            if (detail != null && detail.startsWith("Duplicate field")) {
                throw new ProblemException(Problem.at(lineColumn(e.getLocation()), "json.duplicate-key",
                        detail.replaceAll("^Duplicate field '(.*)'$", "$1")));
            }
            throw new ProblemException(Problem.at(lineColumn(e.getLocation()), "json.syntax", firstLine(detail)));
        } catch (CharConversionException e) {
            // leading zero bytes make the parser guess UTF-16 or UTF-32, though the bytes passed as UTF-8
            throw new ProblemException(Problem.at("1:1", "json.syntax", firstLine(e.getMessage())));
        } catch (IOException e) {
            throw new ProblemException(Problem.at("", "file.read-failed", String.valueOf(e.getMessage())));
        } catch (StackOverflowError e) {
            // the depth limit stops this first; kept as a last line of defence
            throw new ProblemException(Problem.at("", "json.limit", "nesting"));
        }
    }

    private static JsonNode readTree(ObjectMapper mapper, JsonParser parser) throws IOException, ProblemException {
        try {
            return mapper.readTree(parser);
        } catch (NumberFormatException e) {
            // 1e9999999999: within the length limit, but its exponent does not fit a BigDecimal (found by fuzzing)
            String number = parser.getText();
            throw new ProblemException(Problem.at(lineColumn(parser.currentTokenLocation()), "json.number-range",
                    number == null ? "" : number));
        }
    }

    /** Mappers are costly to make (tens of milliseconds when the program starts) and safe to share. */
    private static final Map<JsonLimits, ObjectMapper> MAPPERS = new ConcurrentHashMap<>();

    static ObjectMapper mapper(JsonLimits limits) {
        return MAPPERS.computeIfAbsent(limits, JsonSource::newMapper);
    }

    private static ObjectMapper newMapper(JsonLimits limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxNameLength(1_000)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /** Jackson accepts some malformed UTF-8 silently in places; check it up front to name the byte. */
    private static void checkUtf8(byte[] bytes) throws ProblemException {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            int offset = firstBadUtf8(bytes);
            throw new ProblemException(Problem.at(lineColumnOfOffset(bytes, offset), "json.not-utf8", offset));
        }
    }

    private static int firstBadUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = java.nio.ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static String lineColumnOfOffset(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return line + ":" + column;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    static String lineColumn(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return location.getLineNr() + ":" + location.getColumnNr();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
