package org.kickoff.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kickoff.domain.ProjectDiff;
import org.kickoff.domain.Questionnaire;
import org.kickoff.i18n.AnswerText;
import org.kickoff.i18n.Messages;
import org.kickoff.i18n.VisibleText;
import org.kickoff.storage.CheckedProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi.Style;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Compares two project files question by question, with their risk registers and actions: exit 0 when they
 * say the same, 1 when they differ, 2 when a file cannot be read (one line on standard error naming it).
 * With {@code --milestone NAME} and one file, compares the file's milestone (left) with the file as it is.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli")
final class DiffCommand implements Callable<Integer> {

    private static final Style[] RED = {Style.fg_red};
    private static final Style[] GREEN = {Style.fg_green};
    private static final Style[] BOLD = {Style.bold};

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language = new LanguageOption();

    @Parameters(index = "0", paramLabel = "A", descriptionKey = "param.diff.left")
    Path left;

    @Parameters(index = "1", paramLabel = "B", arity = "0..1", descriptionKey = "param.diff.right")
    Path right;

    @picocli.CommandLine.Option(names = "--milestone", paramLabel = "NAME", descriptionKey = "option.milestone.diff")
    String milestone;

    private boolean colour;

    @Override
    public Integer call() {
        Messages messages = language.messages();
        ProjectInputs inputs = new ProjectInputs(messages, "diff.bad-file");
        ProjectDiff diff;
        Questionnaire questionnaire;
        CheckedProject a;
        CheckedProject b;
        if ((right == null) == (milestone == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    messages.get(right == null ? "diff.two-files-or-milestone" : "diff.milestone-one-file"));
        }
        String leftName;
        String rightName;
        org.kickoff.domain.Project before;
        org.kickoff.domain.Project after;
        try {
            a = inputs.read(left);
            questionnaire = inputs.questionnaire(left, a);
            if (milestone == null) {
                b = inputs.read(right);
                before = a.project();
                after = b.project();
                leftName = Output.path(left);
                rightName = Output.path(right);
            } else {
                var found = a.project().milestone(milestone);
                if (found.isEmpty()) {
                    spec.commandLine().getErr().println(Output.line(messages.get("diff.no-milestone", Output.path(left),
                            VisibleText.quote(milestone), milestoneNames(a.project()))));
                    return 2;
                }
                before = found.get().asProject(a.project());
                after = a.project();
                leftName = VisibleText.quote(found.get().name());
                rightName = Output.path(left);
                if (a.file().milestonesInexact()) {
                    spec.commandLine().getErr().println(Output.line(messages.get("diff.milestones-inexact",
                            Output.path(left))));
                }
            }
        } catch (ProjectInputs.BadInput e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        diff = ProjectDiff.compare(questionnaire, before, after);
        colour = useColour(System.getenv(), System.console() != null);
        print(spec.commandLine().getOut(), messages, questionnaire, diff, leftName, rightName);
        return diff.isEqual() ? 0 : 1;
    }

    private static String milestoneNames(org.kickoff.domain.Project project) {
        return String.join(", ", project.milestones().stream().map(m -> VisibleText.quote(m.name())).toList());
    }

    /** Colour only for a person at a terminal who has not asked for none (https://no-color.org). */
    static boolean useColour(Map<String, String> env, boolean terminal) {
        String noColour = env.get("NO_COLOR");
        return terminal && (noColour == null || noColour.isEmpty()) && !"dumb".equals(env.get("TERM"));
    }

    private void print(PrintWriter out, Messages messages, Questionnaire questionnaire, ProjectDiff diff,
                       String leftName, String rightName) {
        AnswerText text = new AnswerText(messages);
        String lang = messages.language();
        // everything from the files is escaped: a name or an answer must not act on the terminal
        out.println(messages.get("diff.files", leftName, rightName));
        if (diff.isEqual()) {
            out.println(messages.get("diff.equal"));
            return;
        }
        if (!diff.info().isEmpty()) {
            out.println();
            out.println(style(BOLD, "== " + messages.get("diff.project") + " =="));
            for (ProjectDiff.InfoChange change : diff.info()) {
                out.println(messages.get(infoKey(change.field())));
                lines(out, change.left(), change.right());
            }
        }
        for (ProjectDiff.TopicDiff topic : diff.topics()) {
            if (topic.differences().isEmpty()) {
                continue;
            }
            out.println();
            String title = topic.topic().map(t -> VisibleText.line(t.title().in(lang)))
                    .orElse(messages.get("diff.other-questions"));
            out.println(style(BOLD, "== " + title + " =="));
            for (ProjectDiff.QuestionDiff question : topic.differences()) {
                String wording = question.question().map(q -> VisibleText.line(q.text().in(lang))).orElse("");
                String id = VisibleText.line(question.questionId());
                out.println(wording.isEmpty() ? id : wording + " (" + id + ")");
                lines(out, text.describe(questionnaire, question.questionId(), question.left()),
                        text.describe(questionnaire, question.questionId(), question.right()));
            }
        }
        outcome(out, messages, questionnaire, diff);
        out.println();
        ProjectDiff.Counts counts = diff.counts();
        out.println(messages.get("diff.counts", counts.same(), counts.changed(), counts.onlyLeft(), counts.onlyRight(),
                milestone == null ? Output.path(left.getFileName()) : leftName,
                milestone == null ? Output.path(right.getFileName()) : Output.path(left.getFileName())));
    }

    /** The register entries and actions that differ, in words. */
    private void outcome(PrintWriter out, Messages messages, Questionnaire questionnaire, ProjectDiff diff) {
        org.kickoff.i18n.OutcomeText words = new org.kickoff.i18n.OutcomeText(messages);
        if (!diff.register().isEmpty()) {
            out.println();
            out.println(style(BOLD, "== " + messages.get("diff.register") + " =="));
            for (ProjectDiff.RiskChange change : diff.register()) {
                out.println(VisibleText.line(org.kickoff.i18n.RiskWords.title(messages, questionnaire,
                        change.findingId())) + " (" + VisibleText.line(change.findingId()) + ")");
                lines(out, words.describe(change.left()), words.describe(change.right()));
            }
        }
        if (!diff.actions().isEmpty()) {
            out.println();
            out.println(style(BOLD, "== " + messages.get("diff.actions") + " =="));
            for (ProjectDiff.ActionChange change : diff.actions()) {
                out.println(VisibleText.line(change.actionId()));
                lines(out, change.left().map(words::describe).orElse(messages.get("answer-text.none")),
                        change.right().map(words::describe).orElse(messages.get("answer-text.none")));
            }
        }
    }

    private void lines(PrintWriter out, String before, String after) {
        out.println(style(RED, "  - " + indent(before)));
        out.println(style(GREEN, "  + " + indent(after)));
    }

    /** Continuation lines of a long text stay inside their answer; what is not text is shown escaped. */
    private static String indent(String text) {
        return VisibleText.lines(text.replace("\r\n", "\n")).replace("\n", "\n    ");
    }

    /** The line in the style, by picocli's codes (no markup: the line quotes user text). */
    private String style(Style[] styles, String line) {
        return colour ? Style.on(styles) + line + Style.off(styles) + Style.reset.off() : line;
    }

    private static String infoKey(ProjectDiff.InfoField field) {
        return switch (field) {
            case QUESTIONNAIRE -> "diff.field.questionnaire";
            case NAME -> "diff.field.name";
            case DESCRIPTION -> "diff.field.description";
            case AUTHORS -> "diff.field.authors";
            case MILESTONES -> "diff.field.milestones";
        };
    }
}
