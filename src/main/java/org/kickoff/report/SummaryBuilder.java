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

    private final org.kickoff.domain.Milestone since;
    private final org.kickoff.domain.Register register;
    private final org.kickoff.i18n.OutcomeText outcome;

    SummaryBuilder(Questionnaire questionnaire, Project project, Messages messages, LocalDate date,
                   org.kickoff.domain.Milestone since) {
        this.since = since;
        this.questionnaire = questionnaire;
        this.project = project;
        this.messages = messages;
        this.date = date;
        this.lang = messages.language();
        this.formatter = new AnswerFormatter(messages);
        this.evaluation = new Evaluation(questionnaire, project);
        this.dueFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        this.referenceText = new ReferenceText(messages);
        this.register = org.kickoff.domain.Register.of(evaluation, project, date);
        this.outcome = new org.kickoff.i18n.OutcomeText(messages);
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
        Risks risks = evaluation.risks();
        List<Risk> riskList = risks(risks);
        List<Risk> gone = new ArrayList<>();
        for (org.kickoff.domain.RiskItem item : register.gone()) {
            gone.add(goneRisk(item));
        }
        return new Summary(lang, header(), riskList, counts(risks), invalid, open, notApplicable,
                decisions.stream().filter(d -> !d.decisions().isEmpty()).toList(), appendix,
                List.copyOf(sources.values()), gone, actions(riskList), records(riskList),
                java.util.Optional.ofNullable(since).map(this::changes));
    }

    private Risk goneRisk(org.kickoff.domain.RiskItem item) {
        String title = org.kickoff.i18n.RiskWords.title(messages, questionnaire, item.id());
        List<QuestionRef> refs = item.questionIds().stream()
                .map(id -> new QuestionRef(id, questionnaire.question(id).map(q -> q.text().in(lang)).orElse(id)))
                .toList();
        String topicTitle = questionnaire.topic(item.topicId()).map(t -> t.title().in(lang))
                .orElse(messages.get("summary.topic.general"));
        var entry = item.entry();
        return new Risk(item.id(), RiskFinding.Kind.RULE, item.level(), messages.get(Labels.level(item.level())), title,
                "", "", item.topicId(), topicTitle, List.of(), refs, item.status(), messages.get("risks.gone"),
                entry.owner(), entry.due(), date(entry.due()), decision(entry));
    }

    /** Who accepted a risk, until when and why; empty unless someone accepted it. */
    private String decision(org.kickoff.domain.RiskEntry entry) {
        return entry.state() == org.kickoff.domain.RiskState.ACCEPTED ? outcome.acceptance(entry) : "";
    }

    private List<Summary.ActionLine> actions(List<Risk> risks) {
        List<Summary.ActionLine> lines = new ArrayList<>();
        for (org.kickoff.domain.PlanItem item : org.kickoff.domain.ActionPlan.of(evaluation, project, date).items()) {
            List<QuestionRef> refs = item.questionIds().stream()
                    .map(id -> new QuestionRef(id, questionnaire.question(id).map(q -> q.text().in(lang)).orElse(id)))
                    .toList();
            boolean decision = item.kind() == org.kickoff.domain.PlanItem.Kind.DECISION;
            String title = decision ? messages.get("summary.action.decide", refs.get(0).text()) : item.title();
            String riskTitle = item.risk().isBlank() ? "" : risks.stream().filter(r -> r.id().equals(item.risk()))
                    .map(Risk::title).findFirst()
                    .orElse(org.kickoff.i18n.RiskWords.title(messages, questionnaire, item.risk()));
            String state = item.done() ? messages.get("action.state.done")
                    : item.overdue() ? messages.get("summary.action.overdue") : messages.get("action.state.open");
            // the state says "overdue"; the date says only the date, also for a done action
            lines.add(new Summary.ActionLine(item.id(), decision, title, item.owner(), item.due(), date(item.due()),
                    item.done(), item.overdue(), state, riskTitle, refs));
        }
        return lines;
    }

    /** The questions marked as decisions that apply and are answered or open, in questionnaire order. */
    private List<Summary.DecisionRecord> records(List<Risk> risks) {
        List<Summary.DecisionRecord> records = new ArrayList<>();
        for (Topic topic : questionnaire.topics()) {
            for (Question question : evaluation.visibleQuestions(topic)) {
                Answer answer = evaluation.answer(question.id());
                boolean answered = answer.isAnswered();
                if (!question.isDecision() || !answered && answer.status() != AnswerStatus.OPEN) {
                    continue;
                }
                List<String> options = options(question);
                List<String> consequences = risks.stream()
                        .filter(r -> r.questions().stream().anyMatch(q -> q.questionId().equals(question.id())))
                        .map(r -> messages.get("summary.record.consequence", r.levelText(), r.title(), r.statusText()))
                        .toList();
                records.add(new Summary.DecisionRecord(question.id(), question.decision().in(lang),
                        question.text().in(lang), question.guidance().in(lang), options,
                        answered ? formatter.word(question, answer.value()).line() : "", answer.note(), consequences,
                        answered, answer.owner(), answer.due(), due(answer.due()), recordDate(),
                        project.info().authors(), project.info().name()));
            }
        }
        return records;
    }

    /** The day the project was last saved (in UTC), which a record gives as its date; today for a new one. */
    private LocalDate recordDate() {
        return project.info().modified() == null ? date
                : project.info().modified().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    /** The options a decision offered, in words: a choice's options, yes and no. */
    private List<String> options(Question question) {
        if (question.type() instanceof org.kickoff.domain.SingleChoiceType single) {
            return single.options().stream().map(o -> o.label().in(lang)).toList();
        }
        if (question.type() instanceof org.kickoff.domain.MultiChoiceType multi) {
            return multi.options().stream().map(o -> o.label().in(lang)).toList();
        }
        if (question.type() instanceof org.kickoff.domain.YesNoType) {
            return List.of(messages.get("answer.yes"), messages.get("answer.no"));
        }
        return List.of();
    }

    /** Every question and risk whose answer or register entry differs from the milestone's. */
    private Summary.Changes changes(org.kickoff.domain.Milestone milestone) {
        org.kickoff.domain.ProjectDiff diff = org.kickoff.domain.ProjectDiff.compare(questionnaire,
                milestone.asProject(project), project);
        org.kickoff.i18n.AnswerText text = new org.kickoff.i18n.AnswerText(messages);
        List<Summary.ChangeLine> lines = new ArrayList<>();
        for (var topic : diff.topics()) {
            for (var question : topic.differences()) {
                lines.add(new Summary.ChangeLine(question.questionId(), question.question().map(q -> q.text().in(lang))
                        .orElse(question.questionId()), text.describe(questionnaire, question.questionId(), question.left()),
                        text.describe(questionnaire, question.questionId(), question.right())));
            }
        }
        for (var change : diff.register()) {
            lines.add(new Summary.ChangeLine(change.findingId(), org.kickoff.i18n.RiskWords.title(messages,
                    questionnaire, change.findingId()), outcome.describe(change.left()), outcome.describe(change.right())));
        }
        String when = milestone.at() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(messages.locale()).format(milestone.at().atZone(java.time.ZoneOffset.UTC).toLocalDate());
        return new Summary.Changes(milestone.name(), when, lines);
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

    /** A date in words, or empty. */
    private String date(LocalDate day) {
        return day == null ? "" : dueFormat.format(day);
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
            var item = register.item(finding.id()).orElseThrow();
            var entry = item.entry();
            result.add(new Risk(finding.id(), finding.kind(), finding.level(),
                    messages.get(Labels.level(finding.level())), title, explanation, recommendation,
                    finding.topicId(), topicTitle, cite(finding.references()), refs, item.status(),
                    outcome.status(item.status()), entry.owner(), entry.due(),
                    item.isUnaddressed() ? due(entry.due()) : date(entry.due()), decision(entry)));
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
