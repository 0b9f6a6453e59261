package org.kickoff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kickoff.i18n.Messages;
import org.kickoff.report.Summary.AppendixEntry;
import org.kickoff.report.Summary.Decision;

/** Each export read back: everything the summary says is there, and nothing in an answer is executed. */
class ExportTest {

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");
    private static final Pattern LOADS = Pattern.compile("(?i)\\s(src|href|action|data|poster|srcset)\\s*=\\s*[\"']?+(?!#)");

    private static String text(ExportFormat format, Summary summary) throws IOException {
        return new String(format.exporter().export(summary, ExportOptions.A4), StandardCharsets.UTF_8);
    }

    /** Every text a reader must find: answers (list entries cell by cell), notes, owners and reasons. */
    private static List<String> everyAnswer(Summary summary) {
        List<String> texts = new ArrayList<>();
        for (var topic : summary.decisions()) {
            for (Decision d : topic.decisions()) {
                if (d.isList()) {
                    d.table().rows().forEach(texts::addAll);
                } else {
                    texts.add(d.answer());
                }
                texts.add(d.note());
            }
        }
        summary.openQuestions().forEach(o -> texts.add(o.owner()));
        summary.notApplicable().forEach(n -> texts.add(n.reason()));
        texts.removeIf(String::isBlank);
        return texts;
    }

    @Test
    void thePdfContainsEveryAnswerInBothLanguages() throws IOException {
        for (String language : List.of("en", "de")) {
            Summary summary = ReportFixtures.exampleSummary(language);
            PdfText pdf = new PdfText(ExportFormat.PDF.exporter().export(summary, ExportOptions.A4));
            String all = PdfText.squeeze(pdf.all());
            for (String answer : everyAnswer(summary)) {
                assertTrue(all.contains(PdfText.squeeze(answer)), language + ": " + answer);
            }
            for (Summary.Risk risk : summary.risks()) {
                assertTrue(all.contains(PdfText.squeeze(risk.title())), risk.title());
            }
            int pages = pdf.pages.size();
            String footer = language.equals("de") ? "Seite 2 von " + pages : "Page 2 of " + pages;
            assertTrue(pdf.pages.get(1).contains(footer), pdf.pages.get(1));
            assertTrue(pdf.pages.get(1).contains("Parcel tracking platform"), "the project name in the footer");
        }
    }

    @Test
    void aQuestionAndTheStartOfItsAnswerAreOnTheSamePage() throws IOException {
        Summary summary = ReportFixtures.exampleSummary("en");
        PdfText pdf = new PdfText(ExportFormat.PDF.exporter().export(summary, ExportOptions.A4));
        List<String> pages = pdf.pages.stream().map(PdfText::squeeze).toList();
        for (var topic : summary.decisions()) {
            for (Decision d : topic.decisions()) {
                String start = d.isList() ? d.table().columns().get(0) : d.answer();
                String block = PdfText.squeeze(d.question() + d.questionId() + start);
                block = block.substring(0, Math.min(block.length(), PdfText.squeeze(d.question() + d.questionId())
                        .length() + 12));
                String wanted = block;
                assertTrue(pages.stream().anyMatch(p -> p.contains(wanted)), "split across pages: " + d.questionId());
            }
        }
    }

    @Test
    void thePdfsPagesRenderAsImagesForPrinting() throws IOException {
        byte[] pdf = ExportFormat.PDF.exporter().export(ReportFixtures.exampleSummary("en"), ExportOptions.A4);
        try (PdfPages pages = PdfPages.open(pdf)) {
            assertEquals(new PdfText(pdf).pages.size(), pages.count());
            assertEquals(595, pages.size(0).width(), 1, "A4 is 595 points wide");
            var image = pages.render(0, 36);
            assertEquals(298, image.getWidth(), 1, "half a point per pixel at 36 dpi");
            assertTrue(java.util.stream.IntStream.range(0, image.getWidth())
                    .anyMatch(x -> image.getRGB(x, 60) != 0xFFFFFFFF), "the first page is not blank");
        }
        var images = PdfPages.renderPages(pdf, 20);
        assertEquals(new PdfText(pdf).pages.size(), images.size());
        assertEquals(165, images.get(0).getWidth(), 1);
    }

