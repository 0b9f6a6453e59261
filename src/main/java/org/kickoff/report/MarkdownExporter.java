package org.kickoff.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.RiskLevel;
import org.kickoff.i18n.Labels;
import org.kickoff.i18n.Messages;
import org.kickoff.report.Summary.AppendixEntry;
import org.kickoff.report.Summary.AppendixTopic;
import org.kickoff.report.Summary.Decision;
import org.kickoff.report.Summary.DecisionTopic;
import org.kickoff.report.Summary.Header;
import org.kickoff.report.Summary.InvalidItem;
import org.kickoff.report.Summary.NotApplicableItem;
import org.kickoff.report.Summary.OpenItem;
import org.kickoff.report.Summary.Risk;
import org.kickoff.report.Summary.TopicRiskCount;

/** The summary as Markdown (CommonMark with GitHub tables), for wikis and git; every user text escaped. */
final class MarkdownExporter implements Exporter {

    @Override
    public byte[] export(Summary summary, ExportOptions options) {
        return render(summary, options.document()).getBytes(StandardCharsets.UTF_8);
    }

    String render(Summary summary) {
        return render(summary, Document.FULL);
    }

    String render(Summary summary, Document document) {
        Messages messages = Messages.forLanguage(summary.language());
        StringBuilder out = new StringBuilder(32 * 1024);
        MarkdownOutcome outcome = new MarkdownOutcome(out, messages);
        if (document == Document.BRIEF) {
            outcome.brief(summary);
            return PlainText.withoutControls(out.toString());
        }
        header(out, summary, messages);
        outcome.changes(summary);
        risks(out, summary, messages, outcome);
        outcome.gone(summary.goneRisks());
        outcome.actions(summary.actions(), false);
        invalid(out, summary.invalidInput(), messages);
        open(out, summary.openQuestions(), messages);
        notApplicable(out, summary.notApplicable(), messages);
        decisions(out, summary.decisions(), messages);
        appendix(out, summary.appendix(), messages);
        sources(out, summary.sources(), messages);
        return PlainText.withoutControls(out.toString());
    }

    private static String line(String text) {
        return Markdown.escape(text.replaceAll("\\R", " "));
    }

