package org.kickoff.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What single and multiple choice share: the options, and "other" where the question allows it. */
final class Choices {

    private Choices() {
    }

    static Optional<Choice> option(List<Choice> options, String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    static boolean hasOption(List<Choice> options, boolean allowOther, String optionId) {
        return option(options, optionId).isPresent() || allowOther && Question.OTHER.equals(optionId);
    }

    static void checkDefinition(String at, String questionId, List<Choice> options, boolean allowOther,
                                QuestionType.DefinitionCheck check) {
        if (options.isEmpty()) {
            check.problem(Problem.at(at + ".options", "questionnaire.no-options", questionId));
        }
        Set<String> ids = new HashSet<>();
        for (int o = 0; o < options.size(); o++) {
            Choice option = options.get(o);
            check.id(at + ".options[" + o + "].id", option.id(), ids);
            check.texts(at + ".options[" + o + "].label", option.label());
            if (allowOther && Question.OTHER.equals(option.id())) {
                check.problem(Problem.at(at + ".options[" + o + "].id", "questionnaire.other-reserved"));
            }
        }
    }

    /** {@code has 'x'} and, for a single choice, {@code == 'x'} name an option; the check sees that it exists. */
    static boolean accepts(Condition.Test test, boolean single) {
        return test instanceof Condition.StatusTest || test instanceof Condition.Has
                || single && test instanceof Condition.Equals eq && eq.literal() instanceof String
                || !single && test instanceof Condition.Count;
    }
}
