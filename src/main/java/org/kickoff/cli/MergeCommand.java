package org.kickoff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Project;
import org.kickoff.domain.ProjectDiff;
import org.kickoff.domain.ProjectInfo;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.ThreeWayMerge;
import org.kickoff.domain.UnknownFields;
import org.kickoff.i18n.MergeNotes;
import org.kickoff.i18n.Messages;
import org.kickoff.storage.AppFolders;
import org.kickoff.storage.AtomicFile;
import org.kickoff.storage.Backups;
import org.kickoff.storage.CheckedProject;
import org.kickoff.storage.ProjectFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The three-way merge of a project file, with the argument order of a git merge driver (%O %A %B): the
 * result replaces OURS. Exit 0 when it merged cleanly, 1 when questions or the project's name, description
 * or authors conflict (written so that both sides are kept, in a valid file), 2 when a file cannot be used
 * (OURS is left untouched). All three files pass the check of {@code validate} before anything is merged,
 * the result passes it before it is written, and the previous OURS is kept as a backup in the data folder,
 * as a save in the window keeps it.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli")
final class MergeCommand implements Callable<Integer> {

    /** The most conflicting question ids a message lists; the count says how many there are. */
    private static final int LISTED = 10;

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language = new LanguageOption();

    @Parameters(index = "0", paramLabel = "BASE", descriptionKey = "param.merge.base")
    Path base;

    @Parameters(index = "1", paramLabel = "OURS", descriptionKey = "param.merge.ours")
    Path ours;

    @Parameters(index = "2", paramLabel = "THEIRS", descriptionKey = "param.merge.theirs")
    Path theirs;

    @Override
    public Integer call() {
        Messages messages = language.messages();
        PrintWriter err = spec.commandLine().getErr();
        ProjectInputs inputs = new ProjectInputs(messages, "merge.bad-file");
        CheckedProject o;
        CheckedProject t;
        Project b;
        Questionnaire oursQuestionnaire;
        Questionnaire theirsQuestionnaire;
        try {
            o = inputs.read(ours);
            t = inputs.read(theirs);
            b = isEmpty(base) ? withoutAnswers(o.project()) : inputs.read(base).project();
            oursQuestionnaire = inputs.questionnaire(ours, o);
            theirsQuestionnaire = inputs.questionnaire(theirs, t);
        } catch (ProjectInputs.BadInput e) {
            err.println(e.getMessage());
            return 2;
        }
        // written with the questionnaire of the side whose reference the merge keeps: theirs only when only
        // they moved to another questionnaire version
        boolean theirsMoved = b.questionnaire().equals(o.project().questionnaire())
                && !b.questionnaire().equals(t.project().questionnaire());
        Questionnaire questionnaire = theirsMoved ? theirsQuestionnaire : oursQuestionnaire;
        ThreeWayMerge.Result result = ThreeWayMerge.merge(b, o.project(), t.project(),
                MergeNotes.forGit(messages, questionnaire));
        byte[] merged = new ProjectFiles().toBytes(result.merged(), questionnaire);
        try {
            inputs.validator().project(merged);
        } catch (ProblemException e) {
            // each side was valid but together they are not (an answer theirs gave to a version of the
            // questionnaire ours does not have): nothing is written, git leaves the conflict to a person
            err.println(Output.line(messages.get("merge.invalid-result", Output.path(ours),
                    messages.problem(e.first()))));
            return 2;
        }
        keepBackup(err, messages);
        try {
            AtomicFile.write(ours, merged);
        } catch (IOException e) {
            err.println(Output.line(messages.get("merge.write-failed", Output.path(ours), Output.reason(e, ours, messages))));
            return 2;
        }
        if (result.isClean()) {
            spec.commandLine().getOut().println(Output.line(messages.get("merge.clean", Output.path(ours))));
            return 0;
        }
        if (!result.conflicts().isEmpty()) {
            err.println(Output.line(messages.get("merge.conflicts", Output.path(ours), result.conflicts().size(),
                    listed(result.conflicts()))));
        }
        if (!result.infoConflicts().isEmpty()) {
            List<String> fields = new ArrayList<>();
            for (ProjectDiff.InfoField field : result.infoConflicts()) {
                fields.add(messages.get("diff.field." + field.name().toLowerCase(java.util.Locale.ROOT)));
            }
            err.println(Output.line(messages.get("merge.info-conflicts", Output.path(ours),
                    String.join(", ", fields))));
        }
        return 1;
    }

    /** The previous OURS in the data folder's backups; a failed backup is said, and the merge goes on. */
    private void keepBackup(PrintWriter err, Messages messages) {
        Backups backups = new Backups(AppFolders.current().backups());
        try {
            backups.keep(ours);
        } catch (IOException | RuntimeException e) {
            err.println(Output.line(messages.get("merge.backup-failed", Output.path(ours),
                    Output.path(backups.folderFor(ours)))));
        }
    }

    private static String listed(List<String> ids) {
        String shown = String.join(", ", ids.subList(0, Math.min(LISTED, ids.size())));
        return ids.size() > LISTED ? shown + ", \u2026" : shown;
    }

    /** Git passes an empty base when both sides added the file without a common ancestor. */
    private static boolean isEmpty(Path file) {
        try {
            // only a small regular file is read here: a device or a pipe goes to the check, which refuses it
            return Files.isRegularFile(file) && Files.size(file) < 1024
                    && new String(Files.readAllBytes(file), StandardCharsets.UTF_8).isBlank();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The base of two files that have no common ancestor: nothing answered, nothing described. */
    private static Project withoutAnswers(Project project) {
        return new Project(new ProjectInfo("", "", List.of(), null, null, UnknownFields.NONE),
                project.questionnaire(), Map.of(), UnknownFields.NONE);
    }
}
