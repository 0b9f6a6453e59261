package org.kickoff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.RiskFinding;
import org.kickoff.domain.RiskLevel;
import org.kickoff.domain.Value;
import org.kickoff.i18n.Messages;
import org.kickoff.report.Summary.AppendixEntry;
import org.kickoff.report.Summary.Decision;

class SummaryTest {

    private final Questionnaire questionnaire = Fixtures.builtIn();

    private Summary summary(Project project, String language) {
        return Summary.of(questionnaire, project, Messages.forLanguage(language), ReportFixtures.DATE);
    }

    private static Map<String, AppendixEntry> appendix(Summary summary) {
        return summary.appendix().stream().flatMap(t -> t.entries().stream())
                .collect(Collectors.toMap(AppendixEntry::questionId, e -> e));
    }

    @Test
    void headerSaysWhatTheProjectIsAndHowFarItIs() {
        Summary.Header en = ReportFixtures.exampleSummary("en").header();
        assertEquals("Parcel tracking platform", en.projectName());
        assertEquals(List.of("Dana Fischer", "Luis Ortega", "Mira Yilmaz"), en.authors());
        assertEquals("November 20, 2026", en.dateText());
        assertEquals("kickoff-python-backend", en.questionnaireId());
        assertEquals("1.2.0", en.questionnaireVersion());
        assertEquals(en.total(), en.answered() + en.open() + en.notApplicable() + en.unanswered());
        assertEquals(6, en.open());
        assertEquals(Math.round(100.0 * (en.answered() + en.notApplicable()) / en.total()), en.percentComplete());
        Summary.Header de = ReportFixtures.exampleSummary("de").header();
        assertEquals("20. November 2026", de.dateText());
        assertEquals("Kickoff für ein Python-Backend", de.questionnaireTitle());
    }

    @Test
    void theDateComesFromTheClock() {
        Clock clock = Clock.fixed(Instant.parse("2027-01-31T23:30:00Z"), ZoneId.of("Europe/Berlin"));
        Summary summary = Summary.of(questionnaire, ReportFixtures.example(), Messages.forLanguage("en"), clock);
        assertEquals(LocalDate.of(2027, 2, 1), summary.header().date(), "the date where the user is");
    }

    @Test
    void decisionsAreTheAnsweredQuestionsInWordsByTopic() {
        Summary summary = ReportFixtures.exampleSummary("en");
        Map<String, Decision> decisions = summary.decisions().stream().flatMap(t -> t.decisions().stream())
                .collect(Collectors.toMap(Decision::questionId, d -> d));
        assertEquals("Hexagonal (ports and adapters)", decisions.get("architecture.pattern").answer());
        assertEquals("Nordwind's self-managed GitLab", decisions.get("process.git-hosting").note());
        Decision team = decisions.get("team.members");
        assertTrue(team.isList());
        assertEquals(6, team.entries().size());
        assertEquals(List.of("Name", "Role"), team.table().columns());
        assertEquals(List.of("Dana Fischer", "Software architect"), team.table().rows().get(0));
        assertFalse(decisions.containsKey("architecture.machines"), "open questions are no decisions");
        assertFalse(decisions.containsKey("quality.frontend-tests"), "nor are not-applicable ones");
        assertEquals(List.of("business", "team", "process", "architecture", "security", "data", "api", "quality",
                "operations"), summary.decisions().stream().map(Summary.DecisionTopic::topicId).toList());
        Decision german = ReportFixtures.exampleSummary("de").decisions().get(1).decisions().get(3);
        assertEquals("team.iterations", german.questionId());
        assertEquals("Ja", german.answer());
    }

    @Test
    void openQuestionsAreSortedByDueDateWithUndatedOnesLast() {
        Project project = ReportFixtures.example()
                .withAnswer("business.value", Answer.open("Mira", null))
                .withAnswer("team.members", Answer.open("", LocalDate.of(2026, 12, 1)));
        Summary summary = summary(project, "en");
        List<String> order = summary.openQuestions().stream().map(Summary.OpenItem::questionId).toList();
        assertEquals(List.of("team.members", "architecture.machines", "quality.coverage-target",
                "security.compromised-credentials", "data.availability", "operations.admin-tasks",
                "data.volume-future", "business.value"), order);
        Summary.OpenItem first = summary.openQuestions().get(1);
        assertEquals("Sven Krüger", first.owner());
        assertEquals("Dec 11, 2026", first.dueText());
        assertEquals("", summary.openQuestions().get(7).dueText());
        assertEquals("11.12.2026", summary(project, "de").openQuestions().get(1).dueText());
    }

