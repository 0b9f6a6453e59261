package org.kickoff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The exported PDFs are what {@link PdfExporter} says they are: PDF/A-2a (for archiving) and PDF/UA-1 (for screen
 * readers), as veraPDF, the reference validator, checks them. A full record with links and tables, and a brief
 * of hostile content (right-to-left text, emoji drawn as a placeholder, markup) in German on Letter paper.
 */
class PdfConformanceTest {

    private static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1);
    /** The example's full record in English on A4: every test here reads it. */
    private static byte[] record;

    @BeforeAll
    static void export() throws IOException {
        VeraGreenfieldFoundryProvider.initialise();
        record = ExportFormat.PDF.exporter().export(ReportFixtures.exampleSummary("en"),
                new ExportOptions(PaperSize.A4, Document.FULL));
    }

    @Test
    void theFullRecordIsPdfA2aAndPdfUa1() throws Exception {
        assertConforms(record);
    }

    @Test
    void theBriefOfHostileContentIsPdfA2aAndPdfUa1() throws Exception {
        byte[] pdf = ExportFormat.PDF.exporter().export(ReportFixtures.hostileSummary("de"),
                new ExportOptions(PaperSize.LETTER, Document.BRIEF));
        assertConforms(pdf);
    }

    /** What a screen reader says for a link: the question it leads to, on the annotation itself (PDF/UA 7.18.5). */
    @Test
    void everyLinkSaysWhereItLeads() throws IOException {
        List<String> descriptions = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(record)) {
            for (var page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        descriptions.add(link.getContents());
                    }
                }
            }
        }
        assertFalse(descriptions.isEmpty(), "the record links its risks to their questions");
        assertTrue(descriptions.stream().allMatch(d -> d != null && !d.isBlank()), descriptions.toString());
        assertTrue(descriptions.contains("Is there a defined procedure for when a team member leaves?"),
                descriptions.toString());
    }

    /** The labels of the record's header table are row headers, so that each is read with its value. */
    @Test
    void theHeaderTablesLabelsAreRowHeaders() throws IOException {
        Map<String, Integer> scopes = new TreeMap<>();
        try (PDDocument document = Loader.loadPDF(record)) {
            Deque<Object> pending = new ArrayDeque<>(document.getDocumentCatalog().getStructureTreeRoot().getKids());
            while (!pending.isEmpty()) {
                if (pending.pop() instanceof PDStructureElement element) {
                    pending.addAll(element.getKids());
                    if ("TH".equals(element.getStructureType())
                            && element.getCOSObject().getDictionaryObject(COSName.A) instanceof COSDictionary a) {
                        scopes.merge(a.getNameAsString("Scope"), 1, Integer::sum);
                    }
                }
            }
        }
        // Authors, Date, Questionnaire, Completion
        assertEquals(4, scopes.getOrDefault("Row", 0), scopes.toString());
        assertTrue(scopes.getOrDefault("Column", 0) > 20, scopes.toString());
    }

    private static void assertConforms(byte[] pdf) throws Exception {
        for (PDFAFlavour flavour : FLAVOURS) {
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
                ValidationResult result = Foundries.defaultInstance().createValidator(flavour, false).validate(parser);
                assertTrue(result.getTotalAssertions() > 1000, "veraPDF checked the file: " + result.getTotalAssertions());
                assertTrue(result.isCompliant(), result.getPDFAFlavour() + ": " + failures(result));
            }
        }
    }

    /** The failed rules, each with its count and veraPDF's words for its first failure. */
    private static String failures(ValidationResult result) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> first = new TreeMap<>();
        for (TestAssertion assertion : result.getTestAssertions()) {
            if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                counts.merge(rule, 1, Integer::sum);
                first.putIfAbsent(rule, assertion.getMessage());
            }
        }
        StringBuilder out = new StringBuilder();
        counts.forEach((rule, n) -> out.append("\n  ").append(rule).append(" x").append(n).append(": ")
                .append(first.get(rule)));
        return out.toString();
    }
}
