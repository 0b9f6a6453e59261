package org.kickoff.report;

/**
 * How to export: the paper size applies to PDF and to printing the HTML; the document is the meeting brief or
 * the full record.
 */
public record ExportOptions(PaperSize paper, Document document) {

    public static final ExportOptions A4 = new ExportOptions(PaperSize.A4);

    public ExportOptions {
        paper = paper == null ? PaperSize.A4 : paper;
        document = document == null ? Document.FULL : document;
    }

    public ExportOptions(PaperSize paper) {
        this(paper, Document.FULL);
    }
}
