package org.kickoff.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kickoff.domain.Answer;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.Evaluation;
import org.kickoff.domain.Progress;
import org.kickoff.domain.Project;
import org.kickoff.domain.Question;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.Reference;
import org.kickoff.domain.RiskFinding;
import org.kickoff.domain.RiskLevel;
import org.kickoff.domain.Risks;
import org.kickoff.domain.Topic;
import org.kickoff.i18n.AnswerFormatter;
import org.kickoff.i18n.Labels;
import org.kickoff.i18n.Messages;
import org.kickoff.i18n.ReferenceText;
import org.kickoff.report.Summary.AppendixEntry;
import org.kickoff.report.Summary.AppendixTopic;
import org.kickoff.report.Summary.Decision;
import org.kickoff.report.Summary.DecisionTopic;
import org.kickoff.report.Summary.EntryTable;
import org.kickoff.report.Summary.Header;
import org.kickoff.report.Summary.InvalidItem;
import org.kickoff.report.Summary.NotApplicableItem;
import org.kickoff.report.Summary.OpenItem;
import org.kickoff.report.Summary.QuestionRef;
import org.kickoff.report.Summary.Risk;
import org.kickoff.report.Summary.RiskCounts;
import org.kickoff.report.Summary.TopicRiskCount;

/** Builds the {@link Summary} of a project: one pass over the questionnaire, then the risks. */
final class SummaryBuilder {

    private final Questionnaire questionnaire;
    private final Project project;
    private final Messages messages;
    private final LocalDate date;
    private final String lang;
    private final AnswerFormatter formatter;
    private final Evaluation evaluation;
    private final DateTimeFormatter dueFormat;
    private final ReferenceText referenceText;
    /** Every reference cited so far, in order of first citation: the appendix's list of sources. */
    private final Map<Reference, Summary.Source> sources = new LinkedHashMap<>();

    SummaryBuilder(Questionnaire questionnaire, Project project, Messages messages, LocalDate date) {
        this.questionnaire = questionnaire;
        this.project = project;
        this.messages = messages;
        this.date = date;
        this.lang = messages.language();
        this.formatter = new AnswerFormatter(messages);
        this.evaluation = new Evaluation(questionnaire, project);
        this.dueFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        this.referenceText = new ReferenceText(messages);
    }

    Summary build() {
        List<InvalidItem> invalid = new ArrayList<>();
        List<OpenItem> open = new ArrayList<>();
        List<NotApplicableItem> notApplicable = new ArrayList<>();
        List<DecisionTopic> decisions = new ArrayList<>();
        List<AppendixTopic> appendix = new ArrayList<>();
        for (Topic topic : questionnaire.topics()) {
            String topicTitle = topic.title().in(lang);
            List<Decision> topicDecisions = new ArrayList<>();
            List<AppendixEntry> entries = new ArrayList<>();
            for (Question question : topic.questions()) {
                boolean visible = evaluation.isVisible(question.id());
                Answer answer = evaluation.answer(question.id());
                if (!visible && project.answer(question.id()).isEmpty()) {
                    // a follow-up that does not apply and holds nothing is no question for this project
                    continue;
                }
                String text = question.text().in(lang);
                AnswerStatus status = status(answer);
                boolean answered = status == AnswerStatus.ANSWERED;
                AnswerFormatter.Worded worded = answered ? formatter.word(question, answer.value())
                        : formatter.word(question, null);
                String answerText = worded.line();
                List<String> lines = worded.entries();
                if (visible && answered) {
                    topicDecisions.add(new Decision(question.id(), text, answerText, lines,
                            new EntryTable(worded.columns(), worded.rows()), answer.note()));
                } else if (visible && status == AnswerStatus.OPEN && !answer.isInvalid()) {
                    open.add(new OpenItem(question.id(), topic.id(), topicTitle, text, answer.owner(), answer.due(),
                            due(answer.due()), answer.note(), isOverdue(answer)));
                } else if (visible && status == AnswerStatus.NOT_APPLICABLE) {
                    notApplicable.add(new NotApplicableItem(question.id(), topic.id(), topicTitle, text,
                            answer.reason(), answer.note()));
                }
                List<String> typed = typed(answer);
                if (visible && answer.isInvalid()) {
                    invalid.add(new InvalidItem(question.id(), topic.id(), topicTitle, text, typed));
                }
                boolean isOpen = status == AnswerStatus.OPEN;
                String statusText = answer.isInvalid() ? messages.get("status.invalid")
                        : isOverdue(answer) ? messages.get("status.overdue") : messages.get(Labels.status(status));
                entries.add(new AppendixEntry(question.id(), text, status, statusText,
                        visible, answerText, lines, isOpen ? answer.owner() : "", isOpen ? answer.due() : null,
                        isOpen ? due(answer.due()) : "",
                        status == AnswerStatus.NOT_APPLICABLE ? answer.reason() : "", answer.note(),
                        answer.isInvalid() ? typed : List.of(), cite(question.references())));
            }
            decisions.add(new DecisionTopic(topic.id(), topicTitle, topicDecisions));
            appendix.add(new AppendixTopic(topic.id(), topicTitle, entries));
        }
        // undated items last; equal dates keep questionnaire order (the sort is stable)
        open.sort(Comparator.comparing(OpenItem::due, Comparator.nullsLast(Comparator.naturalOrder())));
        Risks risks = Risks.of(evaluation);
        List<Risk> riskList = risks(risks);
        return new Summary(lang, header(), riskList, counts(risks), invalid, open, notApplicable,
                decisions.stream().filter(d -> !d.decisions().isEmpty()).toList(), appendix,
                List.copyOf(sources.values()));
    }

