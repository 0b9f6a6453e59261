package org.kickoff.i18n;

import java.util.Optional;
import org.kickoff.domain.Question;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.RiskRule;

/** A finding's title in the reader's language, from its rule, or from the question left unanswered. */
public final class RiskWords {

    private RiskWords() {
    }

    /** The rule's title; "X is not answered" for a question's finding; the id for one the questionnaire lacks. */
    public static String title(Messages messages, Questionnaire questionnaire, String findingId) {
        Optional<RiskRule> rule = questionnaire.risks().stream().filter(r -> r.id().equals(findingId)).findFirst();
        if (rule.isPresent()) {
            return rule.get().title().in(messages.language());
        }
        Optional<Question> question = questionnaire.question(findingId);
        return question.map(q -> messages.get("summary.risk.unanswered.title", q.text().in(messages.language())))
                .orElse(findingId);
    }
}
