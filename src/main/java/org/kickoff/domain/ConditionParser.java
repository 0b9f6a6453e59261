package org.kickoff.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A recursive-descent parser for conditions. The grammar is in the file-format documentation; it has no
 * way to call anything, so a condition read from a file can only compare answers.
 */
final class ConditionParser {

    /** Conditions longer than this are refused: a questionnaire has no use for them. */
    static final int MAX_LENGTH = 2_000;
    private static final int MAX_DEPTH = 32;

    private static final Map<String, Condition.Comparison> COMPARISONS = Map.of(
            "<", Condition.Comparison.LESS, "<=", Condition.Comparison.LESS_OR_EQUAL,
            ">", Condition.Comparison.GREATER, ">=", Condition.Comparison.GREATER_OR_EQUAL,
            "==", Condition.Comparison.EQUAL);

    private record Token(String text, int column, boolean string) {
    }

    private final List<Token> tokens;
    private int index;
    private int depth;

    private ConditionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Condition parse(String source) throws ConditionException {
        if (source == null || source.isBlank()) {
            return Condition.ALWAYS;
        }
        if (source.length() > MAX_LENGTH) {
            throw new ConditionException("condition.too-long", MAX_LENGTH, "");
        }
        ConditionParser parser = new ConditionParser(tokenize(source));
        Condition result = parser.or();
        if (parser.index < parser.tokens.size()) {
            Token extra = parser.tokens.get(parser.index);
            throw new ConditionException("condition.unexpected", extra.column, extra.text);
        }
        return result;
    }

    private static List<Token> tokenize(String source) throws ConditionException {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(String.valueOf(c), i + 1, false));
                i++;
            } else if (c == '\'') {
                int end = source.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new ConditionException("condition.unclosed-string", i + 1, source.substring(i));
                }
                tokens.add(new Token(source.substring(i + 1, end), i + 1, true));
                i = end + 1;
            } else if ("<>=!".indexOf(c) >= 0) {
                int end = i + 1;
                if (end < source.length() && source.charAt(end) == '=') {
                    end++;
                }
                String op = source.substring(i, end);
                if (op.equals("=") || op.equals("!")) {
                    throw new ConditionException("condition.unexpected", i + 1, op);
                }
                tokens.add(new Token(op, i + 1, false));
                i = end;
            } else if (isWordChar(c) || c == '-') {
                int end = i + 1;
                while (end < source.length() && isWordChar(source.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(source.substring(i, end), i + 1, false));
                i = end;
            } else {
                throw new ConditionException("condition.unexpected", i + 1, String.valueOf(c));
            }
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_';
    }

    private Condition or() throws ConditionException {
        List<Condition> parts = new ArrayList<>();
        parts.add(and());
        while (acceptWord("or")) {
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.AnyOf(parts);
    }

    private Condition and() throws ConditionException {
        List<Condition> parts = new ArrayList<>();
        parts.add(not());
        while (acceptWord("and")) {
            parts.add(not());
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.All(parts);
    }

    private Condition not() throws ConditionException {
        if (++depth > MAX_DEPTH) {
            throw new ConditionException("condition.too-deep", peekColumn(), "");
        }
        try {
            if (acceptWord("not")) {
                return new Condition.Not(not());
            }
            if (acceptSymbol("(")) {
                Condition inner = or();
                expectSymbol(")");
                return inner;
            }
            return test();
        } finally {
            depth--;
        }
    }

    private Condition test() throws ConditionException {
        Token id = next("condition.expected-question");
        if (id.string || !isQuestionId(id.text)) {
            throw new ConditionException("condition.expected-question", id.column, id.text);
        }
        Token op = next("condition.expected-operator");
        if (op.string) {
            throw new ConditionException("condition.expected-operator", op.column, op.text);
        }
        switch (op.text) {
            case "is": {
                Token kind = next("condition.expected-status");
                for (Condition.StatusKind k : Condition.StatusKind.values()) {
                    if (!kind.string && kind.text.equals(k.name().toLowerCase(java.util.Locale.ROOT))) {
                        return new Condition.StatusTest(id.text, k);
                    }
                }
                throw new ConditionException("condition.expected-status", kind.column, kind.text);
            }
            case "has": {
                Token option = next("condition.expected-string");
                if (!option.string) {
                    throw new ConditionException("condition.expected-string", option.column, option.text);
                }
                return new Condition.Has(id.text, option.text);
            }
            case "count": {
                Token comparison = next("condition.expected-comparison");
                Condition.Comparison c = COMPARISONS.get(comparison.text);
                if (c == null || comparison.string) {
                    throw new ConditionException("condition.expected-comparison", comparison.column, comparison.text);
                }
                return new Condition.Count(id.text, c, number(next("condition.expected-number")));
            }
            case "==":
            case "!=":
                return new Condition.Equals(id.text, literal(next("condition.expected-value")), op.text.equals("!="));
            default:
                Condition.Comparison c = COMPARISONS.get(op.text);
                if (c == null) {
                    throw new ConditionException("condition.expected-operator", op.column, op.text);
                }
                return new Condition.Compare(id.text, c, number(next("condition.expected-number")));
        }
    }

    private static boolean isQuestionId(String text) {
        return !text.isEmpty() && Character.isLetter(text.charAt(0))
                && !List.of("and", "or", "not", "is", "has", "count", "yes", "no").contains(text);
    }

    private static Object literal(Token token) throws ConditionException {
        if (token.string) {
            return token.text;
        }
        if (token.text.equals("yes")) {
            return Boolean.TRUE;
        }
        if (token.text.equals("no")) {
            return Boolean.FALSE;
        }
        return number(token);
    }

    private static BigDecimal number(Token token) throws ConditionException {
        if (token.string || token.text.length() > 30) {
            throw new ConditionException("condition.expected-number", token.column, token.text);
        }
        try {
            return new BigDecimal(token.text);
        } catch (NumberFormatException e) {
            throw new ConditionException("condition.expected-number", token.column, token.text);
        }
    }

    private Token next(String expectation) throws ConditionException {
        if (index >= tokens.size()) {
            throw new ConditionException(expectation, peekColumn(), "");
        }
        return tokens.get(index++);
    }

    private int peekColumn() {
        if (index < tokens.size()) {
            return tokens.get(index).column;
        }
        if (tokens.isEmpty()) {
            return 1;
        }
        Token last = tokens.get(tokens.size() - 1);
        return last.column + last.text.length();
    }

    private boolean acceptWord(String word) {
        if (index < tokens.size() && !tokens.get(index).string && tokens.get(index).text.equals(word)) {
            index++;
            return true;
        }
        return false;
    }

    private boolean acceptSymbol(String symbol) {
        return acceptWord(symbol);
    }

    private void expectSymbol(String symbol) throws ConditionException {
        if (!acceptSymbol(symbol)) {
            Token found = index < tokens.size() ? tokens.get(index) : null;
            throw new ConditionException("condition.expected-close", peekColumn(), found == null ? "" : found.text);
        }
    }
}
