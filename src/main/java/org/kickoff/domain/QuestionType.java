package org.kickoff.domain;

import java.util.List;
import java.util.Optional;

/**
 * The kind of a question, with the parts that only that kind has (options, units and range, columns). A
 * closed family: each kind is one record that owns what answers it (its {@link Value} class), how its own
 * definition and its answers are checked, and which condition tests apply to it. What lives outside the
 * domain (reading and writing JSON, wording, the input in the window) is written once per kind against
 * {@link Visitor}, so that a new kind is a new record here plus what the compiler then asks for.
 *
 * @param <V> the value that answers a question of this kind
 */
public sealed interface QuestionType<V extends Value>
        permits YesNoType, SingleChoiceType, MultiChoiceType, TextType, NumberType, ListType {

    /** Every kind's name in files, in the order the file format lists them. */
    List<String> FILE_NAMES = List.of(YesNoType.NAME, SingleChoiceType.NAME, MultiChoiceType.NAME, TextType.SHORT,
            TextType.LONG, NumberType.NAME, ListType.NAME);

    /** The kind's name in files ({@code "number"}). */
    String fileName();

    /** The message key of the kind's name, e.g. for the catalog. */
    String labelKey();

    /** The class of the values that answer questions of this kind. */
    Class<V> valueClass();

    /** Whether the value can answer a question of this kind. */
    default boolean fits(Value value) {
        return valueClass().isInstance(value);
    }

    /** The value as this kind's value, if it is one. */
    default Optional<V> valueOf(Value value) {
        return fits(value) ? Optional.of(valueClass().cast(value)) : Optional.empty();
    }

    /** How many parts of each sort the kind has ({@code "options" -> 12}), so that a huge file is refused early. */
    default java.util.Map<String, Integer> partCounts() {
        return java.util.Map.of();
    }

    /** Checks the kind's own parts (options, units, range, columns); {@code at} is the question's JSON path. */
    void checkDefinition(String at, String questionId, DefinitionCheck check);

    /**
     * What is wrong with a value of this kind: options, units or columns that do not exist, a number out of
     * range; {@code at} is the answer's JSON path.
     */
    void checkValue(String at, V value, ProblemList problems);

    /** Whether the condition test can be applied to answers of this kind. */
    boolean accepts(Condition.Test test);

    /** Whether the option exists (only choices have options). */
    default boolean hasOption(String optionId) {
        return false;
    }

    /**
     * Whether a question of this kind asks the same as one of {@code other}: the same kind with the same
     * options, units and columns. Limits and placeholders may change without the answer losing its meaning.
     */
    default boolean sameMeaning(QuestionType<?> other) {
        return equals(other);
    }

    <R> R accept(Visitor<R> visitor);

    /** Something done differently for each kind; adding a kind adds a method here. */
    interface Visitor<R> {
        R yesNo(YesNoType type);

        R single(SingleChoiceType type);

        R multi(MultiChoiceType type);

        R text(TextType type);

        R number(NumberType type);

        R list(ListType type);
    }

    /** What a kind's definition check reports through: the checks all parts of a questionnaire share. */
    interface DefinitionCheck {
        /** A well-formed id, unique among {@code seen}. */
        void id(String at, String id, java.util.Set<String> seen);

        /** A text in every language of the questionnaire. */
        void texts(String at, LocalizedText text);

        void problem(Problem problem);
    }
}
