package org.kickoff.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.RiskLevel;
import org.kickoff.i18n.Messages;
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
import org.kickoff.report.Summary.TopicRiskCount;

/**
 * The summary as one self-contained XHTML file: inline CSS with print rules, no script, nothing loaded
 * from anywhere, every user text escaped. The same markup feeds the PDF renderer ({@link Flavour#PDF}),
 * which differs only in the fonts it names, so the PDF says what the HTML says.
 */
final class HtmlExporter implements Exporter {

    enum Flavour { BROWSER, PDF }

    /** Page margins in millimetres; the footer sits in the bottom margin. Tests check glyphs against them. */
    static final double MARGIN_TOP_MM = 16;
    static final double MARGIN_SIDE_MM = 18;
    static final double MARGIN_BOTTOM_MM = 22;
    /** The longest project name the footer shows before it is cut with an ellipsis. */
    private static final int FOOTER_NAME_LIMIT = 70;
    /** The longest link title, in characters: what a screen reader says for a link to a question. */
    private static final int LINK_TITLE_LIMIT = 300;

    static final String PDF_FONT = "DejaVu Sans";
    private static final String BROWSER_FONTS = "\"Segoe UI\", \"Helvetica Neue\", Helvetica, Arial, "
            + "\"Noto Sans\", \"DejaVu Sans\", sans-serif";
    private static final Palette STYLE = loadStyle();

    private final Flavour flavour;

    HtmlExporter(Flavour flavour) {
        this.flavour = flavour;
    }

    @Override
    public byte[] export(Summary summary, ExportOptions options) {
        return render(summary, options).getBytes(StandardCharsets.UTF_8);
    }

    String render(Summary summary, ExportOptions options) {
        Messages messages = Messages.forLanguage(summary.language());
        StringBuilder out = new StringBuilder(64 * 1024);
        Header header = summary.header();
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(Html.text(summary.language())).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"generator\" content=\"Kickoff\"/>\n<title>")
                .append(Html.line(flavour == Flavour.PDF ? cut(header.projectName(), 200) : header.projectName()))
                .append(" – ").append(Html.text(messages.get(options.document() == Document.BRIEF ? "report.brief"
                        : "report.summary")))
                .append("</title>\n<meta name=\"description\" content=\"")
                .append(Html.text(messages.get(options.document() == Document.BRIEF ? "report.brief.description"
                        : "report.summary.description")))
                .append("\"/>\n<style>\n").append(STYLE.css()).append(pageStyle(summary, options, messages))
                .append("</style>\n</head>\n<body>\n");
        new Body(out, messages, flavour == Flavour.PDF ? new PdfBounds(messages) : null).write(summary,
                options.document());
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    /** Page size, margins, footer ("Page x of y" and the project name) and fonts for this flavour. */
    private String pageStyle(Summary summary, ExportOptions options, Messages messages) {
        String name = summary.header().projectName().replaceAll("\\s+", " ").strip();
        if (name.codePointCount(0, name.length()) > FOOTER_NAME_LIMIT) {
            name = name.substring(0, name.offsetByCodePoints(0, FOOTER_NAME_LIMIT - 1)) + "…";
        }
        // "Page {0} of {1}" around CSS counters: format with markers, then cut at them
        String page = messages.get("report.page", "\u0001", "\u0002");
        String pageContent = counterContent(page);
        String fonts = flavour == Flavour.PDF ? "\"" + PDF_FONT + "\"" : BROWSER_FONTS;
        return "@page { size: " + options.paper().cssName() + " portrait; margin: " + MARGIN_TOP_MM + "mm "
                + MARGIN_SIDE_MM + "mm " + MARGIN_BOTTOM_MM + "mm " + MARGIN_SIDE_MM + "mm;\n"
                + "  @bottom-left { content: " + Html.cssString(name) + "; font-family: " + fonts
                + "; font-size: 8pt; color: " + STYLE.colour("muted") + "; vertical-align: top; padding-top: 5mm; }\n"
                + "  @bottom-right { content: " + pageContent + "; font-family: " + fonts
                + "; font-size: 8pt; color: " + STYLE.colour("muted")
                + "; vertical-align: top; padding-top: 5mm; white-space: nowrap; }\n"
                + "}\n"
                + "body { font-family: " + fonts + "; }\n"
                + (flavour == Flavour.PDF ? "body { max-width: none; }\n" : "");
    }

