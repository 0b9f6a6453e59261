package org.kickoff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kickoff.Fixtures;

class ThreeWayMergeTest {

    private final Questionnaire mini = Fixtures.mini();
    private final Project base = SampleProjects.base();

    private static ThreeWayMerge.Result merge(Project base, Project ours, Project theirs) {
        return ThreeWayMerge.merge(base, ours, theirs, SampleProjects.WORDING);
    }

    @Test
    void changesOnDifferentQuestionsCombineCleanly() {
        Project ours = base.withAnswer("first.containers", Answer.answered(new Value.YesNo(false)))
                .withAnswer("second.orm", null);
        Project theirs = base.withAnswer("second.databases", Answer.answered(new Value.Multi(List.of("none"), "")))
                .withAnswer("first.pattern", Answer.answered(new Value.Single("layered", "")));
        ThreeWayMerge.Result result = merge(base, ours, theirs);
        assertTrue(result.isClean(), result.conflicts().toString());
        Project merged = result.merged();
        assertEquals(new Value.YesNo(false), merged.answerOrEmpty("first.containers").value());
        assertFalse(merged.answers().containsKey("second.orm"), "our removal stays");
        assertEquals(new Value.Multi(List.of("none"), ""), merged.answerOrEmpty("second.databases").value());
        assertEquals(new Value.Single("layered", ""), merged.answerOrEmpty("first.pattern").value());
        assertEquals(base.answerOrEmpty("first.which"), merged.answerOrEmpty("first.which"));
    }

    @Test
    void theSameChangeOnBothSidesIsTakenOnce() {
        Project ours = base.withAnswer("second.volume", Answer.answered(new Value.Amount(new BigDecimal("3.0"), "tb")));
        Project theirs = base.withAnswer("second.volume", Answer.answered(new Value.Amount(new BigDecimal("3"), "tb")));
        ThreeWayMerge.Result result = merge(base, ours, theirs);
        assertTrue(result.isClean());
        assertEquals(new Value.Amount(new BigDecimal("3"), "tb"), result.merged().answerOrEmpty("second.volume").value());
    }

    @Test
    void differentFieldsOfOneAnswerMergeCleanly() {
        Project ours = base.withAnswer("first.containers", base.answerOrEmpty("first.containers").withNote("Docker"));
        Project theirs = base.withAnswer("first.containers", Answer.answered(new Value.YesNo(false)));
        ThreeWayMerge.Result result = merge(base, ours, theirs);
        assertTrue(result.isClean());
        Answer merged = result.merged().answerOrEmpty("first.containers");
        assertEquals(new Value.YesNo(false), merged.value());
        assertEquals("Docker", merged.note());
    }

    @Test
    void differentChangesOfOneFieldConflictAndStayVisibleAsOpenQuestions() {
        Project ours = base
                .withAnswer("first.which", Answer.answered(new Value.Entries(List.of(Map.of("name", "api")))))
                .withAnswer("first.kubernetes", Answer.open("Dana", LocalDate.of(2027, 1, 1)))
                .withAnswer("second.orm", Answer.answered(new Value.Text("SQLAlchemy")));
        Project theirs = base
                .withAnswer("first.which", Answer.answered(new Value.Entries(List.of(Map.of("name", "web")))))
                .withAnswer("first.kubernetes", Answer.open("Dana", LocalDate.of(2027, 2, 1)))
                .withAnswer("second.orm", Answer.notApplicable("no database after all"));
        ThreeWayMerge.Result result = merge(base, ours, theirs);
        assertEquals(List.of("first.kubernetes", "first.which", "second.orm"),
                result.conflicts().stream().sorted().toList());
        Answer which = result.merged().answerOrEmpty("first.which");
        assertEquals(AnswerStatus.OPEN, which.status());
        assertEquals(ours.answerOrEmpty("first.which").value(), which.value(), "our value is kept");
        assertTrue(which.note().contains("name=api") && which.note().contains("name=web"), which.note());
        Answer orm = result.merged().answerOrEmpty("second.orm");
        assertEquals(AnswerStatus.OPEN, orm.status());
        assertTrue(orm.note().contains("NOT_APPLICABLE"), orm.note());
        assertEquals(List.of(), ProjectCheck.check(result.merged(), mini), "the merged project is still valid");
    }

