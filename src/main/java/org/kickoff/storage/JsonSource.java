package org.kickoff.storage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kickoff.domain.Problem;
import org.kickoff.domain.ProblemException;

/** Reads JSON from a file or bytes into a tree, within limits, turning every failure into a {@link Problem}. */
final class JsonSource {

    /** Field names are ids: far shorter than this. */
    static final int MAX_NAME_LENGTH = 1_000;

    private JsonSource() {
    }

    static byte[] readBytes(Path file, JsonLimits limits) throws ProblemException {
        try {
            BasicFileAttributes attributes = attributes(file);
            if (attributes.isDirectory()) {
                throw new ProblemException(Problem.at("", "file.is-folder"));
            }
            if (!attributes.isRegularFile()) {
                // a named pipe would make the read wait forever, a device never end (/dev/zero)
                throw new ProblemException(Problem.at("", "file.not-regular"));
            }
            long size = attributes.size();
            if (size > limits.maxBytes()) {
                throw new ProblemException(Problem.at("", "file.too-large", kilobytes(size), kilobytes(limits.maxBytes())));
            }
            try (InputStream in = Files.newInputStream(file)) {
                // read at most one byte more than allowed, in case the file grows while we read it
                byte[] bytes = in.readNBytes((int) limits.maxBytes() + 1);
                if (bytes.length > limits.maxBytes()) {
                    throw new ProblemException(Problem.at("", "file.grew-too-large", kilobytes(limits.maxBytes())));
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new ProblemException(Problem.at("", "file.not-found"));
        } catch (AccessDeniedException e) {
            throw new ProblemException(Problem.at("", "file.no-access"));
        } catch (IOException e) {
            throw new ProblemException(Problem.at("", "file.read-failed", reason(e)));
        }
    }

    /** The file's attributes, following links; a link that leads nowhere (or in a circle) is said as such. */
    private static BasicFileAttributes attributes(Path file) throws IOException, ProblemException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(file)) {
                throw new ProblemException(Problem.at("", "file.broken-link"));
            }
            throw e;
        } catch (FileSystemException e) {
            // ELOOP ("Too many levels of symbolic links") has no exception type of its own
            if (!(e instanceof AccessDeniedException) && Files.isSymbolicLink(file)) {
                throw new ProblemException(Problem.at("", "file.broken-link"));
            }
            throw e;
        }
    }

    /** Sizes are rounded up, so that a file one byte over the limit does not read as "16384 KB; at most 16384 KB". */
    private static long kilobytes(long bytes) {
        return (bytes + 1023) / 1024;
    }

    /** The system's reason for a failed read ("Input/output error"), not the exception's class or path. */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getClass().getSimpleName();
    }

    static JsonNode parse(byte[] bytes, JsonLimits limits) throws ProblemException {
        if (bytes.length > limits.maxBytes()) {
            throw new ProblemException(
                    Problem.at("", "file.too-large", kilobytes(bytes.length), kilobytes(limits.maxBytes())));
        }
        if (isBlank(bytes)) {
            throw new ProblemException(Problem.at("", "file.empty"));
        }
        // decoded here rather than by the parser: it would guess UTF-16 from leading zero bytes and then
        // name characters the file does not hold
        String text = decodeUtf8(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        ObjectMapper mapper = mapper(limits);
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
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
            throw new ProblemException(Problem.at(lineColumn(e.getLocation()), limitKey(e.getOriginalMessage()),
                    limitValue(e.getOriginalMessage(), limits)));
        } catch (JsonProcessingException e) {
            throw new ProblemException(syntaxProblem(e, text));
        } catch (IOException e) {
            throw new ProblemException(Problem.at("", "file.read-failed", reason(e)));
        } catch (StackOverflowError e) {
            // the depth limit stops this first; kept as a last line of defence
            throw new ProblemException(Problem.at("", "json.limit.depth", limits.maxDepth()));
        }
    }

    /**
     * A parse error in Kickoff's words. The parser's own message is only read to tell the kinds apart: it
     * names its options and settings ("enable JsonReadFeature...") and is English only.
     */
    static Problem syntaxProblem(JsonProcessingException e, String text) {
        String where = lineColumn(e.getLocation());
        String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (detail.startsWith("Duplicate field")) {
            return Problem.at(where, "json.duplicate-key", detail.replaceAll("(?s)^Duplicate field '(.*)'$", "$1"));
        }
        if (e instanceof JsonEOFException || detail.startsWith("Unexpected end-of-input")) {
            return Problem.at(where, "json.unexpected-end");
        }
        Matcher control = Pattern.compile("CTRL-CHAR, code (\\d{1,3})").matcher(detail);
        if (control.find()) {
            int code = Integer.parseInt(control.group(1));
            return Problem.at(placeOf(text, e.getLocation(), (char) code, where), "json.control-character",
                    codePoint(code));
        }
        if (detail.contains("numeric value")) {
            return Problem.at(where, "json.bad-number");
        }
        if (detail.contains("character escape")) {
            return Problem.at(where, "json.bad-escape");
        }
        Matcher token = Pattern.compile("^(?:Unrecognized|Non-standard) token '([^']{0,100})").matcher(detail);
        if (token.find()) {
            return Problem.at(startOf(text, e.getLocation(), token.group(1), where), "json.unexpected-word",
                    token.group(1));
        }
        Matcher character = Pattern.compile("^Unexpected (?:character|close marker) .*?\\(code (\\d{1,7})")
                .matcher(detail);
        Matcher marker = Pattern.compile("^Unexpected close marker '(.)'").matcher(detail);
        int code = character.find() ? Integer.parseInt(character.group(1))
                : marker.find() ? marker.group(1).codePointAt(0) : -1;
        if (code >= 0 && code <= Character.MAX_CODE_POINT) {
            return visible(code) ? Problem.at(where, "json.unexpected-character", codePoint(code),
                    new String(Character.toChars(code)))
                    : Problem.at(where, "json.unexpected-invisible", codePoint(code));
        }
        return Problem.at(where, "json.invalid");
    }

    /**
     * Where the character the parser complains about stands: it reports the place after it for some
     * errors and at it for others, so the character is looked for at both.
     */
    private static String placeOf(String text, JsonLocation location, char c, String reported) {
        long offset = location == null ? -1 : location.getCharOffset();
        for (long at : new long[] {offset - 1, offset}) {
            if (at >= 0 && at < text.length() && text.charAt((int) at) == c) {
                return lineColumnOf(text, (int) at);
            }
        }
        return reported;
    }

    /** Where an unexpected word starts: the parser reports the place after it. */
    private static String startOf(String text, JsonLocation location, String word, String reported) {
        long offset = location == null ? -1 : location.getCharOffset();
        if (offset < 0 || word.isEmpty()) {
            return reported;
        }
        int at = text.lastIndexOf(word, (int) Math.min(offset, text.length()));
        return at < 0 ? reported : lineColumnOf(text, at);
    }

    private static String lineColumnOf(String text, int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (at - lineStart + 1);
    }

    private static String codePoint(int code) {
        return String.format(java.util.Locale.ROOT, "U+%04X", code);
    }

    /** Whether a character can be shown as itself in a message: not a control, format or space character. */
    private static boolean visible(int code) {
        int type = Character.getType(code);
        return !Character.isWhitespace(code) && !Character.isSpaceChar(code) && type != Character.CONTROL
                && type != Character.FORMAT && type != Character.SURROGATE && type != Character.PRIVATE_USE
                && type != Character.UNASSIGNED;
    }

    private static String limitKey(String detail) {
        String text = detail == null ? "" : detail;
        if (text.startsWith("Document nesting depth")) {
            return "json.limit.depth";
        }
        if (text.startsWith("String value length")) {
            return "json.limit.string";
        }
        if (text.startsWith("Number value length")) {
            return "json.limit.number";
        }
        if (text.startsWith("Name length")) {
            return "json.limit.name";
        }
        return "json.limit.other";
    }

    private static long limitValue(String detail, JsonLimits limits) {
        return switch (limitKey(detail)) {
            case "json.limit.depth" -> limits.maxDepth();
            case "json.limit.string" -> limits.maxStringLength();
            case "json.limit.number" -> limits.maxNumberLength();
            case "json.limit.name" -> MAX_NAME_LENGTH;
            default -> kilobytes(limits.maxBytes());
        };
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
                        .maxNameLength(MAX_NAME_LENGTH)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /** The text of the bytes, which must be UTF-8; the first bad byte is named with its place. */
    private static String decodeUtf8(byte[] bytes) throws ProblemException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
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
}
