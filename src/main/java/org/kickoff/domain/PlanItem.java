package org.kickoff.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the action plan: a stored {@link Action}, or an open question, which is work too (decide it by
 * its due date). {@code id} is the action's id or the question's; {@code questionIds} are the questions the
 * work comes from, to link back to (a mitigation's are its finding's). A decision has no title of its own:
 * the question's text, in the reader's language, is its title.
 */
public record PlanItem(Kind kind, String id, String title, String owner, LocalDate due, boolean done,
                       boolean overdue, String risk, List<String> questionIds) {

    public enum Kind { ACTION, DECISION }

    public PlanItem {
        questionIds = List.copyOf(questionIds);
        title = title == null ? "" : title;
        owner = owner == null ? "" : owner;
        risk = risk == null ? "" : risk;
    }
}
