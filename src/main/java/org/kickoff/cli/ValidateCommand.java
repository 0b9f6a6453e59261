package org.kickoff.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kickoff.i18n.Messages;
import org.kickoff.storage.FileValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Checks project (and questionnaire) files: exit 0 when all are valid, else 1 with a line per bad file.
 * The check is the one every other command and the window apply before they use a file.
 */
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
        FileValidator validator = new FileValidator();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int bad = 0;
        for (Path file : files) {
            FileValidator.Result result = validator.check(file);
            if (result.isValid()) {
                out.println(Output.line(Output.path(file) + ": " + messages.get("validate.ok")));
            } else {
                bad++;
                String line = Output.path(file) + ": " + messages.problem(result.problems().get(0));
                err.println(Output.withSuffix(line,
                        result.total() > 1 ? messages.get("validate.more", result.total() - 1) : ""));
            }
            out.flush();
            err.flush();
        }
        return bad == 0 ? 0 : 1;
    }
}
