package org.kickoff.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.kickoff.domain.Questionnaire;
import org.kickoff.report.CatalogMarkdown;
import org.kickoff.storage.QuestionnaireReader;
import org.kickoff.storage.QuestionnaireWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the whole questionnaire for review, as Markdown or in its JSON format. */
@Command(name = "catalog", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli")
final class CatalogCommand implements Callable<Integer> {

    enum Format { md, json }

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language = new LanguageOption();

    @Option(names = "--format", paramLabel = "md|json", descriptionKey = "option.format.catalog")
    Format format = Format.md;

    @Override
    public Integer call() {
        Questionnaire questionnaire = new QuestionnaireReader().builtIn();
        if (format == Format.json) {
            List<String> languages = language.language == null ? questionnaire.languages()
                    : List.of(language.language.name());
            spec.commandLine().getOut().print(new String(new QuestionnaireWriter().write(questionnaire, languages),
                    StandardCharsets.UTF_8));
        } else {
            spec.commandLine().getOut().print(new CatalogMarkdown(language.messages()).render(questionnaire));
        }
        return 0;
    }
}
