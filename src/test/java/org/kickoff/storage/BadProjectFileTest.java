package org.kickoff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kickoff.Fixtures;
import org.kickoff.domain.Problem;
import org.kickoff.domain.ProblemException;
import org.kickoff.i18n.Messages;

/** Damaged, foreign, hostile and future files: each gets one clear problem that says what and where. */
class BadProjectFileTest {

    private static final String HEAD = "{\"format\": \"kickoff-project\", \"formatVersion\": \"1.0\", "
            + "\"questionnaire\": {\"id\": \"mini\", \"version\": \"1\"}, \"project\": {\"name\": \"P\"}, ";

    private static Problem problemOf(String json) {
        return problemOf(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Problem problemOf(byte[] bytes) {
        return assertThrows(ProblemException.class, () -> new ProjectFileReader().read(bytes)).first();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "empty                | ~~                                                         | file.empty          | ~~",
        "blank                | ~  \n ~                                                    | file.empty          | ~~",
        "not JSON             | ~Hello, world~                                             | json.unexpected-word | 1:1",
        "truncated            | ~{\"format\": \"kickoff-project\", \"formatVer~            | json.unexpected-end | 1:41",
        "array at the top     | ~[1, 2]~                                                   | json.expected-object| $",
        "foreign JSON         | ~{\"name\": \"package.json\"}~                             | project.foreign     | $.format",
        "questionnaire        | ~{\"format\": \"kickoff-questionnaire\"}~                  | project.is-questionnaire | $.format",
        "newer major version  | ~{\"format\": \"kickoff-project\", \"formatVersion\": \"2.0\"}~ | project.newer-format | $.formatVersion",
        "garbled version      | ~{\"format\": \"kickoff-project\", \"formatVersion\": \"one\"}~ | project.bad-version | $.formatVersion",
        "trailing garbage     | ~{\"format\": \"kickoff-project\"} []~                     | json.trailing-content | 1:31",
        "duplicate key        | ~{\"format\": \"kickoff-project\", \"format\": \"x\"}~     | json.duplicate-key  | 1:39"})
    void structurallyBadFiles(String name, String content, String key, String location) {
        Problem problem = problemOf(content == null ? "" : content);
        assertEquals(key, problem.key(), name);
        assertEquals(location == null ? "" : location, problem.location(), name);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "~\"answers\": {\"a\": {\"status\": \"answered\", \"yesNo\": \"yes\"}}}~ | json.expected-boolean | $.answers.a.yesNo",
        "~\"answers\": {\"a.b\": {\"status\": \"maybe\"}}}~                      | project.unknown-status | $.answers['a.b'].status",
        "~\"answers\": {\"a\": {\"status\": \"open\", \"due\": \"tomorrow\"}}}~  | json.expected-date    | $.answers.a.due",
        "~\"answers\": {\"a\": {\"status\": \"answered\", \"text\": \"x\", \"number\": 1}}}~ | project.several-values | $.answers.a.number",
        "~\"answers\": {\"a\": {\"status\": \"answered\", \"number\": 1e400}}}~  | json.number-range     | $.answers.a.number",
        "~\"answers\": {\"a\": {\"status\": \"answered\", \"number\": 0.0000001}}}~ | json.number-range   | $.answers.a.number",
        "~\"answers\": {\"a\": {\"status\": \"answered\", \"choices\": [\"x\", 3]}}}~ | json.expected-string | $.answers.a.choices[1]",
        "~\"answers\": {\"a\": {\"status\": \"answered\", \"entries\": [[\"x\"]]}}}~ | json.expected-object | $.answers.a.entries[0]",
        "~\"answers\": {\"a\": {\"status\": \"answered\", \"unit\": \"gb\"}}}~   | project.stray-field   | $.answers.a.unit",
        "~\"answers\": {\"a\": \"yes\"}}~                                        | json.expected-object  | $.answers.a",
        "~\"answers\": []}~                                                      | json.expected-object  | $.answers"})
    void wrongTypesAreRefusedWithTheirPath(String tail, String key, String location) {
        Problem problem = problemOf(HEAD + tail);
        assertEquals(key, problem.key());
        assertEquals(location, problem.location());
    }

    @Test
    void invalidUtf8IsNamedWithItsPosition() {
        byte[] bytes = (HEAD + "\"answers\": {\"a\": {\"status\": \"answered\", \"text\": \"caf\u00e9\"}}}")
                .getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, (byte) 0xC3);
        bytes[at + 1] = (byte) 0x28;
        Problem problem = problemOf(bytes);
        assertEquals("json.not-utf8", problem.key());
        assertEquals("1:" + (at + 1), problem.location());
    }

    @Test
    void deepNestingIsRefusedQuickly() {
        String deep = HEAD + "\"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        Problem problem = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> problemOf(deep));
        assertEquals(Problem.at(problem.location(), "json.limit.depth", "64"), problem);
    }

    @Test
    void hugeStringsAreRefused() {
        String huge = HEAD + "\"answers\": {\"a\": {\"status\": \"answered\", \"text\": \"" + "x".repeat(2_000_000)
                + "\"}}}";
        assertEquals("json.limit.string", problemOf(huge).key());
        assertEquals(java.util.List.of("1000000"), problemOf(huge).args());
    }

    @Test
    void hugeFilesAreRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.kickoff");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(JsonLimits.PROJECT.maxBytes() + 1);
        }
        ProblemException e = assertThrows(ProblemException.class, () -> new ProjectFileReader().read(file));
        assertEquals("file.too-large", e.first().key());
    }

    @Test
    void foldersAndMissingFilesAreNamed(@TempDir Path dir) {
        assertEquals("file.is-folder",
                assertThrows(ProblemException.class, () -> new ProjectFileReader().read(dir)).first().key());
        assertEquals("file.not-found", assertThrows(ProblemException.class,
                () -> new ProjectFileReader().read(dir.resolve("nope.kickoff"))).first().key());
    }

    @Test
    void messagesSayWhatAndWhereInBothLanguages() {
        Problem problem = problemOf(HEAD + "\"answers\": {\"a\": {\"status\": \"open\", \"due\": \"soon\"}}}");
        assertEquals("$.answers.a.due: Expected a date such as 2026-12-31, found \"soon\".",
                Messages.forLanguage("en").problem(problem));
        assertEquals("$.answers.a.due: Erwartet wird ein Datum wie 2026-12-31, gefunden: „soon“.",
                Messages.forLanguage("de").problem(problem));
        Problem syntax = problemOf("{\n  \"format\": \"kickoff-project\",\n  oops\n}");
        assertTrue(Messages.forLanguage("de").problem(syntax).startsWith("Zeile 3, Spalte 3: "),
                Messages.forLanguage("de").problem(syntax));
    }

    @Test
    void aProjectFileIsCheckedAgainstItsQuestionnaire(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.kickoff");
        Files.writeString(file, HEAD.replace("\"version\": \"1\"", "\"version\": \"1.0.0\"")
                + "\"answers\": {\"second.databases\": {\"status\": \"answered\", \"choices\": [\"postgresql\", \"none\"]},"
                + " \"first.pattern\": {\"status\": \"answered\", \"yesNo\": true}}}");
        var problems = new FileValidator(Fixtures.mini()).validate(file);
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(Problem.at("$.answers['second.databases'].choices", "project.exclusive-option"), problems.get(0));
        assertEquals("project.wrong-type", problems.get(1).key());
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
