package org.kickoff.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The parts of a register entry and of an action that compare and merge look at one by one, as
 * {@link AnswerComparison} does for answers: texts compare as people read them (line ends and surrounding
 * blanks do not count), fields a newer Kickoff wrote are not compared.
 */
public final class OutcomeFields {

    /** The parts of a risk register entry. */
    public enum Risk { STATE, OWNER, DUE, ACCEPTANCE, NOTE }

    /** The parts of an action. */
    public enum Work { TITLE, OWNER, DUE, STATE, LINKS, NOTE }

    private OutcomeFields() {
    }

    public static Set<Risk> differences(RiskEntry a, RiskEntry b) {
        Set<Risk> fields = EnumSet.noneOf(Risk.class);
        for (Risk field : Risk.values()) {
            if (!same(field, a, b)) {
                fields.add(field);
            }
        }
        return fields;
    }

    public static Set<Work> differences(Action a, Action b) {
        Set<Work> fields = EnumSet.noneOf(Work.class);
        for (Work field : Work.values()) {
            if (!same(field, a, b)) {
                fields.add(field);
            }
        }
        return fields;
    }

    static boolean same(Risk field, RiskEntry a, RiskEntry b) {
        return switch (field) {
            case STATE -> a.state() == b.state();
            case OWNER -> Texts.same(a.owner(), b.owner());
            case DUE -> Objects.equals(a.due(), b.due());
            case ACCEPTANCE -> Texts.same(a.acceptedBy(), b.acceptedBy()) && Texts.same(a.reason(), b.reason())
                    && Objects.equals(a.until(), b.until());
            case NOTE -> Texts.same(a.note(), b.note());
        };
    }

    static boolean same(Work field, Action a, Action b) {
        return switch (field) {
            case TITLE -> Texts.same(a.title(), b.title());
            case OWNER -> Texts.same(a.owner(), b.owner());
            case DUE -> Objects.equals(a.due(), b.due());
            case STATE -> a.state() == b.state();
            case LINKS -> a.risk().equals(b.risk()) && a.question().equals(b.question());
            case NOTE -> Texts.same(a.note(), b.note());
        };
    }

    static RiskEntry take(Risk field, RiskEntry into, RiskEntry from) {
        return switch (field) {
            case STATE -> into.withState(from.state());
            case OWNER -> into.withOwner(from.owner());
            case DUE -> into.withDue(from.due());
            case ACCEPTANCE -> into.withAcceptance(from.acceptedBy(), from.reason(), from.until());
            case NOTE -> into.withNote(from.note());
        };
    }

    static Action take(Work field, Action into, Action from) {
        return switch (field) {
            case TITLE -> into.withTitle(from.title());
            case OWNER -> into.withOwner(from.owner());
            case DUE -> into.withDue(from.due());
            case STATE -> into.withState(from.state());
            case LINKS -> into.withRisk(from.risk()).withQuestion(from.question());
            case NOTE -> into.withNote(from.note());
        };
    }
}
