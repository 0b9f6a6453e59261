package org.kickoff.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A question answered with a number, in one of its units where it has some, within {@code min} and
 * {@code max} where they are set. Owns the one rule for numbers that the file check and the window share.
 */
public record NumberType(List<NamedItem> units, BigDecimal min, BigDecimal max) implements QuestionType<Value.Amount> {

    public static final String NAME = "number";

    public NumberType {
        units = List.copyOf(units);
    }

    @Override
    public String fileName() {
        return NAME;
    }

    @Override
    public String labelKey() {
        return "type.number";
    }

    @Override
    public Class<Value.Amount> valueClass() {
        return Value.Amount.class;
    }

    public Optional<NamedItem> unit(String unitId) {
        return units.stream().filter(u -> u.id().equals(unitId)).findFirst();
    }

    /** The unit a new answer starts with: the first, or none. */
    public String defaultUnit() {
        return units.isEmpty() ? "" : units.get(0).id();
    }

    /** What is wrong with the number as an answer: out of range, too large or too precise to be kept. */
    public Optional<Problem> problemWith(BigDecimal number) {
        if (number.abs().compareTo(Limits.NUMBER_MAGNITUDE) >= 0
                || number.stripTrailingZeros().scale() > Limits.FRACTION_DIGITS) {
            return Optional.of(Problem.at("", "value.number.too-precise", Limits.FRACTION_DIGITS));
        }
        if (min != null && number.compareTo(min) < 0) {
            return Optional.of(Problem.at("", "value.number.too-small", number, min));
        }
        if (max != null && number.compareTo(max) > 0) {
            return Optional.of(Problem.at("", "value.number.too-large", number, max));
        }
        return Optional.empty();
    }

    /**
     * A number as the user typed it, in their language ({@code 2.5} in English, {@code 2,5} in German): the
     * whole text must be the number (a prefix that parses is not enough), and it must pass
     * {@link #problemWith}. Blank text is no number.
     */
    public Parsed<BigDecimal> parse(String text, Locale locale) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return Parsed.blank();
        }
        DecimalFormat format = format(locale);
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Object parsed = format.parse(trimmed, position);
        if (!(parsed instanceof BigDecimal number) || position.getIndex() != trimmed.length()) {
            return Parsed.invalid(Problem.at("", "value.number.invalid", format.format(new BigDecimal("2.5"))));
        }
        return problemWith(number).<Parsed<BigDecimal>>map(Parsed::invalid).orElseGet(() -> Parsed.of(number));
    }

    /** The number as the user reads and types it in their language: no grouping, up to six decimals. */
    public static String format(BigDecimal number, Locale locale) {
        return format(locale).format(number);
    }

    private static DecimalFormat format(Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Limits.FRACTION_DIGITS);
        format.setGroupingUsed(false);
        return format;
    }

    @Override
    public java.util.Map<String, Integer> partCounts() {
        return java.util.Map.of("units", units.size());
    }

    @Override
    public void checkDefinition(String at, String questionId, DefinitionCheck check) {
        Set<String> ids = new HashSet<>();
        for (int u = 0; u < units.size(); u++) {
            check.id(at + ".units[" + u + "].id", units.get(u).id(), ids);
            check.texts(at + ".units[" + u + "].label", units.get(u).label());
            if (!units.get(u).one().isEmpty()) {
                check.texts(at + ".units[" + u + "].one", units.get(u).one());
            }
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            check.problem(Problem.at(at + ".min", "questionnaire.bad-range", min, max));
        }
    }

    @Override
    public void checkValue(String at, Value.Amount value, ProblemList problems) {
        if (value.number() == null) {
            return;
        }
        if (!value.unit().isEmpty() && unit(value.unit()).isEmpty()) {
            problems.add(Problem.at(at + ".unit", "project.unknown-unit", value.unit()));
        }
        problemWith(value.number()).ifPresent(p -> problems.add(p.located(at + ".number")));
    }

    @Override
    public boolean accepts(Condition.Test test) {
        return test instanceof Condition.StatusTest || test instanceof Condition.Compare
                || test instanceof Condition.Equals eq && eq.literal() instanceof BigDecimal;
    }

    /** The range may be changed without the answer losing its meaning; the units may not. */
    @Override
    public boolean sameMeaning(QuestionType<?> other) {
        if (!(other instanceof NumberType n) || n.units.size() != units.size()) {
            return false;
        }
        for (int u = 0; u < units.size(); u++) {
            if (!units.get(u).sameMeaning(n.units.get(u))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.number(this);
    }
}
