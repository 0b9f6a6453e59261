package org.kickoff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.Problem;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.QuestionnaireUpgrade;
import org.kickoff.domain.QuestionnaireVersions;
import org.kickoff.domain.SampleProjects;
import org.kickoff.domain.Value;

/** A custom questionnaire travels inside the project file, is checked like any other, and can be upgraded. */
class EmbeddedQuestionnaireTest {

    private final Questionnaire mini = Fixtures.mini();
    private final Questionnaire builtIn = Fixtures.builtIn();
    private final ProjectFiles files = new ProjectFiles();
    private final ProjectFileReader reader = new ProjectFileReader();

    private String written(Project project, Questionnaire questionnaire) {
        return new String(files.toBytes(project, questionnaire), StandardCharsets.UTF_8);
    }

    private ProjectFile read(String text) throws ProblemException {
        return reader.readFile(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aColleagueWithoutTheQuestionnaireFileOpensTheProjectWithTheEmbeddedCopy() throws Exception {
        ProjectFile file = read(written(SampleProjects.base(), mini));
        assertEquals(SampleProjects.base(), file.project());
        assertEquals(Fingerprint.of(mini), file.fingerprint());
        Questionnaire copy = file.embedded().orElseThrow();
        assertEquals(mini.questions(), copy.questions());
        assertEquals(mini.risks(), copy.risks());
        assertEquals(Fingerprint.of(mini), Fingerprint.of(copy), "the copy is exactly the questionnaire");
        QuestionnaireResolver.Resolved resolved = new QuestionnaireResolver(builtIn).resolve(file);
        assertTrue(resolved.upgrade().isEmpty());
        assertEquals(mini.questionIds(), resolved.questionnaire().questionIds());
    }

    @Test
    void theBuiltInQuestionnaireIsRecordedButNotEmbedded() throws Exception {
        Project project = Project.create("P", builtIn.ref(), java.time.Instant.EPOCH)
                .withAnswer(builtIn.questionIds().get(0), Answer.answered(new Value.Text("x")));
        String text = written(project, builtIn);
        assertFalse(text.contains("embeddedQuestionnaire"));
        assertTrue(text.contains("\"fingerprint\": \"" + Fingerprint.of(builtIn) + "\""), text);
        assertTrue(text.length() < 2_000, "a small project stays small: " + text.length());
        ProjectFile file = read(text);
        assertTrue(file.embedded().isEmpty());
        QuestionnaireResolver.Resolved resolved = new QuestionnaireResolver(builtIn).resolve(file);
        assertTrue(resolved.upgrade().isEmpty());
        assertEquals(builtIn, resolved.questionnaire());
    }

    @Test
    void fingerprintsAreStableAndSeeEveryChange() throws Exception {
        Questionnaire again = new QuestionnaireReader().read(new QuestionnaireWriter().write(mini));
        assertEquals(Fingerprint.of(mini), Fingerprint.of(again));
        assertTrue(Fingerprint.of(mini).matches("sha256:[0-9a-f]{64}"));
        String json = new String(Fixtures.resource("/fixtures/mini-questionnaire.json"), StandardCharsets.UTF_8);
        Questionnaire comma = new QuestionnaireReader().read(json.replace("\"The first page.\"", "\"The first page!\"")
                .getBytes(StandardCharsets.UTF_8));
        assertNotEquals(Fingerprint.of(mini), Fingerprint.of(comma), "same version, other content");
    }

    @Test
    void aProjectAnsweringAnUnknownQuestionnaireWithoutCopyIsRefusedClearly() throws Exception {
        String text = written(SampleProjects.base(), mini);
        String withoutCopy = text.substring(0, text.indexOf(",\n  \"embeddedQuestionnaire\"")) + "\n}\n";
        ProjectFile file = read(withoutCopy);
        ProblemException e = assertThrows(ProblemException.class,
                () -> new QuestionnaireResolver(builtIn).resolve(file));
        assertEquals(Problem.at("$.questionnaire.id", "project.unknown-questionnaire", "mini"), e.first());
    }

    @Test
    void aBrokenEmbeddedCopyIsUntrustedInputWithAPathInsideIt() {
        String text = written(SampleProjects.base(), mini);
        int embedded = text.indexOf("\"embeddedQuestionnaire\"");
        String broken = text.substring(0, embedded)
                + text.substring(embedded).replace("\"first.containers == yes\"", "\"first.nothing == yes\"");
        ProblemException e = assertThrows(ProblemException.class, () -> read(broken));
        assertEquals(Problem.at("$.embeddedQuestionnaire.topics[0].questions[1].visibleIf",
                "questionnaire.unknown-question", "first.nothing"), e.first());

        String cycle = text.substring(0, embedded) + text.substring(embedded)
                .replace("\"type\": \"yesno\",\n            \"text\": {\n              \"en\": \"Containers?\"",
                        "\"type\": \"yesno\",\n            \"visibleIf\": \"first.kubernetes is answered\",\n"
                                + "            \"text\": {\n              \"en\": \"Containers?\"");
        assertEquals("questionnaire.cycle", assertThrows(ProblemException.class, () -> read(cycle)).first().key());

        String other = text.substring(0, embedded) + text.substring(embedded)
                .replaceFirst("\"version\": \"1.0.0\"", "\"version\": \"2.0.0\"");
        ProblemException mismatch = assertThrows(ProblemException.class, () -> read(other));
        assertEquals(Problem.at("$.embeddedQuestionnaire.version", "project.embedded-mismatch", "mini 2.0.0",
                "mini 1.0.0"), mismatch.first());
    }

    @Test
    void filesOfFormatOneZeroStillOpen() throws Exception {
        String old = """
                {
                  "format": "kickoff-project",
                  "formatVersion": "1.0",
                  "questionnaire": {"id": "kickoff-python-backend", "version": "%s"},
                  "project": {"name": "Old"},
                  "answers": {"business.value": {"status": "answered", "text": "Parcels"}}
                }
                """;
        ProjectFile file = read(old.formatted(builtIn.version()));
        assertEquals("", file.fingerprint());
        assertTrue(file.embedded().isEmpty());
        assertEquals(Set.of(), file.project().changedSinceAnswered());
        QuestionnaireResolver.Resolved resolved = new QuestionnaireResolver(builtIn).resolve(file);
        assertEquals(builtIn, resolved.questionnaire());
        assertTrue(resolved.upgrade().isEmpty(), "same version of the built-in questionnaire");
        assertTrue(written(file.project(), builtIn).contains("\"formatVersion\": \"" + ProjectFileReader.VERSION + "\""));
        // a 1.0 file of an earlier release of the built-in one is upgraded, compared with the archived version
        QuestionnaireUpgrade upgrade = new QuestionnaireResolver(builtIn).resolve(read(old.formatted("1.0.0")))
                .upgrade().orElseThrow();
        assertTrue(upgrade.knowsOldVersion());
        assertEquals(List.of(), upgrade.changed(), "business.value kept its wording");
    }

    @Test
    void aCustomQuestionnaireIsUpgradedAndTheMarksSurviveSaving(@TempDir Path dir) throws Exception {
        Path path = dir.resolve("p.kickoff");
        files.save(path, SampleProjects.base(), mini);
        ProjectFile file = files.openFile(path);
        Questionnaire next = QuestionnaireVersions.miniNext();
        QuestionnaireUpgrade upgrade = new QuestionnaireResolver(builtIn).upgrade(file, next);
        assertTrue(upgrade.knowsOldVersion(), "compared with the embedded copy");
        assertThrows(IllegalArgumentException.class, () -> new QuestionnaireResolver(builtIn).upgrade(file, builtIn),
                "another questionnaire is no upgrade");
        files.save(path, upgrade.apply(), next);

        ProjectFile reopened = files.openFile(path);
        assertEquals(Set.of("first.pattern", "second.databases", "second.volume"),
                reopened.project().changedSinceAnswered());
        assertEquals("1.1.0", reopened.embedded().orElseThrow().version());
        assertEquals(Fingerprint.of(next), reopened.fingerprint());
        assertEquals(SampleProjects.base().answers(), reopened.project().answers(), "the removed answer is kept");
        String text = Files.readString(path);
        assertTrue(text.contains("\"changedSinceAnswered\": [\n    \"first.pattern\",\n    \"second.databases\",\n"
                + "    \"second.volume\"\n  ]"), text);
    }

    @Test
    void anOlderBuiltInVersionIsUpgradedAndANewerOneIsNotDowngraded() throws Exception {
        String json = new String(new QuestionnaireWriter().write(builtIn), StandardCharsets.UTF_8);
        String firstText = builtIn.questions().get(0).text().in("en");
        assertTrue(json.contains("\"en\": \"" + firstText + "\""), "a plain wording to change");
        Questionnaire older = new QuestionnaireReader().read(json
                .replaceFirst("\"version\": \"" + builtIn.version() + "\"", "\"version\": \"0.9.0\"")
                .replace("\"en\": \"" + firstText + "\"", "\"en\": \"An older wording\"")
                .getBytes(StandardCharsets.UTF_8));
        String firstId = builtIn.questionIds().get(0);
        Project project = Project.create("P", older.ref(), java.time.Instant.EPOCH)
                .withAnswer(firstId, Answer.answered(new Value.Text("answered under 0.9.0")));
        ProjectFile file = read(written(project, older));
        assertTrue(file.embedded().isPresent(), "not this Kickoff's built-in questionnaire: embedded");
        QuestionnaireResolver.Resolved resolved = new QuestionnaireResolver(builtIn).resolve(file);
        QuestionnaireUpgrade upgrade = resolved.upgrade().orElseThrow();
        assertEquals(builtIn, resolved.questionnaire());
        assertTrue(upgrade.knowsOldVersion());
        assertEquals(List.of(firstId), upgrade.changed());
        assertEquals(Set.of(firstId), resolved.project(file).changedSinceAnswered());

        Questionnaire newer = new QuestionnaireReader().read(json
                .replaceFirst("\"version\": \"" + builtIn.version() + "\"", "\"version\": \"9.0.0\"")
                .getBytes(StandardCharsets.UTF_8));
        ProjectFile fromTheFuture = read(written(project.withQuestionnaire(newer.ref()), newer));
        QuestionnaireResolver.Resolved kept = new QuestionnaireResolver(builtIn).resolve(fromTheFuture);
        assertEquals("9.0.0", kept.questionnaire().version());
        assertTrue(kept.upgrade().isEmpty());
    }

    @Test
    void anOlderBuiltInVersionWithoutCopyIsUpgradedAsFarAsKnown() throws Exception {
        String old = """
                {
                  "format": "kickoff-project",
                  "formatVersion": "1.1",
                  "questionnaire": {"id": "kickoff-python-backend", "version": "0.1.0", "fingerprint": "sha256:0000000000000000000000000000000000000000000000000000000000000000"},
                  "project": {"name": "Old"},
                  "answers": {"gone.question": {"status": "answered", "text": "kept"}}
                }
                """;
        QuestionnaireResolver.Resolved resolved = new QuestionnaireResolver(builtIn).resolve(read(old));
        QuestionnaireUpgrade upgrade = resolved.upgrade().orElseThrow();
        assertFalse(upgrade.knowsOldVersion());
        assertEquals(List.of("gone.question"), upgrade.removed());
        assertEquals(builtIn.ref(), upgrade.apply().questionnaire());
    }

    @Test
    void archivedVersionsOfTheBuiltInQuestionnaireAreReadableAndOlder() throws Exception {
        Path archive = Path.of("resources" + BuiltIn.ARCHIVE);
        if (!Files.isDirectory(archive)) {
            assertTrue(BuiltIn.archived(builtIn.id(), "0.0.1").isEmpty());
            return;
        }
        try (var entries = Files.list(archive)) {
            for (Path entry : entries.toList()) {
                Questionnaire old = new QuestionnaireReader().read(entry);
                assertEquals(old.id() + "-" + old.version() + ".json", entry.getFileName().toString());
                assertTrue(QuestionnaireResolver.compareVersions(old.version(), builtIn.version()) < 0, entry.toString());
                assertEquals(Optional.of(old.questionIds()),
                        BuiltIn.archived(old.id(), old.version()).map(Questionnaire::questionIds));
            }
        }
    }

    @Test
    void versionsCompareByTheirNumbers() {
        assertTrue(QuestionnaireResolver.compareVersions("1.10.0", "1.9.2") > 0);
        assertTrue(QuestionnaireResolver.compareVersions("1.0", "1.0.0") == 0);
        assertTrue(QuestionnaireResolver.compareVersions("0.9.0", "1.0.0") < 0);
    }

    @Test
    void theValidatorChecksAProjectAgainstItsEmbeddedCopy(@TempDir Path dir) throws Exception {
        FileValidator validator = new FileValidator();
        Path good = dir.resolve("good.kickoff");
        files.save(good, SampleProjects.base(), mini);
        assertEquals(List.of(), validator.validate(good));
        Path bad = dir.resolve("bad.kickoff");
        files.save(bad, SampleProjects.base().withAnswer("first.pattern",
                Answer.answered(new Value.Single("microservices", ""))), mini);
        assertEquals(List.of(Problem.at("$.answers['first.pattern'].choice", "project.unknown-option", "microservices")),
                validator.validate(bad));
    }
}
