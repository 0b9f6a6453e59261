package org.kickoff.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kickoff.domain.NamedItem;
import org.kickoff.domain.Question;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.Reference;
import org.kickoff.domain.RiskRule;
import org.kickoff.domain.Topic;
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
                .append(messages.get(Labels.type(question.type()))).append('\n');
        if (!question.options().isEmpty()) {
            String options = question.options().stream()
                    .map(o -> Markdown.escape(o.label().in(lang)) + " (" + Markdown.code(o.id()) + ")"
                            + (o.exclusive() ? " — " + messages.get("catalog.exclusive") : ""))
                    .collect(Collectors.joining("; "));
            if (question.allowOther()) {
                options += "; " + messages.get("catalog.other");
            }
            out.append("- ").append(messages.get("catalog.options")).append(": ").append(options).append('\n');
        }
        if (!question.units().isEmpty()) {
            out.append("- ").append(messages.get("catalog.units")).append(": ").append(labels(question.units()))
                    .append('\n');
        }
        if (question.min() != null || question.max() != null) {
            out.append("- ").append(messages.get("catalog.range")).append(": ")
                    .append(question.min() == null ? "" : question.min().toPlainString()).append(" – ")
                    .append(question.max() == null ? "" : question.max().toPlainString()).append('\n');
        }
        if (!question.columns().isEmpty()) {
            out.append("- ").append(messages.get("catalog.columns")).append(": ").append(labels(question.columns()))
                    .append('\n');
        }
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
