package org.kickoff.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kickoff.i18n.Messages;
import org.kickoff.report.Summary.ActionLine;
import org.kickoff.report.Summary.QuestionRef;

/**
 * The work a kickoff leaves, for the trackers people use: the actions still to do and the open questions
 * (to decide by their due date), each linking back to its question ids. As CSV in the columns Jira's importer
 * reads, as CSV in the only columns GitLab's importer reads (labels and assignees as quick actions in the
 * description), as a shell script of {@code gh issue create} calls for GitHub (which imports no CSV), and as
 * a Markdown task list.
 */
final class TrackerExporter implements Exporter {

    enum Style { JIRA, GITLAB, GITHUB, TASKS }

    /** A GitHub or GitLab user name written into an owner ("Dana Fischer (@dfischer)" or "@dfischer"). */
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w.])@([A-Za-z0-9][A-Za-z0-9_.-]{0,38})");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    static final String LABEL = "kickoff";

    private final Style style;

    TrackerExporter(Style style) {
        this.style = style;
    }

    /** One piece of work: title, description, due date, owner, and whether it is an open question. */
    record WorkItem(String title, String description, String due, String owner, boolean decision, String priority,
                    List<String> questionIds) {
    }

    static List<WorkItem> items(Summary summary, Messages m) {
        List<WorkItem> items = new ArrayList<>();
        for (ActionLine action : summary.pendingActions()) {
            StringBuilder description = new StringBuilder();
            if (!action.owner().isBlank()) {
                description.append(m.get("tracker.owner", action.owner().strip())).append('\n');
            }
            if (!action.riskTitle().isBlank()) {
                description.append(m.get("report.action.mitigates", action.riskTitle())).append('\n');
            }
            for (QuestionRef ref : action.questions()) {
                description.append(m.get("tracker.question", ref.questionId(), ref.text())).append('\n');
            }
            description.append(m.get("tracker.from", summary.header().projectName()));
            String priority = summary.risks().stream().filter(r -> !action.riskTitle().isBlank()
                    && r.title().equals(action.riskTitle())).findFirst().map(r -> switch (r.level()) {
                        case HIGH -> "High";
                        case MEDIUM -> "Medium";
                        case LOW -> "Low";
                    }).orElse("");
            items.add(new WorkItem(action.title(), description.toString(), action.due() == null ? ""
                    : action.due().toString(), action.owner(), action.decision(), priority,
                    action.questions().stream().map(QuestionRef::questionId).toList()));
        }
        return items;
    }

    @Override
    public byte[] export(Summary summary, ExportOptions options) {
        Messages m = Messages.forLanguage(summary.language());
        List<WorkItem> items = items(summary, m);
        String text = switch (style) {
            case JIRA -> jira(items);
            case GITLAB -> gitlab(items);
            case GITHUB -> github(items, summary, m);
            case TASKS -> tasks(items, summary, m);
        };
        return PlainText.withoutControls(text).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Jira Cloud's CSV importer: a header row, Summary required; the due date as {@code yyyy-MM-dd} (choose that
     * format in the import wizard); users as e-mail addresses, so only an owner written as one becomes the
     * assignee, any other is named in the description; two labels as repeated Labels columns. No byte order
     * mark: it would become part of the first column's name.
     */
    private static String jira(List<WorkItem> items) {
        StringBuilder out = new StringBuilder();
        CsvExporter.row(out, List.of("Summary", "Issue Type", "Description", "Assignee", "Due Date", "Priority",
                "Labels", "Labels"));
        for (WorkItem item : items) {
            Matcher email = EMAIL.matcher(item.owner());
            CsvExporter.row(out, List.of(item.title(), "Task", item.description(), email.find() ? email.group() : "",
                    item.due(), item.priority(), LABEL, item.decision() ? "kickoff-decision" : "kickoff-action"));
        }
        return out.toString();
    }

    /**
     * GitLab's issue import reads only title, description, due_date (YYYY-MM-DD), milestone and type; the
     * milestone column is left empty (a milestone named there must exist in the GitLab project) and the
     * type out (every row becomes an issue). Labels and an assignee named as {@code @user} go into the
     * description as quick actions, one per line.
     */
    private static String gitlab(List<WorkItem> items) {
        StringBuilder out = new StringBuilder();
        CsvExporter.row(out, List.of("title", "description", "due_date", "milestone"));
        for (WorkItem item : items) {
            StringBuilder description = new StringBuilder(item.description()).append("\n\n/label ~").append(LABEL);
            handle(item.owner()).ifPresent(h -> description.append("\n/assign @").append(h));
            CsvExporter.row(out, List.of(item.title(), description.toString(), item.due(), ""));
        }
        return out.toString();
    }

    /**
     * A bash script of {@code gh issue create} calls. Every text from the project is one single-quoted word,
     * in which the shell interprets nothing (a quote in it is closed, escaped and reopened), so no answer can
     * become a command.
     */
    private static String github(List<WorkItem> items, Summary summary, Messages m) {
        StringBuilder out = new StringBuilder("#!/usr/bin/env bash\n");
        out.append("# ").append(oneLine(m.get("tracker.script.made", summary.header().projectName(),
                summary.header().dateText(), items.size()))).append('\n');
        out.append("# ").append(oneLine(m.get("tracker.script.how"))).append('\n');
        out.append("set -euo pipefail\n\n");
        out.append("gh label create ").append(LABEL).append(" --force --description ")
                .append(quote(m.get("tracker.label"))).append('\n');
        for (WorkItem item : items) {
            out.append("gh issue create --title ").append(quote(oneLine(item.title()))).append(" --body ")
                    .append(quote(item.description())).append(" --label ").append(LABEL);
            Optional<String> handle = handle(item.owner());
            if (handle.isPresent()) {
                out.append(" --assignee ").append(quote(handle.get()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String tasks(List<WorkItem> items, Summary summary, Messages m) {
        StringBuilder out = new StringBuilder("# ").append(Markdown.escape(oneLine(m.get("tracker.tasks.title",
                summary.header().projectName())))).append("\n\n");
        if (items.isEmpty()) {
            out.append(m.get("report.no-actions")).append('\n');
        }
        for (WorkItem item : items) {
            out.append("- [ ] ").append(Markdown.escape(oneLine(item.title())));
            List<String> details = new ArrayList<>();
            if (!item.owner().isBlank()) {
                details.add(Markdown.escape(oneLine(item.owner())));
            }
            if (!item.due().isBlank()) {
                details.add(m.get("answer-text.due", item.due()));
            }
            if (!details.isEmpty()) {
                out.append(" \u2014 ").append(String.join(", ", details));
            }
            if (!item.questionIds().isEmpty()) {
                out.append(" (").append(String.join(", ", item.questionIds().stream().map(Markdown::code).toList()))
                        .append(')');
            }
            out.append('\n');
        }
        return out.toString();
    }

    static Optional<String> handle(String owner) {
        Matcher matcher = HANDLE.matcher(owner == null ? "" : owner);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** A single-quoted shell word: nothing inside is interpreted; a quote is closed, escaped and reopened. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\R", " ").strip();
    }
}
