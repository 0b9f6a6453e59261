package org.kickoff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kickoff.Fixtures;

class ProjectDiffTest {

    private final Questionnaire mini = Fixtures.mini();
    private final Project base = SampleProjects.base();

    private ProjectDiff.QuestionDiff question(ProjectDiff diff, String id) {
        return diff.question(id).orElseThrow(() -> new AssertionError("no entry for " + id));
    }

    @Test
    void aProjectEqualsItself() {
        ProjectDiff diff = ProjectDiff.compare(mini, base, base);
        assertTrue(diff.isEqual());
        assertEquals(new ProjectDiff.Counts(8, 0, 0, 0), diff.counts());
        assertEquals(List.of("first", "second"), diff.topics().stream().map(t -> t.topic().orElseThrow().id()).toList());
    }

    @Test
    void everyTypeIsComparedByMeaningNotBySpelling() {
        Project right = base
                .withAnswer("first.which", Answer.answered(new Value.Entries(List.of(
                        Map.of("purpose", "REST API", "name", "api"), Map.of("name", "worker")))))
                .withAnswer("first.pattern", Answer.answered(new Value.Single("other", "Ports & adapters ")))
                .withAnswer("second.databases", Answer.answered(new Value.Multi(List.of("redis", "postgresql"), "")))
                .withAnswer("second.volume", Answer.answered(new Value.Amount(new BigDecimal("2.50"), "tb")))
                .withAnswer("second.story", Answer.answered(new Value.Text("Line one\r\nLine two\n"))
                        .withNote("workshop"));
        ProjectDiff diff = ProjectDiff.compare(mini, base, right);
        assertTrue(diff.isEqual(), diff.topics().toString());
    }

    @Test
    void eachTypeAndFieldThatChangedIsFound() {
        Project right = base
                .withAnswer("first.containers", Answer.answered(new Value.YesNo(false)))
                .withAnswer("first.kubernetes", Answer.open("Luis", LocalDate.of(2027, 1, 10)))
                .withAnswer("first.which", Answer.answered(new Value.Entries(List.of(Map.of("name", "api")))))
                .withAnswer("first.pattern", Answer.answered(new Value.Single("layered", "")))
                .withAnswer("second.databases", Answer.answered(new Value.Multi(List.of("postgresql"), "")))
                .withAnswer("second.orm", Answer.notApplicable("no database at all"))
                .withAnswer("second.volume", Answer.answered(new Value.Amount(new BigDecimal("2.5"), "gb")))
                .withAnswer("second.story", Answer.answered(new Value.Text("Line one\nLine two")));
        ProjectDiff diff = ProjectDiff.compare(mini, base, right);
        assertEquals(new ProjectDiff.Counts(0, 8, 0, 0), diff.counts());
        for (String id : List.of("first.containers", "first.which", "first.pattern", "second.databases",
                "second.volume")) {
            assertEquals(Set.of(AnswerField.VALUE), question(diff, id).fields(), id);
        }
        assertEquals(Set.of(AnswerField.OWNER, AnswerField.DUE), question(diff, "first.kubernetes").fields());
        assertEquals(Set.of(AnswerField.REASON), question(diff, "second.orm").fields());
        assertEquals(Set.of(AnswerField.NOTE), question(diff, "second.story").fields());
        assertEquals(List.of(AnswerField.OWNER, AnswerField.DUE),
                List.copyOf(question(diff, "first.kubernetes").fields()), "fields in the order a view lists them");
    }

    @Test
    void statesAreCompared() {
        Project right = base
                .withAnswer("first.containers", base.answerOrEmpty("first.containers").withStatus(AnswerStatus.OPEN))
                .withAnswer("second.orm", Answer.answered(new Value.Text("SQLAlchemy")));
        ProjectDiff diff = ProjectDiff.compare(mini, base, right);
        assertEquals(Set.of(AnswerField.STATUS), question(diff, "first.containers").fields());
        assertEquals(Set.of(AnswerField.STATUS, AnswerField.VALUE, AnswerField.REASON),
                question(diff, "second.orm").fields());
    }

