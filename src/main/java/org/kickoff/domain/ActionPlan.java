package org.kickoff.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The work a kickoff leaves: the project's actions and its open questions (each to be decided by its due
 * date), what is still to do first, by due date (those without one last; equal dates keep actions before decisions, then the order
 * they were added or asked), with the overdue ones marked.
 */
public final class ActionPlan {

    private final List<PlanItem> items;

    private ActionPlan(List<PlanItem> items) {
        this.items = List.copyOf(items);
    }

    public static ActionPlan of(Evaluation evaluation, Project project, LocalDate today) {
        Register register = Register.of(evaluation, project, today);
        List<PlanItem> items = new ArrayList<>();
        for (Action action : project.actions().values()) {
            List<String> questions = new ArrayList<>();
            if (!action.question().isBlank()) {
                questions.add(action.question());
            }
            if (!action.risk().isBlank()) {
                register.item(action.risk()).ifPresent(i -> i.questionIds().stream()
                        .filter(q -> !questions.contains(q)).forEach(questions::add));
            }
            items.add(new PlanItem(PlanItem.Kind.ACTION, action.id(), action.title(), action.owner(), action.due(),
                    action.isDone(), action.isOverdue(today), action.risk(), questions));
        }
        for (Topic topic : evaluation.questionnaire().topics()) {
            for (Question question : evaluation.visibleQuestions(topic)) {
                Answer answer = evaluation.answer(question.id());
                if (answer.status() == AnswerStatus.OPEN) {
                    boolean overdue = answer.due() != null && answer.due().isBefore(today);
                    items.add(new PlanItem(PlanItem.Kind.DECISION, question.id(), "", answer.owner(), answer.due(),
                            false, overdue, "", List.of(question.id())));
                }
            }
        }
        items.sort(Comparator.comparing(PlanItem::done)
                .thenComparing(PlanItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(PlanItem::kind));
        return new ActionPlan(items);
    }

    public List<PlanItem> items() {
        return items;
    }

    /** The work not done yet. */
    public List<PlanItem> pending() {
        return items.stream().filter(i -> !i.done()).toList();
    }

    public long overdue() {
        return items.stream().filter(PlanItem::overdue).count();
    }
}
