package org.kickoff.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats the summary is exported in, with their usual file extension. */
public enum ExportFormat {
    PDF("pdf", false),
    HTML("html", true),
    MARKDOWN("md", true),
    CSV("csv", true);

    private final String extension;
    private final boolean text;

    ExportFormat(String extension, boolean text) {
        this.extension = extension;
        this.text = text;
    }

    /** The file extension without the dot, also the format's name on the command line. */
    public String extension() {
        return extension;
    }

    /** Whether the export is UTF-8 text (and so may go to standard output). */
    public boolean isText() {
        return text;
    }

    public Exporter exporter() {
        return switch (this) {
            case PDF -> new PdfExporter();
            case HTML -> new HtmlExporter(HtmlExporter.Flavour.BROWSER);
            case MARKDOWN -> new MarkdownExporter();
            case CSV -> new CsvExporter();
        };
    }

    public static Optional<ExportFormat> fromExtension(String extension) {
        String wanted = extension == null ? "" : extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(wanted)).findFirst();
    }
}