    @Test
    void oneSidedAnswersAreCountedPerTopicAndInTotal() {
        Project left = base.withAnswer("first.containers", null).withAnswer("removed.question",
                Answer.answered(new Value.Text("kept")));
        Project right = base.withAnswer("second.story", null).withAnswer("second.volume", null);
        ProjectDiff diff = ProjectDiff.compare(mini, left, right);
        ProjectDiff.TopicDiff first = diff.topics().get(0);
        ProjectDiff.TopicDiff second = diff.topics().get(1);
        ProjectDiff.TopicDiff other = diff.topics().get(2);
        assertEquals(new ProjectDiff.Counts(3, 0, 0, 1), first.counts());
        assertEquals(ProjectDiff.Kind.ONLY_RIGHT, question(diff, "first.containers").kind());
        assertEquals(new ProjectDiff.Counts(2, 0, 2, 0), second.counts());
        assertTrue(other.topic().isEmpty(), "answers to unknown questions come last, without a topic");
        assertEquals(List.of("removed.question"), other.questions().stream().map(q -> q.questionId()).toList());
        assertEquals(ProjectDiff.Kind.ONLY_LEFT, other.questions().get(0).kind());
        assertEquals(new ProjectDiff.Counts(5, 0, 3, 1), diff.counts());
        assertEquals(4, diff.counts().differences());
        assertEquals(List.of("first.containers"), first.differences().stream().map(q -> q.questionId()).toList());
    }

    @Test
    void questionsNeitherSideAnsweredAreLeftOut() {
        Project empty = Project.create("P", mini.ref(), java.time.Instant.EPOCH);
        ProjectDiff diff = ProjectDiff.compare(mini, empty, empty.withAnswer("first.containers", Answer.EMPTY));
        assertTrue(diff.isEqual());
        assertTrue(diff.topics().stream().allMatch(t -> t.questions().isEmpty()));
        assertFalse(diff.topics().stream().anyMatch(t -> t.topic().isEmpty()), "no empty 'other' group");
    }

    @Test
    void theProjectsOwnDescriptionIsCompared() {
        Project right = base.withInfo(base.info().withName("Parcels 2").withAuthors(List.of("Dana", "Luis")))
                .withQuestionnaire(new QuestionnaireRef("mini", "1.1.0"));
        ProjectDiff diff = ProjectDiff.compare(mini, base, right);
        assertFalse(diff.isEqual());
        assertEquals(0, diff.counts().differences());
        assertEquals(List.of(
                new ProjectDiff.InfoChange(ProjectDiff.InfoField.QUESTIONNAIRE, "mini 1.0.0", "mini 1.1.0"),
                new ProjectDiff.InfoChange(ProjectDiff.InfoField.NAME, "Parcels", "Parcels 2"),
                new ProjectDiff.InfoChange(ProjectDiff.InfoField.AUTHORS, "Dana", "Dana, Luis")), diff.info());
        Project reordered = base.withInfo(base.info().withAuthors(List.of("Dana")));
        assertTrue(ProjectDiff.compare(mini, base, reordered).isEqual());
    }

    @Test
    void theBuiltInQuestionnaireGroupsByItsTopics() throws Exception {
        Questionnaire builtIn = Fixtures.builtIn();
        Project example = new org.kickoff.storage.ProjectFileReader()
                .read(Fixtures.resource("/examples/example.kickoff"));
        String someId = example.answers().keySet().iterator().next();
        Project changed = example.withAnswer(someId, example.answerOrEmpty(someId).withNote("changed in review"));
        ProjectDiff diff = ProjectDiff.compare(builtIn, example, changed);
        assertEquals(builtIn.topics().size(), diff.topics().size());
        assertEquals(new ProjectDiff.Counts(example.answers().size() - 1, 1, 0, 0), diff.counts());
        ProjectDiff.TopicDiff topic = diff.topics().stream().filter(t -> !t.differences().isEmpty()).findFirst()
                .orElseThrow();
        assertEquals(builtIn.topicOf(someId), topic.topic());
    }
}
