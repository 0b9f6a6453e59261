package org.kickoff.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.MergePlan;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.SampleProjects;
import org.kickoff.domain.Value;

class MergeNotesTest {

    private final Questionnaire mini = Fixtures.mini();

    @Test
    void answersAreDescribedInWordsWithTheirState() {
        AnswerText en = new AnswerText(Messages.forLanguage("en"));
        AnswerText de = new AnswerText(Messages.forLanguage("de"));
        Answer databases = Answer.answered(new Value.Multi(List.of("postgresql", "other"), "TimescaleDB"))
                .withNote("for now");
        assertEquals("PostgreSQL, Other: TimescaleDB; note: for now", en.describe(mini, "second.databases", databases));
        assertEquals("open; owner Dana; due Dec 15, 2026",
                en.describe(mini, "first.kubernetes", Answer.open("Dana", LocalDate.of(2026, 12, 15))));
        assertEquals("offen; zuständig: Dana; fällig am 15.12.2026",
                de.describe(mini, "first.kubernetes", Answer.open("Dana", LocalDate.of(2026, 12, 15))));
        assertEquals("nicht zutreffend; Grund: raw SQL", de.describe(mini, "second.orm", Answer.notApplicable("raw SQL")));
        assertEquals("no answer", en.describe(mini, "second.orm", Answer.EMPTY));
        assertEquals("Ja", de.describe(mini, "removed.question", Answer.answered(new Value.YesNo(true))),
                "a question the questionnaire lost is still said in words");
    }

    @Test
    void anUnresolvedMergeQuotesBothAnswersByName() {
        Project mine = SampleProjects.base();
        Project theirs = mine.withAnswer("first.pattern", Answer.answered(new Value.Single("hexagonal", "")));
        MergePlan plan = MergePlan.between(mini, mine, theirs);
        Project merged = plan.apply(new MergeNotes(Messages.forLanguage("en"), mini, "dana.kickoff", "luis.kickoff"));
        Answer pattern = merged.answerOrEmpty("first.pattern");
        assertEquals(AnswerStatus.OPEN, pattern.status());
        assertEquals("Merge conflict, still to decide: dana.kickoff answered \"Other: Ports & adapters\"; "
                + "luis.kickoff answered \"Hexagonal\".", pattern.note());

        MergePlan german = MergePlan.between(mini, mine, theirs);
        german.resolveAll(MergePlan.Resolution.BOTH_IN_NOTE);
        Answer kept = german.apply(new MergeNotes(Messages.forLanguage("de"), mini, "Dana", "Luis"))
                .answerOrEmpty("first.pattern");
        assertEquals(AnswerStatus.ANSWERED, kept.status());
        assertEquals(new Value.Single("other", "Ports & adapters"), kept.value());
        assertEquals("Von Luis: „Hexagonal“", kept.note());
    }

    @Test
    void gitMergesNameTheBranches() {
        MergeNotes notes = MergeNotes.forGit(Messages.forLanguage("de"), mini);
        String note = notes.conflict("first.containers", Answer.answered(new Value.YesNo(true)),
                Answer.answered(new Value.YesNo(false)));
        assertTrue(note.contains("dieser Branch antwortete „Ja“") && note.contains("der zusammengeführte Branch "
                + "antwortete „Nein“"), note);
    }
}
