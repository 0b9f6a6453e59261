package org.kickoff.domain;

/**
 * How a merge puts the other side's answer into a note, so that nothing is lost when two answers differ.
 * The domain decides when; the i18n layer ({@code org.kickoff.i18n.MergeNotes}) says it in the user's
 * language, with the answers in words.
 */
public interface MergeWording {

    /** A note quoting both answers, for a question left open because the two sides disagree. */
    String conflict(String questionId, Answer mine, Answer theirs);

    /** Their answer, quoted with who gave it, to be added to the note of mine. */
    String theirsInNote(String questionId, Answer theirs);

    /** The project's name when both sides renamed it differently: ours, with theirs quoted in it. */
    String nameConflict(String mine, String theirs);

    /** A paragraph quoting their description, added to ours when both sides changed it differently. */
    String descriptionConflict(String theirs);

    /** A paragraph for a risk's note quoting their register entry, when both sides decided differently. */
    String riskConflict(String findingId, RiskEntry theirs);

    /** A paragraph for an action's note quoting their version of it, when both sides changed it differently. */
    String actionConflict(Action theirs);

    /** A note with a paragraph added; a blank note becomes just the paragraph. */
    static String append(String note, String paragraph) {
        return note == null || note.isBlank() ? paragraph : note.stripTrailing() + "\n\n" + paragraph;
    }
}