    private static String counterContent(String page) {
        StringBuilder content = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : page.toCharArray()) {
            if (c == '\u0001' || c == '\u0002') {
                if (literal.length() > 0) {
                    content.append(Html.cssString(literal.toString())).append(' ');
                    literal.setLength(0);
                }
                content.append(c == '\u0001' ? "counter(page) " : "counter(pages) ");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            content.append(Html.cssString(literal.toString()));
        }
        return content.toString().strip();
    }

    private static Palette loadStyle() {
        try (InputStream in = HtmlExporter.class.getResourceAsStream("/report/summary.css")) {
            if (in == null) {
                throw new IllegalStateException("/report/summary.css is missing from the build");
            }
            return Palette.resolve(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the body, section by section. */
    private static final class Body {

        private final StringBuilder out;
        private final Messages messages;
        /** The PDF's limits; null for the browser, which shows everything quickly. */
        private final PdfBounds bounds;
        private boolean ended;
        private HtmlOutcome outcome;

        Body(StringBuilder out, Messages messages, PdfBounds bounds) {
            this.out = out;
            this.messages = messages;
            this.bounds = bounds;
        }

        private String t(String key, Object... args) {
            return text(messages.get(key, args));
        }

        /** Escaped text; in the PDF also cut and made breakable ({@link PdfBounds}). */
        private String text(String text) {
            return Html.text(bounds == null ? text : bounds.fit(text));
        }

        private String line(String text) {
            return Html.line(bounds == null ? text : bounds.fit(text));
        }

        /** The first entries of a list, as many as the PDF shows; all of them for the browser. */
        private <T> List<T> shown(List<T> items) {
            return bounds == null || items.size() <= PdfBounds.MAX_ITEMS ? items
                    : items.subList(0, PdfBounds.MAX_ITEMS);
        }

        /** The note for what {@link #shown} left out, or nothing. */
        private String moreThan(List<?> items) {
            return items.size() > shown(items).size() ? bounds.more(items.size() - shown(items).size()) : "";
        }

        /**
         * Whether the PDF has reached its budget: the first time, it ends with a note saying so, and every
         * later part is left out.
         */
        private boolean full() {
            if (!ended && bounds != null && out.length() > PdfBounds.BUDGET) {
                ended = true;
                out.append("<p class=\"empty\">").append(Html.text(bounds.ended())).append("</p>\n");
            }
            return ended;
        }

        void write(Summary summary, Document document) {
            HtmlOutcome outcome = new HtmlOutcome(out, messages, this::text);
            if (document == Document.BRIEF) {
                outcome.briefHeader(summary);
                outcome.briefRisks(summary);
                outcome.briefOpen(summary.openQuestions());
                outcome.actions(summary.actions(), true);
                outcome.changes(summary);
                out.append("<p class=\"muted\">").append(t("report.brief.more")).append("</p>\n");
                return;
            }
            this.outcome = outcome;
            header(summary);
            outcome.changes(summary);
            risks(summary);
            outcome.gone(summary.goneRisks());
            outcome.actions(summary.actions(), false);
            invalid(summary.invalidInput());
            open(summary.openQuestions());
            notApplicable(summary.notApplicable());
            decisions(summary.decisions());
            appendix(summary.appendix());
            sources(summary.sources());
        }

        private void header(Summary summary) {
            Header h = summary.header();
            out.append("<header>\n<p class=\"kicker\">").append(t("report.summary")).append("</p>\n")
                    .append("<h1 dir=\"auto\">").append(line(h.projectName())).append("</h1>\n");
            if (!h.description().isBlank()) {
                out.append("<p class=\"description user\" dir=\"auto\">").append(text(h.description()))
                        .append("</p>\n");
            }
            out.append("<table class=\"meta\">\n");
            if (!h.authors().isEmpty()) {
                String more = moreThan(h.authors());
                metaRow(t("report.authors"), "<span dir=\"auto\">" + line(String.join(", ", shown(h.authors())))
                        + "</span>" + (more.isEmpty() ? "" : " " + Html.text(more)));
            }
            metaRow(t("report.date"), text(h.dateText()));
            metaRow(t("report.questionnaire"), t("report.questionnaire-value", h.questionnaireTitle(),
                    h.questionnaireId(), h.questionnaireVersion()));
            metaRow(t("report.completion"), "<div class=\"bar\"><div class=\"fill\" style=\"width: "
                    + h.percentComplete() + "%\"></div></div>" + t("report.completion-value", h.percentComplete(),
                    h.answered(), h.open(), h.notApplicable(), h.unanswered(), h.total())
                    + (h.invalid() == 0 ? "" : t("report.completion-invalid", h.invalid())));
            out.append("</table>\n<p class=\"glance\">");
            var counts = summary.riskCounts();
            badge(RiskLevel.HIGH, counts.high());
            badge(RiskLevel.MEDIUM, counts.medium());
            badge(RiskLevel.LOW, counts.low());
            // the badges say the risk counts; the sentence of the text formats would repeat them
            out.append(t("report.open-count", summary.openQuestions().size())).append("</p>\n</header>\n");
        }

        private void badge(RiskLevel level, int count) {
            out.append("<span class=\"badge ").append(count == 0 ? "neutral" : level.fileName()).append("\">")
                    .append(count).append(' ').append(t(org.kickoff.i18n.Labels.level(level))).append("</span>");
        }

        private void metaRow(String label, String valueHtml) {
            // a row header: tagged in the PDF with the scope a screen reader needs to read the value with it
            out.append("<tr><th scope=\"row\">").append(label).append("</th><td>").append(valueHtml)
                    .append("</td></tr>\n");
        }

        private void risks(Summary summary) {
            if (full()) {
                return;
            }
            out.append("<section>\n<h2 id=\"risks\">").append(t("report.section.risks")).append("</h2>\n");
            if (summary.risks().isEmpty()) {
                out.append("<p class=\"empty\">").append(t("report.no-risks")).append("</p>\n");
            }
            for (Risk risk : summary.risks()) {
                if (full()) {
                    break;
                }
                String level = risk.level().fileName();
                out.append("<div class=\"risk ").append(level).append("\" id=\"risk-").append(text(risk.id()))
                        .append("\">\n<p><span class=\"badge ").append(level).append("\">")
                        .append(text(risk.levelText())).append("</span> <span class=\"risk-title\" dir=\"auto\">")
                        .append(text(risk.title())).append("</span></p>\n");
                if (!risk.explanation().isBlank()) {
                    out.append("<p>").append(text(risk.explanation())).append("</p>\n");
                }
                if (!risk.recommendation().isBlank()) {
                    out.append("<p><span class=\"label\">").append(t("report.recommendation"))
                            .append(":</span> ").append(text(risk.recommendation())).append("</p>\n");
                }
                out.append("<p class=\"register\">");
                outcome.register(risk);
                out.append("</p>\n<p class=\"refs\">").append(text(risk.topicTitle()));
                if (!risk.references().isEmpty()) {
                    out.append(" · ").append(t("report.references")).append(": ")
                            .append(text(String.join(", ", risk.references())));
                }
                out.append(" · ").append(t("report.linked-questions")).append(": ");
                List<QuestionRef> refs = risk.questions();
                for (int i = 0; i < refs.size(); i++) {
                    out.append(i == 0 ? "" : "; ");
                    link(refs.get(i).questionId(), refs.get(i).text(), "");
                    out.append(text(refs.get(i).text())).append("</a> ").append(qid(refs.get(i).questionId()));
                }
                out.append("</p>\n</div>\n");
            }
            riskCounts(summary);
            out.append("</section>\n");
        }

        private void riskCounts(Summary summary) {
            var counts = summary.riskCounts();
            if (counts.total() == 0) {
                return;
            }
            out.append("<h3>").append(t("report.section.risk-counts")).append("</h3>\n")
                    .append("<table class=\"grid counts\"><colgroup><col style=\"width: 52%\"/>")
                    .append("<col style=\"width: 12%\"/><col style=\"width: 12%\"/><col style=\"width: 12%\"/>")
                    .append("<col style=\"width: 12%\"/></colgroup>\n<thead><tr><th>").append(t("report.column.topic"))
                    .append("</th><th class=\"num level\">").append(t("level.high"))
                    .append("</th><th class=\"num level\">").append(t("level.medium"))
                    .append("</th><th class=\"num level\">").append(t("level.low"))
                    .append("</th><th class=\"num\">").append(t("report.column.total"))
                    .append("</th></tr></thead>\n<tbody>\n");
            for (TopicRiskCount topic : counts.topics()) {
                out.append("<tr><td>").append(text(topic.topicTitle())).append("</td>");
                number(topic.high());
                number(topic.medium());
                number(topic.low());
                number(topic.total());
                out.append("</tr>\n");
            }
            out.append("<tr class=\"total\"><td>").append(t("report.column.total")).append("</td>");
            number(counts.high());
            number(counts.medium());
            number(counts.low());
            number(counts.total());
            out.append("</tr>\n</tbody></table>\n");
        }

        private void number(int n) {
            out.append("<td class=\"num").append(n == 0 ? " zero" : "").append("\">").append(n).append("</td>");
        }

        /** Only when there is some: most summaries have none. */
        private void invalid(List<InvalidItem> items) {
            if (items.isEmpty()) {
                return;
            }
            out.append("<section>\n<h2 id=\"invalid\">").append(t("report.section.invalid")).append("</h2>\n<p>")
                    .append(t("report.invalid.why")).append("</p>\n<ul class=\"invalid\">\n");
            for (InvalidItem item : items) {
                out.append("<li>");
                link(item.questionId(), item.question(), " dir=\"auto\"");
                out.append(Html.text(item.question())).append("</a> ").append(qid(item.questionId()))
                        .append(" · ").append(Html.text(item.topicTitle())).append(": <span class=\"user\" dir=\"auto\">")
                        .append(Html.text(String.join("; ", item.typed()))).append("</span></li>\n");
            }
            out.append("</ul>\n</section>\n");
        }

        private void open(List<OpenItem> items) {
            if (full()) {
                return;
            }
            out.append("<section>\n<h2 id=\"open\">").append(t("report.section.open")).append("</h2>\n");
            if (items.isEmpty()) {
                out.append("<p class=\"empty\">").append(t("report.no-open")).append("</p>\n</section>\n");
                return;
            }
            out.append("<table class=\"grid\"><colgroup><col style=\"width: 46%\"/><col style=\"width: 18%\"/>")
                    .append("<col style=\"width: 20%\"/><col style=\"width: 16%\"/></colgroup>\n<thead><tr><th>")
                    .append(t("report.column.question")).append("</th><th>").append(t("report.column.topic"))
                    .append("</th><th>").append(t("report.column.owner")).append("</th><th>")
                    .append(t("report.column.due")).append("</th></tr></thead>\n<tbody>\n");
            for (OpenItem item : items) {
                if (full()) {
                    break;
                }
                out.append("<tr><td>");
                questionCell(item.questionId(), item.question(), item.note());
                out.append("</td><td>").append(text(item.topicTitle())).append("</td><td dir=\"auto\">")
                        .append(item.owner().isBlank() ? "<span class=\"muted\">" + t("report.not-set") + "</span>"
                                : text(item.owner()))
                        .append("</td><td>").append(item.dueText().isEmpty()
                                ? "<span class=\"muted\">" + t("report.not-set") + "</span>"
                                : item.overdue() ? "<span class=\"overdue\">" + text(item.dueText()) + "</span>"
                                : text(item.dueText()))
                        .append("</td></tr>\n");
            }
            out.append("</tbody></table>\n</section>\n");
        }

        private void notApplicable(List<NotApplicableItem> items) {
            if (full()) {
                return;
            }
            out.append("<section>\n<h2 id=\"not-applicable\">").append(t("report.section.not-applicable"))
                    .append("</h2>\n");
            if (items.isEmpty()) {
                out.append("<p class=\"empty\">").append(t("report.no-not-applicable")).append("</p>\n</section>\n");
                return;
            }
            out.append("<table class=\"grid\"><colgroup><col style=\"width: 44%\"/><col style=\"width: 56%\"/>")
                    .append("</colgroup>\n<thead><tr><th>").append(t("report.column.question")).append("</th><th>")
                    .append(t("report.column.reason")).append("</th></tr></thead>\n<tbody>\n");
            for (NotApplicableItem item : items) {
                if (full()) {
                    break;
                }
                out.append("<tr><td>");
                questionCell(item.questionId(), item.question(), item.note());
                out.append("</td><td dir=\"auto\">").append(text(item.reason())).append("</td></tr>\n");
            }
            out.append("</tbody></table>\n</section>\n");
        }

        private void questionCell(String questionId, String question, String note) {
            link(questionId, question, "");
            out.append(text(question)).append("</a><br/>").append(qid(questionId));
            if (!note.isBlank()) {
                out.append("<div class=\"note user\" dir=\"auto\">").append(text(note)).append("</div>");
            }
        }

        private void decisions(List<DecisionTopic> topics) {
            if (full()) {
                return;
            }
            out.append("<section>\n<h2 id=\"decisions\">").append(t("report.section.decisions")).append("</h2>\n");
            if (topics.isEmpty()) {
                out.append("<p class=\"empty\">").append(t("report.no-decisions")).append("</p>\n");
            }
            for (DecisionTopic topic : topics) {
                out.append("<h3>").append(text(topic.title())).append("</h3>\n");
                for (Decision decision : topic.decisions()) {
                    if (full()) {
                        break;
                    }
                    out.append(decision.isList() ? "<div class=\"qa list\" id=\"d-" : "<div class=\"qa\" id=\"d-")
                            .append(text(decision.questionId()))
                            .append("\">\n<p class=\"q\">").append(text(decision.question())).append(' ')
                            .append(qid(decision.questionId())).append("</p>\n<div class=\"a user\" dir=\"auto\">");
                    if (decision.isList()) {
                        entries(decision.table());
                    } else {
                        out.append(text(decision.answer()));
                    }
                    out.append("</div>\n");
                    note(decision.note());
                    out.append("</div>\n");
                }
            }
            out.append("</section>\n");
        }

        private void entries(EntryTable table) {
            out.append("<table class=\"grid entries\"><thead><tr>");
            for (String column : table.columns()) {
                out.append("<th>").append(text(column)).append("</th>");
            }
            out.append("</tr></thead><tbody>\n");
            for (List<String> row : shown(table.rows())) {
                if (full()) {
                    break;
                }
                out.append("<tr>");
                for (String cell : row) {
                    out.append("<td dir=\"auto\">").append(text(cell)).append("</td>");
                }
                out.append("</tr>\n");
            }
            String more = moreThan(table.rows());
            if (!more.isEmpty()) {
                out.append("<tr><td colspan=\"").append(Math.max(1, table.columns().size())).append("\">")
                        .append(Html.text(more)).append("</td></tr>\n");
            }
            out.append("</tbody></table>");
        }

        private void note(String note) {
            if (!note.isBlank()) {
                out.append("<p class=\"note user\" dir=\"auto\"><span class=\"label\">").append(t("report.rationale"))
                        .append(":</span> ").append(text(note)).append("</p>\n");
            }
        }

        private void appendix(List<AppendixTopic> topics) {
            if (full()) {
                return;
            }
            out.append("<section class=\"appendix\">\n<h2 id=\"appendix\">").append(t("report.section.appendix"))
                    .append("</h2>\n");
            for (AppendixTopic topic : topics) {
                if (topic.entries().isEmpty()) {
                    continue;
                }
                out.append("<h3>").append(text(topic.title())).append("</h3>\n")
                        .append("<table class=\"grid\"><colgroup><col style=\"width: 34%\"/>")
                        // wide enough for the longest one-word status in bold ("unbeantwortet", "beantwortet")
                        .append("<col style=\"width: 16%\"/><col style=\"width: 30%\"/><col style=\"width: 20%\"/>")
                        .append("</colgroup>\n<thead><tr><th>").append(t("report.column.question")).append("</th><th>")
                        .append(t("report.column.status")).append("</th><th>").append(t("report.column.answer"))
                        .append("</th><th>").append(t("report.column.note")).append("</th></tr></thead>\n<tbody>\n");
                for (AppendixEntry entry : topic.entries()) {
                    if (full()) {
                        break;
                    }
                    appendixRow(entry);
                }
                out.append("</tbody></table>\n");
            }
            out.append("</section>\n");
        }

        private void appendixRow(AppendixEntry entry) {
            out.append("<tr").append(entry.visible() ? "" : " class=\"hidden\"").append(" id=\"q-")
                    .append(text(entry.questionId())).append("\"><td>").append(text(entry.question()))
                    .append("<br/>").append(qid(entry.questionId()));
            if (!entry.references().isEmpty()) {
                out.append("<br/><span class=\"cites\">").append(text(String.join(" · ", entry.references())))
                        .append("</span>");
            }
            out.append("</td><td><span class=\"status ")
                    .append(entry.status().fileName()).append("\">").append(text(entry.statusText()))
                    .append("</span>");
            if (!entry.visible()) {
                out.append("<br/><span class=\"muted\">").append(t("report.hidden")).append("</span>");
            }
            out.append("</td><td dir=\"auto\">");
            if (entry.status() == AnswerStatus.OPEN) {
                out.append(t("report.column.owner")).append(": ").append(entry.owner().isBlank()
                        ? t("report.not-set") : text(entry.owner())).append("<br/>").append(t("report.column.due"))
                        .append(": ").append(entry.dueText().isEmpty() ? t("report.not-set") : text(entry.dueText()));
            } else if (entry.status() == AnswerStatus.NOT_APPLICABLE) {
                out.append(text(entry.reason()));
            } else if (!entry.entries().isEmpty()) {
                List<String> lines = shown(entry.entries());
                for (int i = 0; i < lines.size() && !full(); i++) {
                    out.append(i == 0 ? "" : "<br/>").append("– ").append(text(lines.get(i)));
                }
                String more = moreThan(entry.entries());
                if (!more.isEmpty()) {
                    out.append("<br/>").append(Html.text(more));
                }
            } else {
                out.append(text(entry.answer()));
            }
            out.append("</td><td dir=\"auto\">").append(text(entry.note())).append("</td></tr>\n");
        }

        /** What the tags in the appendix stand for, so that a printed summary explains them. */
        private void sources(List<Summary.Source> sources) {
            if (sources.isEmpty()) {
                return;
            }
            out.append("<section class=\"sources\">\n<h3 id=\"sources\">").append(t("report.section.sources"))
                    .append("</h3>\n<dl>\n");
            for (Summary.Source source : sources) {
                out.append("<dt>").append(Html.text(source.tag())).append("</dt><dd>")
                        .append(Html.text(source.description())).append("</dd>\n");
            }
            out.append("</dl>\n</section>\n");
        }

        /**
         * Opens a link to a question's row in the appendix. In the PDF it has a title: the renderer makes it the
         * link's alternate description, which PDF/UA asks of every link (a screen reader says it instead of
         * the link's text).
         */
        private void link(String questionId, String question, String attributes) {
            out.append("<a href=\"#q-").append(text(questionId)).append('"');
            if (bounds != null) {
                out.append(" title=\"").append(Html.text(HtmlOutcome.shortened(question, LINK_TITLE_LIMIT)))
                        .append('"');
            }
            out.append(attributes).append('>');
        }

        private static String qid(String questionId) {
            return "<span class=\"qid\">" + Html.text(questionId) + "</span>";
        }
    }
}
