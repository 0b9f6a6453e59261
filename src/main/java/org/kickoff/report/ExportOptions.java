package org.kickoff.report;

/** How to export: the paper size applies to PDF and to printing the HTML. */
public record ExportOptions(PaperSize paper) {

    public static final ExportOptions A4 = new ExportOptions(PaperSize.A4);

    public ExportOptions {
        paper = paper == null ? PaperSize.A4 : paper;
    }
}
