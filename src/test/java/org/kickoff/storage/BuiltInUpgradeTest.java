package org.kickoff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.Fixtures;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.QuestionnaireUpgrade;

/**
 * The example project as released with questionnaire 1.0.0 (a copy in the test fixtures; the 1.0.0
 * questionnaire itself is in the jar's archive) opens with the built-in 1.1.0 through the ordinary upgrade
 * path: every answer carried by id, the questions whose wording or options changed marked "changed since
 * you answered", the answers to removed questions kept and listed.
 */
class BuiltInUpgradeTest {

    private static final String OLD_EXAMPLE = "/fixtures/example-1.0.0.kickoff";

    /** Answered in the old example, and reworded or given other options in 1.1.0. */
    private static final List<String> CHANGED = List.of("business.legal", "business.data-deletion",
            "process.git-repository", "process.staging-parity", "architecture.proxy", "security.end-user-auth",
            "security.auth-protocols", "security.secrets-store", "data.volume-now", "data.volume-future",
            "data.traffic", "quality.quality-gates", "quality.test-users", "quality.test-data", "operations.monitoring",
            "operations.alert-channels");

    /** Answered in the old example, and replaced by choice questions in 1.1.0. */
    private static final List<String> REMOVED = List.of("architecture.python-version", "security.credentials-env");

    private final Questionnaire builtIn = Fixtures.builtIn();

    private ProjectFile oldExample() throws Exception {
        return new ProjectFileReader().readFile(Fixtures.resource(OLD_EXAMPLE));
    }

    private QuestionnaireUpgrade upgrade() throws Exception {
        return new QuestionnaireResolver(builtIn).resolve(oldExample()).upgrade().orElseThrow();
    }

    @Test
    void theOldExampleAnswersTheReleasedVersionWhichTheJarStillKnows() throws Exception {
        ProjectFile file = oldExample();
        assertEquals("1.0.0", file.project().questionnaire().version());
        assertTrue(file.embedded().isEmpty(), "it relies on the archive, as every 1.0.0 project of the built-in does");
        assertEquals("1.2.0", builtIn.version());
        QuestionnaireUpgrade upgrade = upgrade();
        assertTrue(upgrade.knowsOldVersion(), "the archived 1.0.0 has the fingerprint the project recorded");
        assertEquals(builtIn, upgrade.current());
    }

    @Test
    void changedQuestionsAreMarkedAndNothingElse() throws Exception {
        QuestionnaireUpgrade upgrade = upgrade();
        assertEquals(CHANGED, upgrade.changed());
        Project upgraded = upgrade.apply();
        assertEquals(new LinkedHashSet<>(CHANGED), upgraded.changedSinceAnswered());
        for (String id : CHANGED) {
            assertTrue(upgraded.isChangedSinceAnswered(id), id);
        }
        assertFalse(upgraded.isChangedSinceAnswered("business.value"), "unchanged wording is not marked");
        assertFalse(upgraded.isChangedSinceAnswered("data.recreate"), "a new guidance text is no change");
    }

    @Test
    void everyAnswerIsCarriedOverByIdAndRemovedOnesAreKeptAndListed() throws Exception {
        Project old = oldExample().project();
        QuestionnaireUpgrade upgrade = upgrade();
        Project upgraded = upgrade.apply();
        assertEquals(old.answers(), upgraded.answers(), "nothing dropped, nothing rewritten");
        assertEquals(REMOVED, upgrade.removed());
        for (String id : REMOVED) {
            assertTrue(builtIn.question(id).isEmpty(), id + " is gone from 1.1.0");
            assertTrue(upgraded.answer(id).isPresent(), id + " keeps its answer");
        }
        assertEquals(List.of(), upgrade.invalid(), "every kept answer still fits its question");
        Questionnaire released = new QuestionnaireReader().read(
                Fixtures.resource("/questionnaires/archive/kickoff-python-backend-1.0.0.json"));
        assertEquals(builtIn.questionIds().stream().filter(id -> released.question(id).isEmpty()).toList(),
                upgrade.added());
        assertEquals(30, upgrade.added().size());
        assertTrue(upgrade.added().containsAll(List.of("architecture.python-release", "security.secret-delivery",
                "api.rate-limiting", "data.rpo", "operations.on-call")), upgrade.added().toString());
    }

    @Test
    void savedAfterTheUpgradeTheProjectAnswers110AndStillHoldsTheOldAnswers(@TempDir Path dir) throws Exception {
        Project upgraded = upgrade().apply();
        Path file = dir.resolve("parcels.kickoff");
        new ProjectFiles().save(file, upgraded, builtIn);
        String text = Files.readString(file);
        assertTrue(text.contains("\"version\": \"1.2.0\""));
        assertFalse(text.contains("embeddedQuestionnaire"), "it answers the built-in questionnaire exactly");
        ProjectFile reopened = new ProjectFileReader().readFile(file);
        assertEquals(upgraded, reopened.project());
        assertTrue(new QuestionnaireResolver(builtIn).resolve(reopened).upgrade().isEmpty(), "no second upgrade");
        assertTrue(reopened.project().answer("architecture.python-version").isPresent());
    }

    /** 1.2.0 only marks architecture decisions (for decision records): a 1.1.0 project has nothing to confirm. */
    @Test
    void aProjectOf110OpensWith120WithoutQuestionsToConfirm() throws Exception {
        Questionnaire old = BuiltIn.archived(builtIn.id(), "1.1.0").orElseThrow();
        Project example = new ProjectFileReader().read(Fixtures.resource("/examples/example.kickoff"))
                .withQuestionnaire(old.ref());
        QuestionnaireUpgrade upgrade = QuestionnaireUpgrade.plan(old, builtIn, example);
        assertEquals(List.of(), upgrade.changed());
        assertEquals(List.of(), upgrade.removed());
        assertTrue(builtIn.question("architecture.framework").orElseThrow().isDecision());
        assertFalse(old.question("architecture.framework").orElseThrow().isDecision());
    }
}
