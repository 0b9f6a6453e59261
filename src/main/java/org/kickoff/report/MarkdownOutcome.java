package org.kickoff.report;

import java.util.List;
import org.kickoff.i18n.Messages;
import org.kickoff.report.Summary.ActionLine;
import org.kickoff.report.Summary.OpenItem;
import org.kickoff.report.Summary.Risk;

/** The outcome's parts of the Markdown export, and the meeting brief; every user text escaped. */
final class MarkdownOutcome {

    private final StringBuilder out;
    private final Messages m;

    MarkdownOutcome(StringBuilder out, Messages messages) {
        this.out = out;
        this.m = messages;
    }

    void brief(Summary summary) {
        Summary.Header h = summary.header();
        out.append("# ").append(line(h.projectName().isBlank() ? m.get("report.brief") : h.projectName()))
                .append("\n\n").append(m.get("report.brief")).append("\n\n");
        if (!h.description().isBlank()) {
            out.append(Markdown.escape(HtmlOutcome.shortened(h.description(), 320))).append("\n\n");
        }
        out.append(Markdown.escape(h.authors().isEmpty() ? h.dateText()
                : String.join(", ", h.authors()) + " \u00b7 " + h.dateText())).append("  \n")
                .append("**").append(m.get("report.completion")).append(":** ").append(m.get("report.completion-value",
                        h.percentComplete(), h.answered(), h.open(), h.notApplicable(), h.unanswered(), h.total()))
                .append("\n\n");
        out.append("## ").append(m.get("report.brief.risks")).append("\n\n");
        List<Risk> risks = summary.risksToDecide();
        if (risks.isEmpty()) {
            out.append(m.get("report.brief.no-risks")).append("\n\n");
        } else {
            out.append("| ").append(m.get("report.column.level")).append(" | ").append(m.get("report.column.risk"))
                    .append(" | ").append(m.get("report.column.register")).append(" |\n|---|---|---|\n");
            for (Risk risk : risks) {
                out.append("| ").append(Markdown.cell(risk.levelText())).append(" | ").append(Markdown.cell(risk.title()))
                        .append(" ").append(ids(risk.questions().stream().map(Summary.QuestionRef::questionId).toList()))
                        .append(" | ").append(Markdown.cell(register(risk))).append(" |\n");
            }
            out.append('\n');
        }
        out.append("## ").append(m.get("report.brief.open")).append("\n\n");
        open(summary.openQuestions());
        actions(summary.actions(), true);
        changes(summary);
        out.append('_').append(m.get("report.brief.more")).append("_\n");
    }

    private void open(List<OpenItem> items) {
        if (items.isEmpty()) {
            out.append(m.get("report.no-open")).append("\n\n");
            return;
        }
        out.append("| ").append(m.get("report.column.question")).append(" | ").append(m.get("report.column.owner"))
                .append(" | ").append(m.get("report.column.due")).append(" |\n|---|---|---|\n");
        for (OpenItem item : items) {
            out.append("| ").append(Markdown.cell(item.question())).append(" ").append(Markdown.code(item.questionId()))
                    .append(" | ").append(notSet(item.owner())).append(" | ").append(notSet(item.dueText())).append(" |\n");
        }
        out.append('\n');
    }

    /** The register's word on a risk, on one line. */
    String register(Risk risk) {
        StringBuilder text = new StringBuilder(risk.statusText());
        if (!risk.decision().isBlank()) {
            text.append("; ").append(risk.decision());
        }
        if (!risk.owner().isBlank()) {
            text.append("; ").append(m.get("answer-text.owner", risk.owner()));
        }
        if (!risk.dueText().isBlank()) {
            text.append("; ").append(m.get("answer-text.due", risk.dueText()));
        }
        return text.toString();
    }

    void actions(List<ActionLine> all, boolean brief) {
        List<ActionLine> shown = all.stream().filter(a -> !a.decision() && (!brief || !a.done())).toList();
        out.append("## ").append(m.get("report.section.actions")).append("\n\n");
        if (shown.isEmpty()) {
            out.append(m.get("report.no-actions")).append("\n\n");
            return;
        }
        out.append("| ").append(m.get("report.column.action")).append(" | ").append(m.get("report.column.owner"))
                .append(" | ").append(m.get("report.column.due")).append(" | ").append(m.get("report.column.state"))
                .append(" |\n|---|---|---|---|\n");
        for (ActionLine action : shown) {
            out.append("| ").append(Markdown.cell(action.title()));
            if (!action.riskTitle().isBlank()) {
                out.append("<br>").append(Markdown.cell(m.get("report.action.mitigates", action.riskTitle())));
            }
            if (!action.questions().isEmpty()) {
                out.append(" ").append(ids(action.questions().stream().map(Summary.QuestionRef::questionId).toList()));
            }
            out.append(" | ").append(notSet(action.owner())).append(" | ").append(notSet(action.dueText())).append(" | ")
                    .append(action.overdue() ? "**" + action.stateText() + "**" : action.stateText()).append(" |\n");
        }
        out.append('\n');
    }

    void gone(List<Risk> gone) {
        if (gone.isEmpty()) {
            return;
        }
        out.append("## ").append(m.get("report.section.gone")).append("\n\n").append(m.get("report.gone.why")).append("\n\n");
        for (Risk risk : gone) {
            out.append("- ").append(Markdown.escape(risk.levelText())).append(": ").append(line(risk.title())).append(" ")
                    .append(Markdown.code(risk.id()));
            if (!risk.decision().isBlank()) {
                out.append(" · ").append(line(risk.decision()));
            }
            out.append('\n');
        }
        out.append('\n');
    }

    void changes(Summary summary) {
        summary.changes().ifPresent(changes -> {
            out.append("## ").append(line(m.get("report.section.changes", changes.milestone(), changes.dateText())))
                    .append("\n\n");
            if (changes.lines().isEmpty()) {
                out.append(m.get("report.no-changes")).append("\n\n");
                return;
            }
            out.append("| ").append(m.get("report.column.question")).append(" | ").append(m.get("report.column.before"))
                    .append(" | ").append(m.get("report.column.now")).append(" |\n|---|---|---|\n");
            for (Summary.ChangeLine change : changes.lines()) {
                out.append("| ").append(Markdown.cell(change.subject())).append(" ").append(Markdown.code(change.id()))
                        .append(" | ").append(Markdown.cell(change.before())).append(" | ")
                        .append(Markdown.cell(change.after())).append(" |\n");
            }
            out.append('\n');
        });
    }

    private String notSet(String value) {
        return value.isBlank() ? m.get("report.not-set") : Markdown.cell(value);
    }

    private static String ids(List<String> ids) {
        return String.join(" ", ids.stream().map(Markdown::code).toList());
    }

    private static String line(String text) {
        return Markdown.escape(text.replaceAll("\\R", " "));
    }
}