    @Test
    void notApplicableCarriesTheReason() {
        List<Summary.NotApplicableItem> items = ReportFixtures.exampleSummary("en").notApplicable();
        assertEquals(List.of("quality.frontend-tests"),
                items.stream().map(Summary.NotApplicableItem::questionId).toList());
        assertTrue(items.get(0).reason().startsWith("The portal is built and tested by Nordwind's web team"));
    }

    @Test
    void risksHaveTextsInTheChosenLanguageAndLinkToTheirQuestions() {
        Summary en = ReportFixtures.exampleSummary("en");
        List<String> ids = en.risks().stream().map(Summary.Risk::id).toList();
        assertEquals("security.compromised-credentials", ids.get(0), "high first: an open high-risk question");
        assertTrue(ids.containsAll(List.of("no-leaving-member-procedure", "restore-not-tested", "no-smoke-tests")), ids.toString());
        Summary.Risk open = en.risks().get(0);
        assertEquals(RiskFinding.Kind.UNANSWERED, open.kind());
        assertEquals("Still open: owner Luis Ortega, due Dec 15, 2026. Until it is decided, the risk it asks about is unknown.",
                open.explanation());
        Summary.Risk restore = en.risks().stream().filter(r -> r.id().equals("restore-not-tested")).findFirst().get();
        assertEquals(List.of("data.restore-tested", "data.backups"),
                restore.questions().stream().map(Summary.QuestionRef::questionId).toList());
        assertEquals("Data", restore.topicTitle());
        Summary de = ReportFixtures.exampleSummary("de");
        assertEquals("Wiederherstellung aus dem Backup wird nicht getestet", de.risks().stream()
                .filter(r -> r.id().equals("restore-not-tested")).findFirst().get().title());
        assertTrue(de.risks().get(0).explanation().startsWith("Noch offen: verantwortlich Luis Ortega, fällig am 15.12.2026."));
        assertEquals("hoch", de.risks().get(0).levelText());
        for (int i = 1; i < en.risks().size(); i++) {
            assertTrue(en.risks().get(i - 1).level().compareTo(en.risks().get(i).level()) <= 0, "ordered by level");
        }
        assertEquals(en.risks().size(), en.riskCounts().total());
        assertEquals(en.risks().stream().filter(r -> r.level() == RiskLevel.HIGH).count(), en.riskCounts().high());
        int security = en.riskCounts().topics().stream().filter(t -> t.topicId().equals("security")).findFirst()
                .get().total();
        assertEquals(en.risks().stream().filter(r -> r.topicId().equals("security")).count(), security);
    }

    @Test
    void appendixHasEveryQuestionThatAppliesAndHiddenAnswersMarkedAsSuch() {
        // without containers, the Kubernetes follow-ups are hidden, but their answers are kept
        Project project = ReportFixtures.example().withAnswer("architecture.containers",
                Answer.answered(new Value.YesNo(false)));
        Summary summary = summary(project, "en");
        Map<String, AppendixEntry> appendix = appendix(summary);
        AppendixEntry hidden = appendix.get("architecture.kubernetes");
        assertFalse(hidden.visible());
        assertEquals("Yes", hidden.answer());
        assertEquals("The cluster already exists and is run by Nordwind IT.", hidden.note());
        assertEquals(6, appendix.get("architecture.container-list").entries().size());
        assertTrue(summary.decisions().stream().flatMap(t -> t.decisions().stream())
                .noneMatch(d -> d.questionId().equals("architecture.kubernetes")), "hidden answers are no decisions");
        // a follow-up that does not apply and holds nothing is left out
        assertFalse(appendix.containsKey("security.leaving-member-steps"));
        AppendixEntry open = appendix.get("data.availability");
        assertEquals(AnswerStatus.OPEN, open.status());
        assertEquals("open", open.statusText());
        assertEquals("Mira Yilmaz", open.owner());
        assertEquals("", open.answer());
        assertEquals("The portal is built and tested by Nordwind's web team in a separate project.",
                appendix.get("quality.frontend-tests").reason());
        assertEquals("nicht zutreffend", appendix(summary(project, "de")).get("quality.frontend-tests").statusText());
        long visible = appendix.values().stream().filter(AppendixEntry::visible).count();
        assertEquals(summary.header().total(), visible, "every question that applies, answered or not");
    }

