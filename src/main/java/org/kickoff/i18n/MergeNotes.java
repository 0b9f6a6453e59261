package org.kickoff.i18n;

import org.kickoff.domain.Action;
import org.kickoff.domain.Answer;
import org.kickoff.domain.MergeWording;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.RiskEntry;

/**
 * The notes a merge writes, in the user's language, with both answers in words and who gave them, so that
 * whoever opens the project later sees what was decided and what is still to decide.
 */
public final class MergeNotes implements MergeWording {

    private final Messages messages;
    private final Questionnaire questionnaire;
    private final AnswerText text;
    private final String mine;
    private final String theirs;

    /**
     * @param questionnaire the questionnaire whose questions are merged, for the answers in words
     * @param mine          who gave "my" answers, e.g. the file name or the authors
     * @param theirs        who gave "their" answers, e.g. the colleague's file name or name
     */
    public MergeNotes(Messages messages, Questionnaire questionnaire, String mine, String theirs) {
        this.messages = messages;
        this.questionnaire = questionnaire;
        this.text = new AnswerText(messages);
        this.mine = mine;
        this.theirs = theirs;
    }

    /** The notes of {@code kickoff merge}, run by git: "this branch" and "the merged branch". */
    public static MergeNotes forGit(Messages messages, Questionnaire questionnaire) {
        return new MergeNotes(messages, questionnaire, messages.get("merge.this-branch"),
                messages.get("merge.other-branch"));
    }

    @Override
    public String conflict(String questionId, Answer mineAnswer, Answer theirsAnswer) {
        return messages.get("merge.conflict", mine, text.describe(questionnaire, questionId, mineAnswer), theirs,
                text.describe(questionnaire, questionId, theirsAnswer));
    }

    @Override
    public String nameConflict(String mine, String theirs) {
        return messages.get("merge.conflict-name", mine, this.theirs, theirs);
    }

    @Override
    public String descriptionConflict(String theirs) {
        return messages.get("merge.conflict-description", this.theirs, theirs);
    }

    @Override
    public String theirsInNote(String questionId, Answer theirsAnswer) {
        return messages.get("merge.theirs-in-note", theirs, text.describe(questionnaire, questionId, theirsAnswer));
    }

    @Override
    public String riskConflict(String findingId, RiskEntry theirsEntry) {
        return messages.get("merge.conflict-risk", theirs, new OutcomeText(messages).describe(theirsEntry));
    }

    @Override
    public String actionConflict(Action theirsAction) {
        return messages.get("merge.conflict-action", theirs, new OutcomeText(messages).describe(theirsAction));
    }
}
