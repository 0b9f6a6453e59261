package org.kickoff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.Project;
import org.kickoff.domain.ProjectCheck;
import org.kickoff.domain.ProjectInfo;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.QuestionnaireRef;
import org.kickoff.domain.UnknownFields;
import org.kickoff.domain.Value;

class ProjectFileRoundTripTest {

    private final Questionnaire mini = Fixtures.mini();
    private final ProjectFiles files = new ProjectFiles();

    /** Every question type, every answer state, notes, and unknown fields at every level. */
    static Project allTypes() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        // inserted out of questionnaire order on purpose: the file must not depend on editing order
        answers.put("second.story", Answer.answered(new Value.Text("Line one\nLine \"two\" <b>ü</b> 🚀"))
                .withNote("from the workshop"));
        answers.put("first.containers", Answer.answered(new Value.YesNo(true)));
        answers.put("first.kubernetes", Answer.open("Dana Fischer", LocalDate.of(2026, 12, 15)));
        answers.put("first.which", Answer.answered(new Value.Entries(List.of(
                Map.of("name", "api", "purpose", "REST API"), Map.of("name", "worker", "purpose", "")))));
        answers.put("first.pattern", Answer.answered(new Value.Single("other", "Ports & adapters, lite")));
        answers.put("second.databases", Answer.answered(new Value.Multi(List.of("postgresql", "redis"), "")));
        answers.put("second.orm", Answer.notApplicable("No ORM: raw SQL with psycopg"));
        answers.put("second.volume", new Answer(AnswerStatus.ANSWERED, new Value.Amount(new BigDecimal("2.5"), "tb"),
                "", null, "", "", new UnknownFields(Map.of("confidence", "{\"low\":1,\"high\":4}"))));
        answers.put("removed.question", Answer.answered(new Value.Text("kept though the questionnaire lost it")));
        ProjectInfo info = new ProjectInfo("Parcel tracking", "A backend for parcels.", List.of("Dana", "Luis"),
                Instant.parse("2026-11-02T09:15:00Z"), Instant.parse("2026-11-20T16:40:12Z"),
                new UnknownFields(Map.of("customer", "\"Nordwind\"")));
        return new Project(info, new QuestionnaireRef("mini", "1.0.0"), answers,
                new UnknownFields(Map.of("reviews", "[{\"name\":\"kickoff\",\"answers\":{}}]")),
                Set.of("second.volume", "first.pattern"));
    }

    /**
     * {@code mvn test -Dtest=ProjectFileRoundTripTest -Dkickoff.updateGolden=true} rewrites the golden file and
     * the example project after an intended change of the format or of the built-in questionnaire (whose
     * fingerprint the example records); review the diff before committing it.
     */
    private static void updateIfAsked(String sourcePath, byte[] content) throws Exception {
        if (Boolean.getBoolean("kickoff.updateGolden")) {
            Files.write(Path.of(sourcePath), content);
        }
    }

    @Test
    void matchesTheGoldenFile() throws Exception {
        byte[] bytes = files.toBytes(allTypes(), mini);
        updateIfAsked("src/test/resources/golden/all-types.kickoff", bytes);
        String written = new String(bytes, StandardCharsets.UTF_8);
        String golden = new String(Fixtures.resource("/golden/all-types.kickoff"), StandardCharsets.UTF_8);
        assertEquals(golden, written);
    }

    @Test
    void everyTypeAndStateSurvivesARoundTrip(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.kickoff");
        files.save(file, allTypes(), mini);
        Project read = files.open(file);
        assertEquals(allTypes(), read);
        assertEquals(List.of(), ProjectCheck.check(read, mini));
    }

    @Test
    void writingIsStableSoFilesDiffCleanly(@TempDir Path dir) throws Exception {
        byte[] first = files.toBytes(allTypes(), mini);
        Path file = dir.resolve("p.kickoff");
        Files.write(file, first);
        byte[] second = files.toBytes(files.open(file), mini);
        assertEquals(new String(first, StandardCharsets.UTF_8), new String(second, StandardCharsets.UTF_8));
        String text = new String(first, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("}\n"), "final newline");
        assertTrue(!text.contains("\r"), "LF line ends on every system");
        assertTrue(text.indexOf("\"first.containers\"") < text.indexOf("\"second.story\""), "questionnaire order");
        assertTrue(text.indexOf("\"second.volume\"") < text.indexOf("\"removed.question\""), "unknown ids last");
    }

    @Test
    void fieldsFromANewerVersionSurviveASave() throws Exception {
        String newer = """
                {
                  "format": "kickoff-project",
                  "formatVersion": "1.7",
                  "questionnaire": {"id": "mini", "version": "1.0.0", "fingerprint": "sha256:abababababababababababababababababababababababababababababababab"},
                  "project": {"name": "N", "tags": ["x"]},
                  "answers": {
                    "first.containers": {"status": "answered", "yesNo": false, "reviewedBy": {"who": "Ana"}}
                  },
                  "attachments": [1, 2, 3]
                }
                """;
        Project project = new ProjectFileReader().read(newer.getBytes(StandardCharsets.UTF_8));
        String written = new String(files.toBytes(project, mini), StandardCharsets.UTF_8);
        assertTrue(written.contains("\"reviewedBy\": {\n        \"who\": \"Ana\"\n      }"), written);
        assertTrue(written.contains("\"tags\": [\n      \"x\"\n    ]"), written);
        assertTrue(written.contains("\"attachments\": [\n    1,\n    2,\n    3\n  ]"), written);
    }

    @Test
    void aGermanFileOpensInEnglishBecauseOnlyIdsAreStored() {
        String text = new String(files.toBytes(allTypes(), mini), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"choices\": [\n        \"postgresql\",\n        \"redis\"\n      ]"));
        // the embedded copy of the questionnaire has its labels, of course; the answers do not
        String answers = text.substring(0, text.indexOf("\"embeddedQuestionnaire\""));
        assertTrue(!answers.contains("PostgreSQL"), "labels are never written, only option ids");
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.kickoff", "example-de.kickoff", "example-mvp.kickoff"})
    void theExampleProjectsAreValidAndRealistic(String name) throws Exception {
        Questionnaire builtIn = Fixtures.builtIn();
        Project example = new ProjectFileReader().read(Fixtures.resource("/examples/" + name));
        assertEquals(List.of(), ProjectCheck.check(example, builtIn));
        assertEquals(builtIn.ref(), example.questionnaire());
        Map<AnswerStatus, Long> byStatus = new LinkedHashMap<>();
        example.answers().values().forEach(a -> byStatus.merge(a.status(), 1L, Long::sum));
        assertTrue(byStatus.get(AnswerStatus.ANSWERED) > builtIn.questions().size() / 2, byStatus.toString());
        // the shipped file is in Kickoff's own layout, so opening and saving it changes nothing
        byte[] saved = files.toBytes(example, builtIn);
        updateIfAsked("resources/examples/" + name, saved);
        assertEquals(new String(Fixtures.resource("/examples/" + name), StandardCharsets.UTF_8),
                new String(saved, StandardCharsets.UTF_8),
                "after a change of the built-in questionnaire, rewrite the examples with -Dkickoff.updateGolden=true");
    }

    @Test
    void theEnglishExampleShowsEveryKindOfAnswer() throws Exception {
        Project example = new ProjectFileReader().read(Fixtures.resource("/examples/example.kickoff"));
        Map<AnswerStatus, Long> byStatus = new LinkedHashMap<>();
        example.answers().values().forEach(a -> byStatus.merge(a.status(), 1L, Long::sum));
        assertTrue(byStatus.get(AnswerStatus.OPEN) >= 3, byStatus.toString());
        // one honest "not applicable": a plain No is answered as No, a company standard as a constraint
        assertEquals(1L, byStatus.get(AnswerStatus.NOT_APPLICABLE), byStatus.toString());
        assertEquals(AnswerStatus.NOT_APPLICABLE, example.answerOrEmpty("quality.frontend-tests").status());
    }
}
