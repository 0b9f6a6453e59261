package org.kickoff.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kickoff.domain.Evaluation;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.Register;
import org.kickoff.domain.RiskItem;
import org.kickoff.domain.RiskLevel;
import org.kickoff.i18n.Labels;
import org.kickoff.i18n.Messages;
import org.kickoff.i18n.OutcomeText;
import org.kickoff.i18n.RiskWords;
import org.kickoff.i18n.VisibleText;
import org.kickoff.storage.CheckedProject;
import org.kickoff.storage.QuestionnaireResolver;
import org.kickoff.storage.RegisterJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Lists a project's risk register, and is a gate for CI: with {@code --fail-on LEVEL}, exit 1 when a finding
 * at or above the level applies and is neither accepted (in date) nor resolved, 0 otherwise; 2 when the file
 * cannot be read.
 */
@Command(name = "risks", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli")
final class RisksCommand implements Callable<Integer> {

    enum Format { text, json }

    enum Level {
        high(RiskLevel.HIGH), medium(RiskLevel.MEDIUM), low(RiskLevel.LOW);

        final RiskLevel level;

        Level(RiskLevel level) {
            this.level = level;
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language = new LanguageOption();

    @Parameters(paramLabel = "FILE", arity = "1", descriptionKey = "param.risks-file")
    Path file;

    @Option(names = "--format", paramLabel = "text|json", descriptionKey = "option.format.risks")
    Format format = Format.text;

    @Option(names = "--fail-on", paramLabel = "high|medium|low", descriptionKey = "option.fail-on")
    Level failOn;

    /** The day acceptances are judged by; tests set it. */
    LocalDate today = LocalDate.now();

    @Override
    public Integer call() {
        Messages messages = language.messages();
        ProjectInputs inputs = new ProjectInputs(messages, "risks.bad-file");
        Questionnaire questionnaire;
        Project project;
        try {
            CheckedProject checked = inputs.read(file);
            QuestionnaireResolver.Resolved resolved = inputs.resolved(file, checked);
            questionnaire = resolved.questionnaire();
            project = resolved.project(checked.file());
        } catch (ProjectInputs.BadInput e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        Register register = Register.of(new Evaluation(questionnaire, project), project, today);
        List<RiskItem> failing = failOn == null ? List.of() : register.unaddressed(failOn.level);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.print(json(register, failing, questionnaire, messages));
        } else {
            text(out, register, failing, questionnaire, messages);
        }
        out.flush();
        if (failOn != null && !failing.isEmpty()) {
            spec.commandLine().getErr().println(Output.line(messages.get("risks.failing", failing.size(),
                    messages.get(Labels.level(failOn.level)), Output.path(file))));
            return 1;
        }
        return 0;
    }

    private String json(Register register, List<RiskItem> failing, Questionnaire questionnaire, Messages messages) {
        List<RegisterJson.Row> rows = new ArrayList<>();
        for (RiskItem item : register.items()) {
            rows.add(new RegisterJson.Row(item.id(), item.level().fileName(),
                    item.status().name().toLowerCase(Locale.ROOT), item.entry().state().fileName(),
                    RiskWords.title(messages, questionnaire, item.id()), item.entry().owner(), item.entry().due(),
                    item.entry().acceptedBy(), item.entry().reason(), item.entry().until(), item.questionIds(),
                    item.gone(), failing.contains(item)));
        }
        // JSON escapes control characters itself; bidirectional controls are escaped for a terminal too
        return VisibleText.lines(RegisterJson.write(rows));
    }

    private void text(PrintWriter out, Register register, List<RiskItem> failing, Questionnaire questionnaire,
                      Messages messages) {
        OutcomeText words = new OutcomeText(messages);
        if (register.items().isEmpty()) {
            out.println(messages.get("risks.none"));
            return;
        }
        for (RiskItem item : register.items()) {
            StringBuilder line = new StringBuilder();
            line.append(failing.contains(item) ? "! " : "  ")
                    .append(pad(messages.get(Labels.level(item.level())), 7))
                    .append(pad(item.gone() ? messages.get("risks.gone") : words.status(item.status()), 20))
                    .append(VisibleText.line(RiskWords.title(messages, questionnaire, item.id())))
                    .append(" (").append(VisibleText.line(item.id())).append(')');
            if (!item.entry().owner().isBlank()) {
                line.append("; ").append(messages.get("answer-text.owner", VisibleText.line(item.entry().owner())));
            }
            if (item.entry().due() != null) {
                line.append("; ").append(messages.get("answer-text.due", item.entry().due().toString()));
            }
            if (!item.entry().acceptedBy().isBlank() || !item.entry().reason().isBlank()) {
                line.append("; ").append(VisibleText.line(words.acceptance(item.entry())));
            }
            out.println(line);
        }
        long current = register.current().size();
        out.println();
        out.println(messages.get("risks.counts", current, register.current().stream()
                .filter(i -> i.isUnaddressed()).count(), register.gone().size()));
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
