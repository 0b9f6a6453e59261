package org.kickoff.report;

import java.util.List;
import java.util.function.UnaryOperator;
import org.kickoff.i18n.Messages;
import org.kickoff.report.Summary.ActionLine;
import org.kickoff.report.Summary.ChangeLine;
import org.kickoff.report.Summary.OpenItem;
import org.kickoff.report.Summary.QuestionRef;
import org.kickoff.report.Summary.Risk;

/**
 * The parts of the HTML (and PDF) export that come from the kickoff's outcome: the meeting brief's sections,
 * the register's word on each risk, the action plan, the risks that no longer apply and the changes since a
 * milestone. Texts go through {@code text}, which escapes them (and bounds them in the PDF).
 */
final class HtmlOutcome {

    private final StringBuilder out;
    private final Messages messages;
    private final UnaryOperator<String> text;

    HtmlOutcome(StringBuilder out, Messages messages, UnaryOperator<String> text) {
        this.out = out;
        this.messages = messages;
        this.text = text;
    }

    private String t(String key, Object... args) {
        return text.apply(messages.get(key, args));
    }

    /** The project in three lines: name, what it is (cut after about three lines), who and when. */
    void briefHeader(Summary summary) {
        Summary.Header h = summary.header();
        out.append("<header>\n<p class=\"kicker\">").append(t("report.brief")).append("</p>\n<h1 dir=\"auto\">")
                .append(text.apply(h.projectName().isBlank() ? messages.get("report.brief") : h.projectName()))
                .append("</h1>\n");
        if (!h.description().isBlank()) {
            out.append("<p class=\"description user\" dir=\"auto\">").append(text.apply(shortened(h.description(), 320)))
                    .append("</p>\n");
        }
        String who = h.authors().isEmpty() ? h.dateText() : String.join(", ", h.authors()) + " \u00b7 " + h.dateText();
        out.append("<p class=\"muted\">").append(text.apply(who)).append("</p>\n<p>")
                .append("<span class=\"label\">").append(t("report.completion")).append(":</span> ")
                .append(t("report.completion-value", h.percentComplete(), h.answered(), h.open(), h.notApplicable(),
                        h.unanswered(), h.total())).append("</p>\n</header>\n");
    }

