package org.kickoff.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The formats the summary is exported in: the one list that the window's menus, its file chooser and the
 * command line's {@code --format} are made from. A new format is a constant here and its exporter. The
 * documents (brief or full record) come first, then the work for trackers, then the decision records, which
 * are a folder of files.
 */
public enum ExportFormat {
    PDF("pdf", "pdf", false, "export.filter.pdf", Kind.DOCUMENT),
    HTML("html", "html", true, "export.filter.html", Kind.DOCUMENT),
    MARKDOWN("md", "md", true, "export.filter.md", Kind.DOCUMENT),
    CSV("csv", "csv", true, "export.filter.csv", Kind.DOCUMENT),
    JIRA("jira", "csv", true, "export.filter.csv", Kind.WORK),
    GITLAB("gitlab", "csv", true, "export.filter.csv", Kind.WORK),
    GITHUB("gh", "sh", true, "export.filter.sh", Kind.WORK),
    TASKS("tasks", "md", true, "export.filter.md", Kind.WORK),
    ADR("adr", "", false, "", Kind.RECORDS),
    ADR_LOG4BRAINS("adr-log4brains", "", false, "", Kind.RECORDS);

    /** What a format makes: a document of the summary, work for a tracker, or decision records in a folder. */
    public enum Kind { DOCUMENT, WORK, RECORDS }

    private final String name;
    private final String extension;
    private final boolean text;
    private final String filterKey;
    private final Kind kind;

    ExportFormat(String name, String extension, boolean text, String filterKey, Kind kind) {
        this.name = name;
        this.extension = extension;
        this.text = text;
        this.filterKey = filterKey;
        this.kind = kind;
    }

    /** The file extension without the dot; empty for a folder of files. */
    public String extension() {
        return extension;
    }

    /** The format's name on the command line ({@code md}, {@code jira}, {@code adr}). */
    public String id() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** Written as a folder of files (decision records), not as one file. */
    public boolean isFolder() {
        return kind == Kind.RECORDS;
    }

    /** The decision records' form: MADR 4 with front matter, or the form log4brains reads. */
    public DecisionRecords.Form recordForm() {
        return this == ADR_LOG4BRAINS ? DecisionRecords.Form.LOG4BRAINS : DecisionRecords.Form.MADR;
    }

    /** Whether the export is UTF-8 text (and so may go to standard output). */
    public boolean isText() {
        return text;
    }

    /** Whether it is laid out on paper, so that a menu offers it per paper size. */
    public boolean hasPaper() {
        return this == PDF;
    }

    /** The message key of the file chooser's filter, e.g. "PDF documents (*.pdf)". */
    public String filterKey() {
        return filterKey;
    }

    /** The message key of the menu item for this format (on this paper, where it has paper). */
    public String menuKey(PaperSize paper) {
        return switch (this) {
            case PDF -> paper == PaperSize.LETTER ? "export.pdf-letter" : "export.pdf-a4";
            case HTML -> "export.html";
            case MARKDOWN -> "export.md";
            case CSV -> "export.csv";
            case JIRA -> "export.jira";
            case GITLAB -> "export.gitlab";
            case GITHUB -> "export.github";
            case TASKS -> "export.tasks";
            case ADR -> "export.adr";
            case ADR_LOG4BRAINS -> "export.adr-log4brains";
        };
    }

    /**
     * The exporter of a file format.
     *
     * @throws IllegalStateException for the decision records, which are written by {@link DecisionRecords}
     */
    public Exporter exporter() {
        return switch (this) {
            case PDF -> new PdfExporter();
            case HTML -> new HtmlExporter(HtmlExporter.Flavour.BROWSER);
            case MARKDOWN -> new MarkdownExporter();
            case CSV -> new CsvExporter();
            case JIRA -> new TrackerExporter(TrackerExporter.Style.JIRA);
            case GITLAB -> new TrackerExporter(TrackerExporter.Style.GITLAB);
            case GITHUB -> new TrackerExporter(TrackerExporter.Style.GITHUB);
            case TASKS -> new TrackerExporter(TrackerExporter.Style.TASKS);
            case ADR, ADR_LOG4BRAINS -> throw new IllegalStateException(name + " is written as a folder");
        };
    }

    /** The format by its name on the command line ({@code md}). */
    public static Optional<ExportFormat> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(ExportFormat::id).toList();
    }
}
