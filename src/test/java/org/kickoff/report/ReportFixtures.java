package org.kickoff.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.ListType;
import org.kickoff.domain.NumberType;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Project;
import org.kickoff.domain.Question;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.TextType;
import org.kickoff.domain.Value;
import org.kickoff.i18n.Messages;
import org.kickoff.storage.ProjectFileReader;

/** The example project, and a project full of hostile and awkward content, for the report tests. */
final class ReportFixtures {

    static final LocalDate DATE = LocalDate.of(2026, 11, 20);

    /** Markup in both languages; a word a browser or PDF could not break; right-to-left text; emoji. */
    static final String MARKUP = "<b>bold</b> <script>alert(1)</script> & **not bold** [link](http://example.com)"
            + " | pipe # `code` <img src=\"http://example.com/x.png\"> =1+1";
    static final String LONG_WORD = "W".repeat(150) + "x".repeat(150);
    static final String RTL = "مرحبا بالعالم שלום עולם";
    static final String EMOJI = "Ship it 🚀🎉 👩🏽‍💻 ✅";

    private ReportFixtures() {
    }

    static Project example() {
        try {
            return new ProjectFileReader().read(Fixtures.resource("/examples/example.kickoff"));
        } catch (ProblemException e) {
            throw new IllegalStateException(e.problems().toString(), e);
        }
    }

    static Summary exampleSummary(String language) {
        return Summary.of(Fixtures.builtIn(), example(), Messages.forLanguage(language), DATE);
    }

    static Summary hostileSummary(String language) {
        return Summary.of(Fixtures.builtIn(), hostile(), Messages.forLanguage(language), DATE);
    }

    /**
     * The example with awkward content everywhere: markup, long words, right-to-left text, emoji and control
     * characters in answers, notes, owners and reasons; one 10,000-character text and one list of 200
     * entries (one of each keeps the PDF short enough for a quick test).
     */
    static Project hostile() {
        Questionnaire questionnaire = Fixtures.builtIn();
        Project project = example();
        project = project.withInfo(project.info().withName(MARKUP + " " + RTL + " " + EMOJI)
                .withDescription(MARKUP + "\n" + LONG_WORD).withAuthors(List.of("<i>Eve</i>", RTL, EMOJI)));
        boolean longTextDone = false;
        boolean longListDone = false;
        int n = 0;
        for (Question question : questionnaire.questions()) {
            Answer answer = project.answerOrEmpty(question.id());
            if (answer.status() == AnswerStatus.ANSWERED) {
                Value value = answer.value();
                if (question.type() instanceof TextType text && !text.multiLine()) {
                    value = new Value.Text(n % 3 == 0 ? LONG_WORD : n % 3 == 1 ? RTL + " " + EMOJI : MARKUP);
                } else if (question.type() instanceof TextType) {
                    value = new Value.Text(longTextDone ? MARKUP + "\n" + RTL + "\n" + EMOJI : TEN_THOUSAND);
                    longTextDone = true;
                } else if (question.type() instanceof NumberType) {
                    value = new Value.Amount(new BigDecimal("-12345678901.5"), ((Value.Amount) value).unit());
                } else if (question.type() instanceof ListType list) {
                    value = new Value.Entries(entries(list, longListDone ? 3 : 200));
                    longListDone = true;
                }
                answer = answer.withValue(value);
            } else if (answer.status() == AnswerStatus.OPEN) {
                answer = answer.withOwner(MARKUP);
            } else if (answer.status() == AnswerStatus.NOT_APPLICABLE) {
                answer = answer.withReason(MARKUP + " " + RTL + " " + LONG_WORD);
            }
            String note = switch (n % 4) {
                case 0 -> MARKUP;
                case 1 -> LONG_WORD;
                case 2 -> RTL + " " + EMOJI + " \u0007 control \u0000";
                default -> n % 8 == 3 ? "=HYPERLINK(\"http://evil\")" : "@SUM(A1)";
            };
            project = project.withAnswer(question.id(), answer.withNote(note));
            n++;
        }
        return project.withInfo(project.info().withModified(Instant.EPOCH));
    }

    static final String TEN_THOUSAND = ("Lorem ipsum dolor sit amet, consectetur " + MARKUP + " ").repeat(80)
            .substring(0, 10_000);

    private static List<Map<String, String>> entries(ListType list, int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> row = new LinkedHashMap<>();
            int c = 0;
            for (var column : list.columns()) {
                row.put(column.id(), switch ((i + c++) % 5) {
                    case 0 -> "Entry " + i + " " + MARKUP;
                    case 1 -> LONG_WORD;
                    case 2 -> RTL;
                    case 3 -> EMOJI;
                    default -> "=HYPERLINK(\"http://evil\")";
                });
            }
            rows.add(row);
        }
        return rows;
    }
}