    @Test
    void anUntouchedProjectHasEveryRiskQuestionAsARiskAndNothingDone() {
        Project empty = Project.create("Empty", questionnaire.ref(), Instant.EPOCH);
        Summary summary = summary(empty, "en");
        assertEquals(0, summary.header().percentComplete());
        assertEquals(List.of(), summary.decisions());
        assertTrue(summary.risks().stream().allMatch(r -> r.kind() == RiskFinding.Kind.UNANSWERED));
        assertTrue(summary.risks().stream().allMatch(r -> r.explanation().startsWith("Not answered yet.")));
        assertTrue(appendix(summary).values().stream().allMatch(e -> e.status() == AnswerStatus.UNANSWERED));
    }

    @Test
    void textKeptAsTypedIsListedToCorrectAndNeverPrintedAsAValue() throws Exception {
        Project project = ReportFixtures.example()
                .withAnswer("team.iteration-length", new Answer(AnswerStatus.UNANSWERED, null, "", null, "", "",
                        Map.of(Answer.Draft.NUMBER, "2,5"), null))
                .withAnswer("business.value", new Answer(AnswerStatus.OPEN, null, "Dana", null, "", "",
                        Map.of(Answer.Draft.DUE, "31.12."), null));
        Summary summary = summary(project, "en");
        assertEquals(List.of("business.value", "team.iteration-length"),
                summary.invalidInput().stream().map(Summary.InvalidItem::questionId).toList());
        assertEquals(List.of("Number as typed: 2,5"), summary.invalidInput().get(1).typed());
        assertEquals(2, summary.header().invalid());
        assertEquals(summary.header().total(), summary.header().answered() + summary.header().open()
                + summary.header().notApplicable() + summary.header().unanswered() + summary.header().invalid());
        AppendixEntry length = appendix(summary).get("team.iteration-length");
        assertEquals("input to correct", length.statusText());
        assertEquals("", length.answer(), "no number that was not typed");
        assertTrue(summary.openQuestions().stream().noneMatch(o -> o.questionId().equals("business.value")),
                "an open question whose due date is no date is listed to correct, not with a date");
        String markdown = new MarkdownExporter().render(summary);
        assertTrue(markdown.contains("## Input to correct"), markdown);
        assertTrue(markdown.contains("Number as typed: 2,5"));
        assertFalse(markdown.contains("2 weeks"), "the prefix of what was typed is printed nowhere");
        String csv = new String(ExportFormat.CSV.exporter().export(summary, new ExportOptions(PaperSize.A4)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"team.iteration-length\",\"How long is one iteration?\",\"input to correct\""),
                csv.lines().filter(l -> l.contains("iteration-length")).findFirst().orElse(csv));
    }

    @Test
    void anOpenQuestionPastItsDueDateIsMarkedOverdueInEveryFormat() throws Exception {
        Project project = ReportFixtures.example()
                .withAnswer("business.value", Answer.open("Dana", ReportFixtures.DATE.minusDays(1)))
                .withAnswer("business.constraints", Answer.open("Luis", ReportFixtures.DATE));
        Summary summary = summary(project, "en");
        Summary.OpenItem late = summary.openQuestions().stream().filter(o -> o.questionId().equals("business.value"))
                .findFirst().orElseThrow();
        Summary.OpenItem today = summary.openQuestions().stream()
                .filter(o -> o.questionId().equals("business.constraints")).findFirst().orElseThrow();
        assertTrue(late.overdue());
        assertTrue(late.dueText().endsWith("(overdue)"), late.dueText());
        assertFalse(today.overdue(), "due today is not overdue yet");
        assertEquals("open, overdue", appendix(summary).get("business.value").statusText());
        String markdown = new MarkdownExporter().render(summary);
        assertTrue(markdown.contains("(overdue)"));
        String german = new MarkdownExporter().render(summary(project, "de"));
        assertTrue(german.contains("(überfällig)"));
    }
}
