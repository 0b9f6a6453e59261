package org.kickoff.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.RiskFinding;
import org.kickoff.domain.RiskLevel;
import org.kickoff.i18n.Messages;

/**
 * Everything the summary says, in one language, as plain values: the one model from which the in-app view
 * and every export are made, so that they all say the same thing. Texts are ready to show; every line that
 * concerns a question carries its question id, so that a view can link back to it.
 *
 * @param language the language of all texts in the model ("en", "de")
 */
public record Summary(String language, Header header, List<Risk> risks, RiskCounts riskCounts,
                      List<InvalidItem> invalidInput, List<OpenItem> openQuestions,
                      List<NotApplicableItem> notApplicable, List<DecisionTopic> decisions,
                      List<AppendixTopic> appendix, List<Source> sources, List<Risk> goneRisks,
                      List<ActionLine> actions, List<DecisionRecord> records, java.util.Optional<Changes> changes) {

    public Summary {
        goneRisks = List.copyOf(goneRisks);
        actions = List.copyOf(actions);
        records = List.copyOf(records);
        invalidInput = List.copyOf(invalidInput);
        risks = List.copyOf(risks);
        openQuestions = List.copyOf(openQuestions);
        notApplicable = List.copyOf(notApplicable);
        decisions = List.copyOf(decisions);
        appendix = List.copyOf(appendix);
        sources = List.copyOf(sources);
    }

    /** The summary of the project as of today in the clock's time zone. */
    public static Summary of(Questionnaire questionnaire, Project project, Messages messages, Clock clock) {
        return of(questionnaire, project, messages, LocalDate.now(clock));
    }

    public static Summary of(Questionnaire questionnaire, Project project, Messages messages, LocalDate date) {
        return new SummaryBuilder(questionnaire, project, messages, date, null).build();
    }

    /** The summary with the changes since a milestone of the project. */
    public static Summary of(Questionnaire questionnaire, Project project, Messages messages, LocalDate date,
                             org.kickoff.domain.Milestone since) {
        return new SummaryBuilder(questionnaire, project, messages, date, since).build();
    }

    /** The risks the meeting has to decide about: open, or accepted until a day now past. */
    public List<Risk> risksToDecide() {
        return risks.stream().filter(r -> r.status().needsDecision()).toList();
    }

    /** The work not done yet, by due date. */
    public List<ActionLine> pendingActions() {
        return actions.stream().filter(a -> !a.done()).toList();
    }

    /**
     * What the project is and how far it is. {@code percentComplete} counts answered and not-applicable
     * questions among those that apply, and says 100 only when nothing is left.
     */
    public record Header(String projectName, String description, List<String> authors, LocalDate date,
                         String dateText, String questionnaireTitle, String questionnaireId,
                         String questionnaireVersion, int percentComplete, int answered, int open,
                         int notApplicable, int unanswered, int invalid, int total) {
        public Header {
            authors = List.copyOf(authors);
        }
    }

    /** A question named in a line of the summary. */
    public record QuestionRef(String questionId, String text) {
    }

    /**
     * A risk finding in words; {@code references} are the short tags of what its rule or question cites. The
     * register's word on it: {@code status} and its text, the owner and due date, and for an acceptance who,
     * until when and why ({@code decision}, empty otherwise).
     */
    public record Risk(String id, RiskFinding.Kind kind, RiskLevel level, String levelText, String title,
                       String explanation, String recommendation, String topicId, String topicTitle,
                       List<String> references, List<QuestionRef> questions, org.kickoff.domain.RiskStatus status,
                       String statusText, String owner, LocalDate due, String dueText, String decision) {
        public Risk {
            references = List.copyOf(references);
            questions = List.copyOf(questions);
        }
    }

    /**
     * A line of the action plan: an action, or an open question to decide ({@code decision}); {@code title} is
     * the action's, or the question's text. {@code questions} link back to where the work comes from.
     */
    public record ActionLine(String id, boolean decision, String title, String owner, LocalDate due, String dueText,
                             boolean done, boolean overdue, String stateText, String riskTitle,
                             List<QuestionRef> questions) {
        public ActionLine {
            questions = List.copyOf(questions);
        }
    }

    /**
     * A question the questionnaire marks as an architecture decision, as a decision record says it:
     * {@code title} names the decision ("Web framework"), {@code context} is the question and its guidance,
     * {@code options} the options it offered, {@code outcome} the answer (empty while open), {@code rationale}
     * its note, {@code consequences} the risks that concern the question, {@code status} "accepted" when
     * answered, "proposed" while open.
     */
    public record DecisionRecord(String questionId, String title, String question, String guidance,
                                 List<String> options, String outcome, String rationale, List<String> consequences,
                                 boolean accepted, String owner, LocalDate due, String dueText, LocalDate date,
                                 List<String> deciders, String projectName) {
        public DecisionRecord {
            options = List.copyOf(options);
            consequences = List.copyOf(consequences);
        }
    }

    /** What changed since a milestone: its name and date, and each question or risk that differs. */
    public record Changes(String milestone, String dateText, List<ChangeLine> lines) {
        public Changes {
            lines = List.copyOf(lines);
        }
    }

    /** One difference: the question (or risk) by id and text, before and after, in words. */
    public record ChangeLine(String id, String subject, String before, String after) {
    }

    /**
     * A source cited by a question of the appendix or by a risk, once each in order of first citation: its
     * short {@code tag} as the appendix shows it and its {@code description} in full words.
     */
    public record Source(String tag, String description) {
    }

    /** The number of risks per level, in total and for each topic (every topic, in questionnaire order). */
    public record RiskCounts(int high, int medium, int low, List<TopicRiskCount> topics) {
        public RiskCounts {
            topics = List.copyOf(topics);
        }

        public int total() {
            return high + medium + low;
        }
    }

    public record TopicRiskCount(String topicId, String topicTitle, int high, int medium, int low) {
        public int total() {
            return high + medium + low;
        }
    }

    /**
     * A question holding typed text that is no valid value (kept as typed, see the answer's drafts): not
     * answered until someone corrects it. {@code typed} says each field and its text, e.g. "Number: 2,5".
     */
    public record InvalidItem(String questionId, String topicId, String topicTitle, String question,
                              List<String> typed) {
        public InvalidItem {
            typed = List.copyOf(typed);
        }
    }

    /**
     * A question still to be decided; {@code due} is null and {@code dueText} empty when no date is set.
     * {@code overdue}: the due date has passed (the due text says so too, in every format).
     */
    public record OpenItem(String questionId, String topicId, String topicTitle, String question, String owner,
                           LocalDate due, String dueText, String note, boolean overdue) {
    }

    public record NotApplicableItem(String questionId, String topicId, String topicTitle, String question,
                                    String reason, String note) {
    }

    public record DecisionTopic(String topicId, String title, List<Decision> decisions) {
        public DecisionTopic {
            decisions = List.copyOf(decisions);
        }
    }

    /**
     * An answered question. {@code answer} is the answer on one line; a list answer also has its
     * {@code entries}, one line each, and the same as a {@code table}.
     */
    public record Decision(String questionId, String question, String answer, List<String> entries,
                           EntryTable table, String note) {
        public Decision {
            entries = List.copyOf(entries);
        }

        public boolean isList() {
            return !table.rows().isEmpty();
        }
    }

    /** The entries of a list answer as a table: column labels and one row of cell texts per entry. */
    public record EntryTable(List<String> columns, List<List<String>> rows) {
        public static final EntryTable EMPTY = new EntryTable(List.of(), List.of());

        public EntryTable {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    public record AppendixTopic(String topicId, String title, List<AppendixEntry> entries) {
        public AppendixTopic {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One question of the appendix. {@code status} is what the summary counts: an answer with a blank value
     * is {@code UNANSWERED}. {@code visible} is false for a question hidden by a condition whose answer is
     * kept. {@code answer} and {@code entries} are filled for answered questions only; {@code typed} holds
     * text kept as typed that is no valid value (the status text then says so). {@code references} are the
     * short tags of what the question cites, explained in {@link Summary#sources()}.
     */
    public record AppendixEntry(String questionId, String question, AnswerStatus status, String statusText,
                                boolean visible, String answer, List<String> entries, String owner, LocalDate due,
                                String dueText, String reason, String note, List<String> typed,
                                List<String> references) {
        public AppendixEntry {
            entries = List.copyOf(entries);
            typed = List.copyOf(typed);
            references = List.copyOf(references);
        }
    }
}