    /** The tags of the references, each recorded as a source of the summary. */
    private List<String> cite(List<Reference> references) {
        for (Reference reference : references) {
            sources.computeIfAbsent(reference, r -> new Summary.Source(referenceText.tag(r), referenceText.describe(r)));
        }
        return referenceText.tags(references);
    }

    /** Each text kept as typed, with the field it was typed in: "Number: 2,5". */
    private List<String> typed(Answer answer) {
        List<String> typed = new ArrayList<>();
        answer.drafts().forEach((field, text) -> typed.add(messages.get(Labels.draft(field), text)));
        return typed;
    }

    /** The status the summary counts: "answered" with a blank value is not an answer. */
    private static AnswerStatus status(Answer answer) {
        if (answer.status() == AnswerStatus.ANSWERED) {
            return answer.isAnswered() ? AnswerStatus.ANSWERED : AnswerStatus.UNANSWERED;
        }
        return answer.status();
    }

    private Header header() {
        Progress progress = evaluation.progress();
        int percent = (int) Math.round(progress.fraction() * 100);
        if (percent == 100 && !progress.isComplete()) {
            percent = 99;
        }
        var info = project.info();
        return new Header(info.name(), info.description(), info.authors(), date,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale()).format(date),
                questionnaire.title().in(lang), questionnaire.id(), questionnaire.version(), percent,
                progress.answered(), progress.open(), progress.notApplicable(), progress.untouched(),
                progress.invalid(), progress.total());
    }

    /** The due date in words; a date that has passed says it is overdue. */
    private String due(LocalDate due) {
        if (due == null) {
            return "";
        }
        String text = dueFormat.format(due);
        return due.isBefore(date) ? messages.get("summary.due.overdue", text) : text;
    }

    private boolean isOverdue(Answer answer) {
        return answer.status() == AnswerStatus.OPEN && answer.due() != null && answer.due().isBefore(date);
    }

    private List<Risk> risks(Risks risks) {
        List<Risk> result = new ArrayList<>();
        for (RiskFinding finding : risks.findings()) {
            String topicTitle = questionnaire.topic(finding.topicId()).map(t -> t.title().in(lang))
                    .orElse(messages.get("summary.topic.general"));
            List<QuestionRef> refs = finding.questionIds().stream()
                    .map(id -> new QuestionRef(id, questionnaire.question(id).map(q -> q.text().in(lang)).orElse(id)))
                    .toList();
            String title;
            String explanation;
            String recommendation;
            if (finding.kind() == RiskFinding.Kind.RULE) {
                title = finding.title().in(lang);
                explanation = finding.explanation().in(lang);
                recommendation = finding.recommendation().in(lang);
            } else {
                String question = refs.get(0).text();
                title = messages.get("summary.risk.unanswered.title", question);
                explanation = finding.status() == AnswerStatus.OPEN
                        ? openExplanation(evaluation.answer(finding.id()))
                        : messages.get("summary.risk.unanswered.state") + " " + messages.get("summary.risk.unanswered.why");
                recommendation = messages.get("summary.risk.unanswered.recommendation");
            }
            result.add(new Risk(finding.id(), finding.kind(), finding.level(),
                    messages.get(Labels.level(finding.level())), title, explanation, recommendation,
                    finding.topicId(), topicTitle, cite(finding.references()), refs));
        }
        return result;
    }

    private String openExplanation(Answer answer) {
        boolean owner = !answer.owner().isBlank();
        boolean due = answer.due() != null;
        String state;
        if (owner && due) {
            state = messages.get("summary.risk.open.owner-due", answer.owner(), due(answer.due()));
        } else if (owner) {
            state = messages.get("summary.risk.open.owner", answer.owner());
        } else if (due) {
            state = messages.get("summary.risk.open.due", due(answer.due()));
        } else {
            state = messages.get("summary.risk.open.nobody");
        }
        return state + " " + messages.get("summary.risk.unanswered.why");
    }

    private RiskCounts counts(Risks risks) {
        List<TopicRiskCount> topics = new ArrayList<>();
        risks.countsByTopic().forEach((topicId, byLevel) -> topics.add(new TopicRiskCount(topicId,
                questionnaire.topic(topicId).map(t -> t.title().in(lang)).orElse(topicId),
                byLevel.get(RiskLevel.HIGH), byLevel.get(RiskLevel.MEDIUM), byLevel.get(RiskLevel.LOW))));
        return new RiskCounts(risks.count(RiskLevel.HIGH), risks.count(RiskLevel.MEDIUM), risks.count(RiskLevel.LOW),
                topics);
    }
}