    @Test
    void aRemovalAgainstAChangeIsAConflictNotALoss() {
        Project ours = base.withAnswer("second.story", null);
        Project theirs = base.withAnswer("second.story", Answer.answered(new Value.Text("Rewritten")));
        ThreeWayMerge.Result result = merge(base, ours, theirs);
        assertEquals(List.of("second.story"), result.conflicts());
        Answer story = result.merged().answerOrEmpty("second.story");
        assertEquals(AnswerStatus.OPEN, story.status());
        assertTrue(story.note().contains("Rewritten"), story.note());
    }

    @Test
    void bothRenamingTheProjectIsAConflictThatKeepsBothNames() {
        Project ours = base.withInfo(base.info().withName("Parcels (Dana)"));
        Project theirs = base.withInfo(base.info().withName("Parcel platform"));
        ThreeWayMerge.Result result = merge(base, ours, theirs);
        assertEquals(List.of(ProjectDiff.InfoField.NAME), result.infoConflicts());
        assertFalse(result.isClean());
        assertEquals("Parcels (Dana) NAME-CONFLICT Parcel platform", result.merged().info().name());
        assertTrue(merge(base, ours, ours).isClean(), "the same new name on both sides is no conflict");
        assertEquals(List.of("Dana", "Luis"), merge(base, base.withInfo(base.info().withAuthors(List.of("Dana", "Luis"))),
                base).merged().info().authors(), "authors only one side changed merge cleanly");
    }

    @Test
    void projectDescriptionAuthorsMarksAndUnknownFieldsMergeByTheSameRule() {
        Project start = base.withUnknown(new UnknownFields(Map.of("x", "1", "y", "1")))
                .withChangedSinceAnswered(List.of("first.pattern", "second.story"));
        Project ours = start.withInfo(start.info().withDescription("Ours").withAuthors(List.of("Dana", "Ana"))
                        .withModified(Instant.parse("2026-12-01T00:00:00Z")))
                .withUnknown(new UnknownFields(Map.of("x", "2", "y", "1")))
                .withChangeConfirmed("first.pattern");
        Project theirs = start.withInfo(start.info().withName("Theirs").withDescription("Theirs too")
                        .withAuthors(List.of("Luis")).withModified(Instant.parse("2026-12-02T00:00:00Z")))
                .withUnknown(new UnknownFields(Map.of("x", "3", "y", "4", "z", "5")))
                .withQuestionnaire(new QuestionnaireRef("mini", "1.1.0"));
        ThreeWayMerge.Result result = merge(start, ours, theirs);
        Project merged = result.merged();
        assertEquals("Theirs", merged.info().name(), "only they renamed it");
        assertEquals("Ours\n\nDESCRIPTION-CONFLICT Theirs too", merged.info().description(),
                "both changed it: ours, with theirs quoted");
        assertEquals(List.of("Dana", "Ana", "Luis"), merged.info().authors(),
                "both changed the authors differently: everyone either side has is kept");
        assertEquals(List.of(ProjectDiff.InfoField.DESCRIPTION, ProjectDiff.InfoField.AUTHORS), result.infoConflicts());
        assertFalse(result.isClean(), "a conflict in the project's details is a conflict");
        assertEquals(Instant.parse("2026-12-02T00:00:00Z"), merged.info().modified());
        assertEquals(Map.of("x", "2", "y", "4", "z", "5"), merged.unknown().rawJsonByName());
        assertEquals(new QuestionnaireRef("mini", "1.1.0"), merged.questionnaire());
        assertEquals(Set.of("second.story"), merged.changedSinceAnswered(), "our confirmation stays");
    }
}
