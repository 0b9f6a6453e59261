package org.kickoff.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Projects on the mini questionnaire with an answer of every type and state, and a wording for merges. */
public final class SampleProjects {

    private SampleProjects() {
    }

    /** Every question of the mini questionnaire answered; one open, one not applicable, one with a note. */
    public static Project base() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("first.containers", Answer.answered(new Value.YesNo(true)));
        answers.put("first.kubernetes", Answer.open("Dana", LocalDate.of(2026, 12, 15)));
        answers.put("first.which", Answer.answered(new Value.Entries(List.of(
                Map.of("name", "api", "purpose", "REST API"), Map.of("name", "worker", "purpose", "")))));
        answers.put("first.pattern", Answer.answered(new Value.Single("other", "Ports & adapters")));
        answers.put("second.databases", Answer.answered(new Value.Multi(List.of("postgresql", "redis"), "")));
        answers.put("second.orm", Answer.notApplicable("raw SQL"));
        answers.put("second.volume", Answer.answered(new Value.Amount(new BigDecimal("2.5"), "tb")));
        answers.put("second.story", Answer.answered(new Value.Text("Line one\nLine two")).withNote("workshop"));
        ProjectInfo info = new ProjectInfo("Parcels", "A backend.", List.of("Dana"),
                Instant.parse("2026-11-02T09:15:00Z"), Instant.parse("2026-11-20T16:40:12Z"), UnknownFields.NONE);
        return new Project(info, new QuestionnaireRef("mini", "1.0.0"), answers, UnknownFields.NONE);
    }

    /** A wording that says plainly what it was given, so tests can see both sides in the note. */
    public static final MergeWording WORDING = new MergeWording() {
        @Override
        public String conflict(String questionId, Answer mine, Answer theirs) {
            return "CONFLICT " + questionId + " mine=" + mine.value() + "/" + mine.status() + " theirs="
                    + theirs.value() + "/" + theirs.status();
        }

        @Override
        public String theirsInNote(String questionId, Answer theirs) {
            return "THEIRS " + questionId + " " + theirs.value();
        }

        @Override
        public String nameConflict(String mine, String theirs) {
            return mine + " NAME-CONFLICT " + theirs;
        }

        @Override
        public String descriptionConflict(String theirs) {
            return "DESCRIPTION-CONFLICT " + theirs;
        }

        @Override
        public String riskConflict(String findingId, RiskEntry theirs) {
            return "RISK-CONFLICT " + findingId + " theirs=" + theirs.state() + "/" + theirs.reason();
        }

        @Override
        public String actionConflict(Action theirs) {
            return "ACTION-CONFLICT " + theirs.id() + " theirs=" + theirs.title() + "/" + theirs.owner();
        }
    };
}
