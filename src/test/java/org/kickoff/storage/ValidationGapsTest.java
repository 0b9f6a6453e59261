package org.kickoff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kickoff.Fixtures;
import org.kickoff.domain.IsoDate;
import org.kickoff.domain.Problem;

/** What validate let through (issue 11, item 9): odd dates, versions that are paths, fingerprints that are none. */
class ValidationGapsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private List<Problem> validate(Consumer<ObjectNode> change) throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(Fixtures.resource("/examples/example.kickoff"));
        change.accept(tree);
        Path file = dir.resolve("p.kickoff");
        Files.write(file, JSON.writeValueAsBytes(tree));
        return new FileValidator().validate(file);
    }

    private static void due(ObjectNode tree, String date) {
        ((ObjectNode) tree.get("answers")).putObject("architecture.framework").put("status", "open").put("due", date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+99999-01-01", "-0001-01-01", "99999-01-01", "0000-01-01", "2026-02-30", "2026-1-5"})
    void dueDatesAreCalendarDatesOfTheYears1To9999(String date) throws Exception {
        List<Problem> problems = validate(tree -> due(tree, date));
        assertEquals(List.of(Problem.at("$.answers['architecture.framework'].due", "json.expected-date", date)),
                problems);
        assertEquals(Optional.empty(), IsoDate.parse(date));
    }

    @Test
    void ordinaryDueDatesStayValid() throws Exception {
        assertEquals(List.of(), validate(tree -> due(tree, "2026-12-20")));
        assertEquals(Optional.of(LocalDate.of(1, 1, 1)), IsoDate.parse("0001-01-01"));
        assertEquals(Optional.of(LocalDate.of(9999, 12, 31)), IsoDate.parse("9999-12-31"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.0/../../../../etc/passwd", "", " 1.0", "-1"})
    void aQuestionnaireVersionIsAVersion(String version) throws Exception {
        List<Problem> problems = validate(tree -> ((ObjectNode) tree.get("questionnaire")).put("version", version));
        assertEquals(List.of(Problem.at("$.questionnaire.version", "questionnaire.bad-version", version)), problems);
    }

    @Test
    void aVersionOf300DigitsIsNoVersion() throws Exception {
        String digits = "9".repeat(300);
        assertEquals("questionnaire.bad-version", validate(tree -> ((ObjectNode) tree.get("questionnaire"))
                .put("version", digits)).get(0).key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"md5:abc", "sha256:abc", "SHA256:7485EC7529D41D82B22DB2E4BF439900018F42E74D83E9D7BB0B2EF584011A04"})
    void aFingerprintIsASha256(String fingerprint) throws Exception {
        List<Problem> problems = validate(tree -> ((ObjectNode) tree.get("questionnaire"))
                .put("fingerprint", fingerprint));
        assertEquals(List.of(Problem.at("$.questionnaire.fingerprint", "project.bad-fingerprint", fingerprint)),
                problems);
    }

    @Test
    void aFingerprintMustBeTheOneOfTheEmbeddedCopy() throws Exception {
        ObjectNode questionnaire = (ObjectNode) JSON.readTree(Fixtures.resource(QuestionnaireReader.BUILT_IN));
        questionnaire.put("id", "team-q");
        List<Problem> problems = validate(tree -> {
            ((ObjectNode) tree.get("questionnaire")).put("id", "team-q").put("fingerprint", "sha256:" + "0".repeat(64));
            tree.set("embeddedQuestionnaire", questionnaire);
        });
        assertEquals(List.of(Problem.at("$.questionnaire.fingerprint", "project.fingerprint-mismatch",
                "sha256:" + "0".repeat(64))), problems);
    }

    @Test
    void equalityWithAQuotedTextMustNameAnOption() throws Exception {
        String questionnaire = new String(Fixtures.resource("/fixtures/mini-questionnaire.json"), StandardCharsets.UTF_8);
        String onLongText = questionnaire.replace("\"riskIfUnanswered\": \"medium\",",
                "\"riskIfUnanswered\": \"medium\", \"visibleIf\": \"second.orm == 'sqlalchemy'\",");
        assertTrue(!onLongText.equals(questionnaire), "the fixture changed");
        Path file = dir.resolve("q.json");
        Files.writeString(file, onLongText);
        List<Problem> problems = new FileValidator().validate(file);
        assertEquals(List.of(Problem.at("$.topics[1].questions[3].visibleIf", "questionnaire.test-type",
                "second.orm == 'sqlalchemy'", "text")), problems);
    }
}
