package org.kickoff.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kickoff.i18n.Messages;
import org.kickoff.report.Summary.AppendixEntry;
import org.kickoff.report.Summary.AppendixTopic;

/**
 * The appendix as CSV, one row per question, for spreadsheets: RFC 4180 (every field quoted, CRLF line
 * ends), UTF-8 with a byte order mark so that Excel shows umlauts, and cells that a spreadsheet would take
 * for a formula (starting with = + - @, a tab or a carriage return) prefixed with an apostrophe. Due dates
 * are ISO dates (2026-12-15), which every spreadsheet sorts and recognises.
 */
final class CsvExporter implements Exporter {

    private static final String BOM = "\uFEFF";

    @Override
    public byte[] export(Summary summary, ExportOptions options) {
        Messages m = Messages.forLanguage(summary.language());
        StringBuilder out = new StringBuilder(BOM);
        if (options.document() == Document.BRIEF) {
            brief(out, summary, m);
            return PlainText.withoutControls(out.toString()).getBytes(StandardCharsets.UTF_8);
        }
        row(out, List.of(m.get("report.column.topic"), m.get("report.column.question-id"),
                m.get("report.column.question"), m.get("report.column.status"), m.get("report.column.answer"),
                m.get("report.column.owner"), m.get("report.column.due"), m.get("report.column.reason"),
                m.get("report.column.note"), m.get("report.column.visible"), m.get("report.references")));
        String yes = m.get("answer.yes");
        String no = m.get("answer.no");
        for (AppendixTopic topic : summary.appendix()) {
            for (AppendixEntry e : topic.entries()) {
                String answer = e.entries().isEmpty() ? e.answer() : String.join("\n", e.entries());
                row(out, List.of(topic.title(), e.questionId(), e.question(), e.statusText(), answer, e.owner(),
                        e.due() == null ? "" : e.due().toString(), e.reason(), e.note(), e.visible() ? yes : no,
                        String.join("; ", e.references())));
            }
        }
        return PlainText.withoutControls(out.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /** The brief as one row per thing to discuss: risks to decide, open questions, actions still to do. */
    private static void brief(StringBuilder out, Summary summary, Messages m) {
        row(out, List.of(m.get("report.column.kind"), m.get("report.column.id"), m.get("report.column.title"),
                m.get("report.column.level"), m.get("report.column.state"), m.get("report.column.owner"),
                m.get("report.column.due"), m.get("report.column.questions")));
        for (Summary.Risk risk : summary.risksToDecide()) {
            row(out, List.of(m.get("report.kind.risk"), risk.id(), risk.title(), risk.levelText(), risk.statusText(),
                    risk.owner(), risk.due() == null ? "" : risk.due().toString(),
                    String.join(" ", risk.questions().stream().map(Summary.QuestionRef::questionId).toList())));
        }
        for (Summary.OpenItem item : summary.openQuestions()) {
            row(out, List.of(m.get("report.kind.open"), item.questionId(), item.question(), "",
                    m.get("status.open"), item.owner(), item.due() == null ? "" : item.due().toString(), item.questionId()));
        }
        for (Summary.ActionLine action : summary.pendingActions()) {
            if (action.decision()) {
                continue;
            }
            row(out, List.of(m.get("report.kind.action"), action.id(), action.title(), "", action.stateText(),
                    action.owner(), action.due() == null ? "" : action.due().toString(),
                    String.join(" ", action.questions().stream().map(Summary.QuestionRef::questionId).toList())));
        }
    }

    static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        // a line break inside a cell is a line feed; a lone carriage return would end the line for some readers
        String text = value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n');
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