    @Test
    void noAppendixRowIsCutAcrossAPageBreak() throws IOException {
        Summary summary = ReportFixtures.exampleSummary("de");
        PdfText pdf = new PdfText(ExportFormat.PDF.exporter().export(summary, ExportOptions.A4));
        List<String> pages = pdf.pages.stream().map(PdfText::squeeze).toList();
        for (var topic : summary.appendix()) {
            for (AppendixEntry e : topic.entries()) {
                String answer = e.entries().isEmpty() ? e.answer() : "– " + e.entries().get(0);
                String row = PdfText.squeeze(e.question() + e.questionId() + String.join(" · ", e.references())
                        + e.statusText()
                        + answer.substring(0, Math.min(answer.length(), 10)));
                assertTrue(pages.stream().anyMatch(p -> p.contains(row)), "row cut across pages: " + e.questionId());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void theAppendixPrintsEachStatusWholeAndLeavesNoRowNorPageAlone(String language) throws IOException {
        Summary summary = ReportFixtures.exampleSummary(language);
        PdfText pdf = new PdfText(ExportFormat.PDF.exporter().export(summary, ExportOptions.A4));
        String all = pdf.all();
        List<AppendixEntry> entries = summary.appendix().stream().flatMap(t -> t.entries().stream()).toList();
        for (String status : entries.stream().map(AppendixEntry::statusText).distinct().toList()) {
            for (String word : status.split("[ ,]+")) {
                long rows = entries.stream().filter(e -> e.statusText().contains(word)).count();
                long whole = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word)
                        + "(?![\\p{L}])").matcher(all).results().count();
                assertTrue(whole >= rows, "'" + word + "' is printed whole in every row that has it: " + whole
                        + " of " + rows);
            }
        }
        for (int p = 0; p < pdf.pages.size(); p++) {
            String page = PdfText.squeeze(pdf.pages.get(p));
            long lines = pdf.pages.get(p).lines().filter(l -> !l.isBlank()).count();
            assertTrue(lines > 3, "page " + (p + 1) + " holds more than its footer: " + pdf.pages.get(p));
            long rows = entries.stream().filter(e -> page.contains(PdfText.squeeze(e.question()))).count();
            boolean tableHead = page.contains(PdfText.squeeze(Messages.forLanguage(language).get("report.column.status")));
            assertTrue(!tableHead || rows != 1 || p == 0,
                    "page " + (p + 1) + " holds a lone table row: " + pdf.pages.get(p));
        }
    }

    @Test
    void htmlIsSelfContainedAndEscapesEverything() throws IOException {
        String html = text(ExportFormat.HTML, ReportFixtures.hostileSummary("en"));
        assertFalse(html.toLowerCase().contains("<script"), "no script, not even from an answer");
        assertTrue(TAG.matcher(html).results().noneMatch(tag -> LOADS.matcher(tag.group()).find()),
                "no attribute loads or links anything outside the file");
        assertTrue(html.contains("<a href=\"#q-security.compromised-credentials\">"), "links within the file work");
        assertFalse(html.contains("@import") || html.contains("url("), "the stylesheet loads nothing");
        assertFalse(html.contains("<b>bold"));
        assertTrue(html.contains("&lt;b&gt;bold&lt;/b&gt; &lt;script&gt;"));
        assertTrue(html.contains("@page") && html.contains("page-break-inside: avoid"), "print styles");
        assertTrue(html.contains("dir=\"auto\""));
        assertTrue(html.contains(ReportFixtures.RTL) && html.contains("🚀"), "non-Latin text kept as it is");
        assertFalse(html.contains("\u0007") || html.contains("\u0000"), "no control characters");
        String example = text(ExportFormat.HTML, ReportFixtures.exampleSummary("de"));
        assertTrue(example.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"de\">"));
        assertTrue(example.contains("Seite"), "the footer in German");
        for (String answer : everyAnswer(ReportFixtures.exampleSummary("de"))) {
            assertTrue(example.contains(Html.text(answer)), answer);
        }
    }

    @Test
    void markdownEscapesAnswersAndHasEveryAnswer() throws IOException {
        String md = text(ExportFormat.MARKDOWN, ReportFixtures.hostileSummary("en"));
        assertFalse(md.contains("<b>") || md.contains("<script"));
        assertTrue(md.contains("\\*\\*not bold\\*\\*"));
        assertTrue(md.contains("\\[link\\](http://example.com)"), "no link");
        assertTrue(md.contains("\\| pipe"), "a pipe cannot split a table cell");
        Summary example = ReportFixtures.exampleSummary("en");
        String exampleMd = text(ExportFormat.MARKDOWN, example);
        assertTrue(exampleMd.startsWith("# Parcel tracking platform\n"));
        assertTrue(exampleMd.contains("| Question | Topic | Owner | Due | Note |"));
        for (String answer : everyAnswer(example)) {
            // a list entry starts its line with more text than the cell alone, so compare without escapes
            String firstLine = Markdown.escape(answer.lines().findFirst().orElse("")).replace("\\", "");
            assertTrue(exampleMd.replace("\\", "").contains(firstLine), answer);
        }
    }

