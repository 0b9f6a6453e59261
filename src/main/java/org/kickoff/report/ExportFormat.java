package org.kickoff.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The formats the summary is exported in: the one list that the window's menus, its file chooser and the
 * command line's {@code --format} are made from. A new format is a constant here and its exporter.
 */
public enum ExportFormat {
    PDF("pdf", false, "export.filter.pdf"),
    HTML("html", true, "export.filter.html"),
    MARKDOWN("md", true, "export.filter.md"),
    CSV("csv", true, "export.filter.csv");

    private final String extension;
    private final boolean text;
    private final String filterKey;

    ExportFormat(String extension, boolean text, String filterKey) {
        this.extension = extension;
        this.text = text;
        this.filterKey = filterKey;
    }

    /** The file extension without the dot, also the format's name on the command line. */
    public String extension() {
        return extension;
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
        };
    }

    public Exporter exporter() {
        return switch (this) {
            case PDF -> new PdfExporter();
            case HTML -> new HtmlExporter(HtmlExporter.Flavour.BROWSER);
            case MARKDOWN -> new MarkdownExporter();
            case CSV -> new CsvExporter();
        };
    }

    /** The format by its name on the command line ({@code md}). */
    public static Optional<ExportFormat> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(ExportFormat::extension).toList();
    }
}