    /** "high" as a heading or at the start of a line: "High". */
    private static String capitalized(String text, Messages m) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(m.locale()) + text.substring(1);
    }

    private static void header(StringBuilder out, Summary summary, Messages m) {
        Header h = summary.header();
        out.append("# ").append(line(h.projectName().isBlank() ? m.get("report.summary") : h.projectName()))
                .append("\n\n").append(m.get("report.summary")).append("\n\n");
        if (!h.description().isBlank()) {
            out.append(Markdown.escape(h.description())).append("\n\n");
        }
        out.append("| | |\n|---|---|\n");
        if (!h.authors().isEmpty()) {
            out.append("| ").append(m.get("report.authors")).append(" | ")
                    .append(Markdown.cell(String.join(", ", h.authors()))).append(" |\n");
        }
        out.append("| ").append(m.get("report.date")).append(" | ").append(h.dateText()).append(" |\n");
        out.append("| ").append(m.get("report.questionnaire")).append(" | ").append(Markdown.cell(m.get(
                "report.questionnaire-value", h.questionnaireTitle(), h.questionnaireId(), h.questionnaireVersion())))
                .append(" |\n");
        out.append("| ").append(m.get("report.completion")).append(" | ").append(m.get("report.completion-value",
                h.percentComplete(), h.answered(), h.open(), h.notApplicable(), h.unanswered(), h.total()))
                .append(h.invalid() == 0 ? "" : m.get("report.completion-invalid", h.invalid())).append(" |\n\n");
        var counts = summary.riskCounts();
        out.append("**").append(m.get("report.glance", counts.high(), counts.medium(), counts.low(),
                summary.openQuestions().size())).append("**\n\n");
    }

    private static void risks(StringBuilder out, Summary summary, Messages m, MarkdownOutcome outcome) {
        out.append("## ").append(m.get("report.section.risks")).append("\n\n");
        if (summary.risks().isEmpty()) {
            out.append(m.get("report.no-risks")).append("\n\n");
        }
        for (Risk risk : summary.risks()) {
            out.append("- **").append(Markdown.escape(capitalized(risk.levelText(), m))).append(":** ")
                    .append(line(risk.title())).append("  \n");
            if (!risk.explanation().isBlank()) {
                out.append("  ").append(line(risk.explanation())).append("  \n");
            }
            if (!risk.recommendation().isBlank()) {
                out.append("  ").append(m.get("report.recommendation")).append(": ")
                        .append(line(risk.recommendation())).append("  \n");
            }
            out.append("  ").append(Markdown.escape(outcome.register(risk).replaceAll("\\R", " "))).append("  \n");
            out.append("  ").append(m.get("report.linked-questions")).append(": ");
            for (int i = 0; i < risk.questions().size(); i++) {
                out.append(i == 0 ? "" : "; ").append(line(risk.questions().get(i).text())).append(" (")
                        .append(Markdown.code(risk.questions().get(i).questionId())).append(')');
            }
            out.append(" · ").append(Markdown.escape(risk.topicTitle()));
            if (!risk.references().isEmpty()) {
                out.append(" · ").append(m.get("report.references")).append(": ")
                        .append(Markdown.escape(String.join(", ", risk.references())));
            }
            out.append('\n');
        }
        if (!summary.risks().isEmpty()) {
            out.append('\n');
        }
        var counts = summary.riskCounts();
        if (counts.total() > 0) {
            out.append("### ").append(m.get("report.section.risk-counts")).append("\n\n| ")
                    .append(m.get("report.column.topic")).append(" | ")
                    .append(capitalized(m.get(Labels.level(RiskLevel.HIGH)), m)).append(" | ")
                    .append(capitalized(m.get(Labels.level(RiskLevel.MEDIUM)), m)).append(" | ")
                    .append(capitalized(m.get(Labels.level(RiskLevel.LOW)), m)).append(" | ")
                    .append(m.get("report.column.total")).append(" |\n|---|--:|--:|--:|--:|\n");
            for (TopicRiskCount topic : counts.topics()) {
                out.append("| ").append(Markdown.cell(topic.topicTitle())).append(" | ").append(topic.high())
                        .append(" | ").append(topic.medium()).append(" | ").append(topic.low()).append(" | ")
                        .append(topic.total()).append(" |\n");
            }
            out.append("| **").append(m.get("report.column.total")).append("** | **").append(counts.high())
                    .append("** | **").append(counts.medium()).append("** | **").append(counts.low())
                    .append("** | **").append(counts.total()).append("** |\n\n");
        }
    }

    /** Only when there is some: most summaries have none. */
    private static void invalid(StringBuilder out, List<InvalidItem> items, Messages m) {
        if (items.isEmpty()) {
            return;
        }
        out.append("## ").append(m.get("report.section.invalid")).append("\n\n").append(m.get("report.invalid.why"))
                .append("\n\n");
        for (InvalidItem item : items) {
            out.append("- ").append(line(item.question())).append(" (").append(Markdown.code(item.questionId()))
                    .append(") · ").append(Markdown.escape(item.topicTitle())).append(": ")
                    .append(line(String.join("; ", item.typed()))).append('\n');
        }
        out.append('\n');
    }

    private static void open(StringBuilder out, List<OpenItem> items, Messages m) {
        out.append("## ").append(m.get("report.section.open")).append("\n\n");
        if (items.isEmpty()) {
            out.append(m.get("report.no-open")).append("\n\n");
            return;
        }
        out.append("| ").append(m.get("report.column.question")).append(" | ").append(m.get("report.column.topic"))
                .append(" | ").append(m.get("report.column.owner")).append(" | ").append(m.get("report.column.due"))
                .append(" | ").append(m.get("report.column.note")).append(" |\n|---|---|---|---|---|\n");
        for (OpenItem item : items) {
            out.append("| ").append(Markdown.cell(item.question())).append(" (").append(Markdown.code(item.questionId()))
                    .append(") | ").append(Markdown.cell(item.topicTitle())).append(" | ")
                    .append(item.owner().isBlank() ? m.get("report.not-set") : Markdown.cell(item.owner())).append(" | ")
                    .append(item.dueText().isEmpty() ? m.get("report.not-set") : item.dueText()).append(" | ")
                    .append(Markdown.cell(item.note())).append(" |\n");
        }
        out.append('\n');
    }

    private static void notApplicable(StringBuilder out, List<NotApplicableItem> items, Messages m) {
        out.append("## ").append(m.get("report.section.not-applicable")).append("\n\n");
        if (items.isEmpty()) {
            out.append(m.get("report.no-not-applicable")).append("\n\n");
            return;
        }
        out.append("| ").append(m.get("report.column.question")).append(" | ").append(m.get("report.column.reason"))
                .append(" | ").append(m.get("report.column.note")).append(" |\n|---|---|---|\n");
        for (NotApplicableItem item : items) {
            out.append("| ").append(Markdown.cell(item.question())).append(" (").append(Markdown.code(item.questionId()))
                    .append(") | ").append(Markdown.cell(item.reason())).append(" | ").append(Markdown.cell(item.note()))
                    .append(" |\n");
        }
        out.append('\n');
    }

    private static void decisions(StringBuilder out, List<DecisionTopic> topics, Messages m) {
        out.append("## ").append(m.get("report.section.decisions")).append("\n\n");
        if (topics.isEmpty()) {
            out.append(m.get("report.no-decisions")).append("\n\n");
        }
        for (DecisionTopic topic : topics) {
            out.append("### ").append(line(topic.title())).append("\n\n");
            for (Decision decision : topic.decisions()) {
                out.append("**").append(line(decision.question())).append("** ")
                        .append(Markdown.code(decision.questionId())).append("\n\n");
                if (decision.isList()) {
                    for (String entry : decision.entries()) {
                        out.append("- ").append(line(entry)).append('\n');
                    }
                    out.append('\n');
                } else {
                    out.append(Markdown.escape(decision.answer())).append("\n\n");
                }
                if (!decision.note().isBlank()) {
                    out.append('_').append(m.get("report.rationale")).append(":_ ").append(Markdown.escape(decision.note()))
                            .append("\n\n");
                }
            }
        }
    }

    private static void appendix(StringBuilder out, List<AppendixTopic> topics, Messages m) {
        out.append("## ").append(m.get("report.section.appendix")).append("\n\n");
        for (AppendixTopic topic : topics) {
            if (topic.entries().isEmpty()) {
                continue;
            }
            out.append("### ").append(line(topic.title())).append("\n\n| ").append(m.get("report.column.question"))
                    .append(" | ").append(m.get("report.column.status")).append(" | ")
                    .append(m.get("report.column.answer")).append(" | ").append(m.get("report.column.note"))
                    .append(" |\n|---|---|---|---|\n");
            for (AppendixEntry entry : topic.entries()) {
                out.append("| ").append(Markdown.cell(entry.question())).append(" (")
                        .append(Markdown.code(entry.questionId())).append(')');
                if (!entry.references().isEmpty()) {
                    out.append("<br>").append(Markdown.cell(String.join(" · ", entry.references())));
                }
                out.append(" | ").append(entry.statusText());
                if (!entry.visible()) {
                    out.append(" (").append(m.get("report.hidden")).append(')');
                }
                out.append(" | ").append(answerCell(entry, m)).append(" | ").append(Markdown.cell(entry.note()))
                        .append(" |\n");
            }
            out.append('\n');
        }
    }

    /** What the tags in the appendix stand for. */
    private static void sources(StringBuilder out, List<Summary.Source> sources, Messages m) {
        if (sources.isEmpty()) {
            return;
        }
        out.append("### ").append(m.get("report.section.sources")).append("\n\n");
        for (Summary.Source source : sources) {
            out.append("- **").append(line(source.tag())).append("**: ").append(line(source.description()))
                    .append('\n');
        }
        out.append('\n');
    }

    private static String answerCell(AppendixEntry entry, Messages m) {
        if (entry.status() == AnswerStatus.OPEN) {
            return m.get("report.column.owner") + ": " + (entry.owner().isBlank() ? m.get("report.not-set")
                    : Markdown.cell(entry.owner())) + "<br>" + m.get("report.column.due") + ": "
                    + (entry.dueText().isEmpty() ? m.get("report.not-set") : entry.dueText());
        }
        if (entry.status() == AnswerStatus.NOT_APPLICABLE) {
            return Markdown.cell(entry.reason());
        }
        if (!entry.entries().isEmpty()) {
            return String.join("<br>", entry.entries().stream().map(Markdown::cell).toList());
        }
        return Markdown.cell(entry.answer());
    }
}
