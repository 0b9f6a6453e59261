package org.kickoff.cli;

import java.io.IOException;
import java.io.InputStream;
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

/** Prints the whole questionnaire for review, as Markdown or in its JSON format, or the format's JSON Schema. */
@Command(name = "catalog", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli")
final class CatalogCommand implements Callable<Integer> {

    enum Format { md, json }

    /** The JSON Schema of the questionnaire format, for editors and reviewers of a team's own questionnaire. */
    static final String SCHEMA = "/schema/questionnaire.schema.json";

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language = new LanguageOption();

    @Option(names = "--format", paramLabel = "md|json", descriptionKey = "option.format.catalog")
    Format format = Format.md;

    @Option(names = "--schema", descriptionKey = "option.schema")
    boolean schema;

    @Override
    public Integer call() throws IOException {
        if (schema) {
            try (InputStream in = CatalogCommand.class.getResourceAsStream(SCHEMA)) {
                spec.commandLine().getOut().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            return 0;
        }
        Questionnaire questionnaire = new QuestionnaireReader().builtIn();
        if (format == Format.json) {
            List<String> languages = language.language == null ? questionnaire.languages()
                    : List.of(language.language);
            spec.commandLine().getOut().print(new String(new QuestionnaireWriter().write(questionnaire, languages),
                    StandardCharsets.UTF_8));
        } else {
            spec.commandLine().getOut().print(new CatalogMarkdown(language.messages()).render(questionnaire));
        }
        return 0;
    }
}