    @Test
    void csvHasOneRowPerQuestionAndDefusesFormulas() throws IOException {
        Summary summary = ReportFixtures.hostileSummary("de");
        byte[] bytes = ExportFormat.CSV.exporter().export(summary, ExportOptions.A4);
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte order mark for Excel");
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows = Csv.parse(csv);
        List<AppendixEntry> entries = summary.appendix().stream().flatMap(t -> t.entries().stream()).toList();
        assertEquals(entries.size() + 1, rows.size());
        assertEquals(List.of("Thema", "Fragen-ID", "Frage", "Status", "Antwort", "Verantwortlich", "Fällig",
                "Begründung", "Notiz", "Sichtbar", "Verweise"), rows.get(0));
        for (int i = 0; i < entries.size(); i++) {
            List<String> row = rows.get(i + 1);
            assertEquals(11, row.size());
            assertEquals(entries.get(i).questionId(), row.get(1));
            assertEquals(entries.get(i).note().replace("\u0000", "").isEmpty(), row.get(8).isEmpty());
            assertEquals(String.join("; ", entries.get(i).references()), row.get(10));
        }
        assertTrue(rows.stream().skip(1).anyMatch(r -> r.get(10).contains("Twelve-Factor")),
                "the references of the questions are in the last column");
        assertTrue(rows.stream().flatMap(List::stream).noneMatch(c -> !c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0),
                "no cell starts a formula");
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""));
        assertTrue(rows.stream().anyMatch(r -> r.get(4).startsWith("'-12.345.678.901,5")), "negative numbers kept, defused");
        Summary example = ReportFixtures.exampleSummary("en");
        List<List<String>> exampleRows = Csv.parse(text(ExportFormat.CSV, example).substring(1));
        List<String> open = exampleRows.stream().filter(r -> r.get(1).equals("data.availability")).findFirst().get();
        assertEquals(List.of("Data", "data.availability", "What availability do you need?", "open", "",
                "Mira Yilmaz", "2026-12-18", ""), open.subList(0, 8));
    }

    @Test
    void everyFormatSaysTheSameRisksAndOpenQuestions() throws IOException {
        Summary summary = ReportFixtures.exampleSummary("en");
        String html = text(ExportFormat.HTML, summary);
        String md = text(ExportFormat.MARKDOWN, summary);
        String pdf = PdfText.squeeze(new PdfText(ExportFormat.PDF.exporter().export(summary, ExportOptions.A4)).all());
        for (Summary.Risk risk : summary.risks()) {
            assertTrue(html.contains(Html.text(risk.title())) && md.contains(Markdown.escape(risk.title()))
                    && pdf.contains(PdfText.squeeze(risk.title())), risk.title());
        }
        String csv = text(ExportFormat.CSV, summary);
        for (Summary.OpenItem item : summary.openQuestions()) {
            assertTrue(html.contains(Html.text(item.dueText())) && md.contains(item.dueText())
                    && csv.contains(item.due().toString()), item.questionId());
        }
        assertEquals(summary.openQuestions().size(), Pattern.compile(Pattern.quote("\"open\",")).matcher(csv)
                .results().count());
    }

    @Test
    void theAppendixListsWhatEachQuestionCitesAndExplainsEveryTag() throws IOException {
        for (String language : List.of("en", "de")) {
            Summary summary = ReportFixtures.exampleSummary(language);
            List<String> tags = summary.appendix().stream().flatMap(t -> t.entries().stream())
                    .flatMap(e -> e.references().stream()).distinct().toList();
            assertFalse(tags.isEmpty());
            assertEquals(new java.util.TreeSet<>(tags), summary.sources().stream().map(Summary.Source::tag)
                    .filter(tags::contains).collect(Collectors.toCollection(java.util.TreeSet::new)),
                    "every tag of the appendix is explained once");
            assertEquals(summary.sources().size(), summary.sources().stream().map(Summary.Source::tag).distinct()
                    .count());
            String html = text(ExportFormat.HTML, summary);
            String md = text(ExportFormat.MARKDOWN, summary);
            String pdf = PdfText.squeeze(new PdfText(ExportFormat.PDF.exporter().export(summary, ExportOptions.A4))
                    .all());
            String heading = Messages.forLanguage(language).get("report.section.sources");
            assertTrue(html.contains(heading) && md.contains(heading) && pdf.contains(PdfText.squeeze(heading)));
            for (Summary.Source source : summary.sources()) {
                assertTrue(html.contains(Html.text(source.description())), source.description());
                assertTrue(md.contains(Markdown.escape(source.description())), source.description());
                assertTrue(pdf.contains(PdfText.squeeze(source.description())), source.description());
            }
        }
    }

    /** A strict RFC 4180 reader, enough to read the export back. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c != '"') {
                    throw new IllegalArgumentException("unquoted field at " + i);
                }
                i++;
                while (true) {
                    char d = text.charAt(i++);
                    if (d == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        cell.append(d);
                    }
                }
                row.add(cell.toString());
                cell.setLength(0);
                if (i < text.length() && text.charAt(i) == ',') {
                    i++;
                } else if (text.startsWith("\r\n", i)) {
                    rows.add(row);
                    row = new ArrayList<>();
                    i += 2;
                } else {
                    throw new IllegalArgumentException("expected , or CRLF at " + i);
                }
            }
            return rows.stream().map(r -> r.stream().collect(Collectors.toList())).toList();
        }
    }
}
