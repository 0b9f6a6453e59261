package org.kickoff.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kickoff.domain.Choice;
import org.kickoff.domain.ListType;
import org.kickoff.domain.MultiChoiceType;
import org.kickoff.domain.NamedItem;
import org.kickoff.domain.NumberType;
import org.kickoff.domain.Question;
import org.kickoff.domain.QuestionType;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.Reference;
import org.kickoff.domain.RiskRule;
import org.kickoff.domain.SingleChoiceType;
import org.kickoff.domain.TextType;
import org.kickoff.domain.Topic;
import org.kickoff.domain.YesNoType;
import org.kickoff.i18n.Labels;
import org.kickoff.i18n.Messages;
import org.kickoff.i18n.ReferenceText;

/** The whole questionnaire as a Markdown document in one language, for review by people. */
public final class CatalogMarkdown {

    private final Messages messages;
    private final ReferenceText referenceText;

    public CatalogMarkdown(Messages messages) {
        this.messages = messages;
        this.referenceText = new ReferenceText(messages);
    }

    public String render(Questionnaire questionnaire) {
        String lang = messages.language();
        StringBuilder out = new StringBuilder();
        // every reference cited, in order of first citation, for the list of sources at the end
        Map<Reference, String> cited = new LinkedHashMap<>();
        out.append("# ").append(Markdown.escape(questionnaire.title().in(lang))).append("\n\n");
        out.append(messages.get("catalog.identity", questionnaire.id(), questionnaire.version())).append("\n\n");
        if (!questionnaire.description().isEmpty()) {
            out.append(Markdown.escape(questionnaire.description().in(lang))).append("\n\n");
        }
        int topicNumber = 0;
        for (Topic topic : questionnaire.topics()) {
            topicNumber++;
            out.append("## ").append(topicNumber).append(". ").append(Markdown.escape(topic.title().in(lang)))
                    .append("\n\n");
            if (!topic.intro().isEmpty()) {
                out.append(Markdown.escape(topic.intro().in(lang))).append("\n\n");
            }
            int questionNumber = 0;
            for (Question question : topic.questions()) {
                questionNumber++;
                question(out, topicNumber + "." + questionNumber, question, cited);
            }
        }
        if (!questionnaire.risks().isEmpty()) {
            out.append("## ").append(messages.get("catalog.risks")).append("\n\n");
            for (RiskRule rule : questionnaire.risks()) {
                out.append("- **").append(Markdown.escape(rule.title().in(lang))).append("** (")
                        .append(messages.get(Labels.level(rule.level()))).append(", ")
                        .append(Markdown.code(rule.id())).append(")  \n");
                out.append("  ").append(messages.get("catalog.when")).append(": ")
                        .append(Markdown.code(rule.when().source())).append("  \n");
                out.append("  ").append(Markdown.escape(rule.explanation().in(lang))).append("  \n");
                out.append("  ").append(messages.get("catalog.recommendation")).append(": ")
                        .append(Markdown.escape(rule.recommendation().in(lang))).append(rule.references().isEmpty()
                                ? "\n" : "  \n");
                references(out, "  ", rule.references(), cited);
            }
            out.append('\n');
        }
        if (!cited.isEmpty()) {
            out.append("## ").append(messages.get("report.section.sources")).append("\n\n");
            cited.forEach((reference, tag) -> out.append("- **").append(Markdown.escape(tag)).append("**: ")
                    .append(Markdown.escape(referenceText.describe(reference))).append('\n'));
            out.append('\n');
        }
        return out.toString();
    }

    private void question(StringBuilder out, String number, Question question, Map<Reference, String> cited) {
        String lang = messages.language();
        out.append("### ").append(number).append(' ').append(Markdown.escape(question.text().in(lang))).append("\n\n");
        out.append("- ").append(messages.get("catalog.id")).append(": ").append(Markdown.code(question.id()))
                .append('\n');
        out.append("- ").append(messages.get("catalog.type")).append(": ")
                .append(messages.get(question.type().labelKey())).append('\n');
        out.append(question.type().accept(new Parts()));
        if (!question.visibleIf().source().isEmpty()) {
            out.append("- ").append(messages.get("catalog.shown-when")).append(": ")
                    .append(Markdown.code(question.visibleIf().source())).append('\n');
        }
        references(out, "- ", question.references(), cited);
        question.riskIfUnansweredOptional().ifPresent(level -> out.append("- ")
                .append(messages.get("catalog.risk-if-unanswered")).append(": ")
                .append(messages.get(Labels.level(level))).append('\n'));
        if (!question.guidance().isEmpty()) {
            out.append("- ").append(messages.get("catalog.guidance")).append(": ")
                    .append(Markdown.escape(question.guidance().in(lang))).append('\n');
        }
        out.append('\n');
    }

    /** The parts only some kinds have: options, units and range, columns; a line each. */
    private final class Parts implements QuestionType.Visitor<String> {
        @Override
        public String yesNo(YesNoType type) {
            return "";
        }

        @Override
        public String single(SingleChoiceType type) {
            return options(type.options(), type.allowOther());
        }

        @Override
        public String multi(MultiChoiceType type) {
            return options(type.options(), type.allowOther());
        }

        @Override
        public String text(TextType type) {
            return "";
        }

        @Override
        public String number(NumberType type) {
            StringBuilder out = new StringBuilder();
            if (!type.units().isEmpty()) {
                out.append(line("catalog.units", labels(type.units())));
            }
            if (type.min() != null && type.max() != null) {
                out.append(line("catalog.range", messages.get("catalog.range.between", type.min().toPlainString(),
                        type.max().toPlainString())));
            } else if (type.min() != null) {
                out.append(line("catalog.range", messages.get("catalog.range.at-least", type.min().toPlainString())));
            } else if (type.max() != null) {
                out.append(line("catalog.range", messages.get("catalog.range.at-most", type.max().toPlainString())));
            }
            return out.toString();
        }

        @Override
        public String list(ListType type) {
            return line("catalog.columns", labels(type.columns()));
        }

        private String options(List<Choice> options, boolean allowOther) {
            String lang = messages.language();
            String text = options.stream()
                    .map(o -> Markdown.escape(o.label().in(lang)) + " (" + Markdown.code(o.id()) + ")"
                            + (o.exclusive() ? " — " + messages.get("catalog.exclusive") : ""))
                    .collect(Collectors.joining("; "));
            if (allowOther) {
                text += "; " + messages.get("catalog.other");
            }
            return line("catalog.options", text);
        }

        private String line(String labelKey, String text) {
            return "- " + messages.get(labelKey) + ": " + text + "\n";
        }
    }

    /** The references as tags, each explained once in the list of sources at the end. */
    private void references(StringBuilder out, String indent, List<Reference> references,
                            Map<Reference, String> cited) {
        if (references.isEmpty()) {
            return;
        }
        references.forEach(r -> cited.computeIfAbsent(r, referenceText::tag));
        out.append(indent).append(messages.get("catalog.references")).append(": ")
                .append(references.stream().map(r -> Markdown.escape(referenceText.tag(r)))
                        .collect(Collectors.joining("; "))).append('\n');
    }

    private String labels(List<NamedItem> items) {
        return items.stream().map(i -> Markdown.escape(i.label().in(messages.language())))
                .collect(Collectors.joining(", "));
    }
}
