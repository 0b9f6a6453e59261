package org.kickoff.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kickoff.domain.Problem;
import org.kickoff.domain.Questionnaire;
import org.kickoff.i18n.Messages;
import org.kickoff.storage.FileValidator;
import org.kickoff.storage.QuestionnaireReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks project (and questionnaire) files: exit 0 when all are valid, else 1 with a line per bad file. */
@Command(name = "validate", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language = new LanguageOption();

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "param.files")
    List<Path> files;

    @Override
    public Integer call() {
        Messages messages = language.messages();
        Questionnaire builtIn = new QuestionnaireReader().builtIn();
        FileValidator validator = new FileValidator(
                id -> id.equals(builtIn.id()) ? Optional.of(builtIn) : Optional.empty());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int bad = 0;
        for (Path file : files) {
            List<Problem> problems = validator.validate(file);
            if (problems.isEmpty()) {
                out.println(file + ": " + messages.get("validate.ok"));
            } else {
                bad++;
                String line = file + ": " + messages.problem(problems.get(0));
                if (problems.size() > 1) {
                    line += " " + messages.get("validate.more", problems.size() - 1);
                }
                err.println(line);
            }
        }
        return bad == 0 ? 0 : 1;
    }
}
