package org.kickoff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kickoff.domain.Answer;
import org.kickoff.domain.Condition;
import org.kickoff.domain.LocalizedText;
import org.kickoff.domain.Project;
import org.kickoff.domain.ProjectInfo;
import org.kickoff.domain.Question;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.QuestionnaireRef;
import org.kickoff.domain.TextType;
import org.kickoff.domain.Topic;
import org.kickoff.domain.UnknownFields;
import org.kickoff.domain.Value;
import org.kickoff.i18n.Messages;

/**
 * The PDF of any file Kickoff accepts is made in seconds: before, a note of one 999,000-character word did
 * not finish in ten minutes, and 100,000 list entries ran out of memory. What the PDF leaves out it says it
 * leaves out; the other formats keep everything. (The timeouts only stop a hang; the times are measured
 * by the command in the README.)
 */
class PdfBoundsTest {

    private static final Duration HANG = Duration.ofSeconds(90);

    private static PdfText pdf(Summary summary) {
        return assertTimeoutPreemptively(HANG, () -> new PdfText(ExportFormat.PDF.exporter().export(summary,
                ExportOptions.A4)));
    }

    @Test
    void aWordOfAMillionCharactersIsWrappedAndCutWithAMark() {
        Project example = ReportFixtures.example();
        String word = "abcdefghij".repeat(99_900);
        Project project = example.withAnswer("business.value",
                example.answerOrEmpty("business.value").withNote(word));
        Summary summary = Summary.of(org.kickoff.Fixtures.builtIn(), project, Messages.forLanguage("en"),
                ReportFixtures.DATE);
        PdfText pdf = pdf(summary);
        // the body without the footers, which interrupt text that runs on to the next page
        float bodyBottom = (float) (pdf.pageHeight - HtmlExporter.MARGIN_BOTTOM_MM * 72 / 25.4);
        String all = PdfText.squeeze(pdf.glyphs.stream().filter(g -> g.bottom() <= bodyBottom + 1)
                .map(PdfText.Glyph::text).collect(java.util.stream.Collectors.joining()));
        // where a line breaks at a soft hyphen, the PDF shows a hyphen: the visible mark of the wrap
        assertTrue(all.contains("abcdefghij-abcdefghij"), "wrapped with a hyphen");
        all = all.replace("-", "");
        assertTrue(all.contains(word.substring(0, PdfBounds.MAX_TEXT)), "the first 10,000 characters are there");
        assertTrue(all.contains(PdfText.squeeze("[… 989,000 more characters: the HTML, Markdown and CSV exports "
                + "hold the whole text]")), "and a mark says what is left out");
        assertFalse(all.contains(word.substring(0, PdfBounds.MAX_TEXT + 10)));
    }

    @Test
    void aLongWordGetsASoftHyphenEveryThirtyCharacters() {
        String word = "x".repeat(250);
        String broken = PdfBounds.breakLongWords("a " + word + " b");
        assertEquals("a " + String.join("\u00AD", List.of(word.substring(0, 30), word.substring(30, 60),
                word.substring(60, 90), word.substring(90, 120), word.substring(120, 150), word.substring(150, 180),
                word.substring(180, 210), word.substring(210, 240), word.substring(240))) + " b", broken);
        String ordinary = "Donaudampfschifffahrtsgesellschaftskapitänsmütze " + "y".repeat(100);
        assertEquals(ordinary, PdfBounds.breakLongWords(ordinary), "words up to 100 characters are left alone");
        String emoji = "\uD83D\uDE80".repeat(200);
        String brokenEmoji = PdfBounds.breakLongWords(emoji);
        assertEquals(emoji, brokenEmoji.replace("\u00AD", ""));
        assertFalse(brokenEmoji.matches("(?s).*[\\uD800-\\uDBFF]\\u00AD.*"), "never between the halves of a character");
    }

    @Test
    void aLongListShowsItsFirstEntriesAndHowManyMore() {
        Project example = ReportFixtures.example();
        List<String> authors = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            authors.add("Author" + i);
        }
        Project project = example.withInfo(example.info().withAuthors(authors));
        PdfText pdf = pdf(Summary.of(org.kickoff.Fixtures.builtIn(), project, Messages.forLanguage("de"),
                ReportFixtures.DATE));
        String all = PdfText.squeeze(pdf.all());
        assertTrue(all.contains("Author199,") || all.contains("Author199…"), "the first 200");
        assertFalse(all.contains("Author200,"));
        assertTrue(all.contains(PdfText.squeeze("… und 800 weitere")), all.substring(0, 600));
    }

    @Test
    void aSummaryTooLongForPagesEndsWithANoteAndTheOtherFormatsHoldAll() throws Exception {
        List<Question> questions = new ArrayList<>();
        Map<String, Answer> answers = new LinkedHashMap<>();
        LocalizedText text = new LocalizedText(Map.of("en", "A question of this generated questionnaire"));
        for (int i = 0; i < 4_000; i++) {
            String id = "big.q" + i;
            questions.add(new Question(id, new TextType(true), text, text, List.of(), Condition.ALWAYS, null, null));
            answers.put(id, Answer.answered(new Value.Text("Answer " + i + ": " + "words and more words ".repeat(20))));
        }
        Questionnaire big = new Questionnaire("big", "1", List.of("en"), text, text,
                List.of(new Topic("big", text, text, questions)), List.of());
        Project project = new Project(new ProjectInfo("Big", "", List.of(), null, null, UnknownFields.NONE),
                new QuestionnaireRef("big", "1"), answers, UnknownFields.NONE);
        Summary summary = Summary.of(big, project, Messages.forLanguage("en"), ReportFixtures.DATE);

        PdfText pdf = pdf(summary);
        String last = PdfText.squeeze(pdf.pages.get(pdf.pages.size() - 1));
        assertTrue(last.contains(PdfText.squeeze("The PDF ends here")), last);
        assertFalse(PdfText.squeeze(pdf.all()).contains("Answer3999:"), "the end is left out");
        String html = new String(ExportFormat.HTML.exporter().export(summary, ExportOptions.A4), StandardCharsets.UTF_8);
        assertTrue(html.contains("Answer 3999: "), "the HTML holds everything");
        assertFalse(html.contains("The PDF ends here"));
    }
}