    static String shortened(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max);
        return flat.substring(0, cut > max / 2 ? cut : max) + " \u2026";
    }

    void briefRisks(Summary summary) {
        List<Risk> risks = summary.risksToDecide();
        out.append("<section>\n<h2 id=\"decide-risks\">").append(t("report.brief.risks")).append("</h2>\n");
        if (risks.isEmpty()) {
            out.append("<p class=\"empty\">").append(t("report.brief.no-risks")).append("</p>\n</section>\n");
            return;
        }
        out.append("<table class=\"grid\"><colgroup><col style=\"width: 12%\"/><col style=\"width: 58%\"/>")
                .append("<col style=\"width: 30%\"/></colgroup>\n<thead><tr><th>").append(t("report.column.level"))
                .append("</th><th>").append(t("report.column.risk")).append("</th><th>")
                .append(t("report.column.register")).append("</th></tr></thead>\n<tbody>\n");
        for (Risk risk : risks) {
            out.append("<tr><td><span class=\"badge ").append(risk.level().fileName()).append("\">")
                    .append(text.apply(risk.levelText())).append("</span></td><td><span class=\"risk-title\" dir=\"auto\">")
                    .append(text.apply(risk.title())).append("</span><br/>");
            refs(risk.questions());
            if (!risk.recommendation().isBlank()) {
                out.append("<div class=\"note\">").append(text.apply(risk.recommendation())).append("</div>");
            }
            out.append("</td><td>");
            register(risk);
            out.append("</td></tr>\n");
        }
        out.append("</tbody></table>\n</section>\n");
    }

    void briefOpen(List<OpenItem> items) {
        out.append("<section>\n<h2 id=\"decide-open\">").append(t("report.brief.open")).append("</h2>\n");
        if (items.isEmpty()) {
            out.append("<p class=\"empty\">").append(t("report.no-open")).append("</p>\n</section>\n");
            return;
        }
        out.append("<table class=\"grid\"><colgroup><col style=\"width: 60%\"/><col style=\"width: 22%\"/>")
                .append("<col style=\"width: 18%\"/></colgroup>\n<thead><tr><th>").append(t("report.column.question"))
                .append("</th><th>").append(t("report.column.owner")).append("</th><th>").append(t("report.column.due"))
                .append("</th></tr></thead>\n<tbody>\n");
        for (OpenItem item : items) {
            out.append("<tr><td dir=\"auto\">").append(text.apply(item.question())).append(" ").append(qid(item.questionId()))
                    .append("</td><td dir=\"auto\">").append(orNotSet(item.owner())).append("</td><td>")
                    .append(orNotSet(item.dueText())).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n</section>\n");
    }

    /** The action plan: in the brief only what is still to do, in the full record everything. */
    void actions(List<ActionLine> actions, boolean brief) {
        List<ActionLine> shown = brief ? actions.stream().filter(a -> !a.done() && !a.decision()).toList()
                : actions.stream().filter(a -> !a.decision()).toList();
        out.append("<section>\n<h2 id=\"actions\">").append(t("report.section.actions")).append("</h2>\n");
        if (shown.isEmpty()) {
            out.append("<p class=\"empty\">").append(t("report.no-actions")).append("</p>\n</section>\n");
            return;
        }
        out.append("<table class=\"grid\"><colgroup><col style=\"width: 50%\"/><col style=\"width: 20%\"/>")
                .append("<col style=\"width: 16%\"/><col style=\"width: 14%\"/></colgroup>\n<thead><tr><th>")
                .append(t("report.column.action")).append("</th><th>").append(t("report.column.owner")).append("</th><th>")
                .append(t("report.column.due")).append("</th><th>").append(t("report.column.state"))
                .append("</th></tr></thead>\n<tbody>\n");
        for (ActionLine action : shown) {
            out.append("<tr").append(action.overdue() ? " class=\"overdue\"" : action.done() ? " class=\"done\"" : "")
                    .append("><td dir=\"auto\">").append(text.apply(action.title()));
            if (!action.riskTitle().isBlank()) {
                out.append("<br/><span class=\"muted\">").append(t("report.action.mitigates", action.riskTitle()))
                        .append("</span>");
            }
            if (!action.questions().isEmpty()) {
                out.append("<br/>");
                refs(action.questions());
            }
            out.append("</td><td dir=\"auto\">").append(orNotSet(action.owner())).append("</td><td>")
                    .append(orNotSet(action.dueText())).append("</td><td>").append(text.apply(action.stateText()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table>\n</section>\n");
    }

    /** The register's word on a risk: its status, and who accepted it until when and why, owner and due date. */
    void register(Risk risk) {
        out.append("<span class=\"state ").append(risk.status().name().toLowerCase(java.util.Locale.ROOT)).append("\">")
                .append(text.apply(risk.statusText())).append("</span>");
        if (!risk.decision().isBlank()) {
            out.append("<br/>").append(text.apply(risk.decision()));
        }
        if (!risk.owner().isBlank()) {
            out.append("<br/>").append(t("answer-text.owner", risk.owner()));
        }
        if (!risk.dueText().isBlank()) {
            out.append("<br/>").append(t("answer-text.due", risk.dueText()));
        }
    }

    void gone(List<Risk> gone) {
        if (gone.isEmpty()) {
            return;
        }
        out.append("<section>\n<h2 id=\"gone\">").append(t("report.section.gone")).append("</h2>\n<p>")
                .append(t("report.gone.why")).append("</p>\n<ul>\n");
        for (Risk risk : gone) {
            out.append("<li><span class=\"badge ").append(risk.level().fileName()).append("\">")
                    .append(text.apply(risk.levelText())).append("</span> ").append(text.apply(risk.title()))
                    .append(" <span class=\"qid\">").append(text.apply(risk.id())).append("</span>");
            if (!risk.decision().isBlank()) {
                out.append(" \u00b7 ").append(text.apply(risk.decision()));
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    void changes(Summary summary) {
        summary.changes().ifPresent(changes -> {
            out.append("<section>\n<h2 id=\"changes\">").append(t("report.section.changes", changes.milestone(),
                    changes.dateText())).append("</h2>\n");
            if (changes.lines().isEmpty()) {
                out.append("<p class=\"empty\">").append(t("report.no-changes")).append("</p>\n</section>\n");
                return;
            }
            out.append("<table class=\"grid\"><colgroup><col style=\"width: 36%\"/><col style=\"width: 32%\"/>")
                    .append("<col style=\"width: 32%\"/></colgroup>\n<thead><tr><th>").append(t("report.column.question"))
                    .append("</th><th>").append(t("report.column.before")).append("</th><th>")
                    .append(t("report.column.now")).append("</th></tr></thead>\n<tbody>\n");
            for (ChangeLine line : changes.lines()) {
                out.append("<tr><td dir=\"auto\">").append(text.apply(line.subject())).append(" ").append(qid(line.id()))
                        .append("</td><td dir=\"auto\">").append(text.apply(line.before())).append("</td><td dir=\"auto\">")
                        .append(text.apply(line.after())).append("</td></tr>\n");
            }
            out.append("</tbody></table>\n</section>\n");
        });
    }

    private void refs(List<QuestionRef> refs) {
        for (int i = 0; i < refs.size(); i++) {
            out.append(i == 0 ? "" : " ").append(qid(refs.get(i).questionId()));
        }
    }

    private String orNotSet(String value) {
        return value.isBlank() ? "<span class=\"muted\">" + t("report.not-set") + "</span>" : text.apply(value);
    }

    private String qid(String id) {
        return "<span class=\"qid\">" + text.apply(id) + "</span>";
    }
}
