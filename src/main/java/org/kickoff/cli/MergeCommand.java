package org.kickoff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kickoff.domain.Project;
import org.kickoff.domain.ProjectInfo;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.ThreeWayMerge;
import org.kickoff.domain.UnknownFields;
import org.kickoff.i18n.MergeNotes;
import org.kickoff.i18n.Messages;
import org.kickoff.storage.AtomicFile;
import org.kickoff.storage.ProjectFile;
import org.kickoff.storage.ProjectFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The three-way merge of a project file, with the argument order of a git merge driver (%O %A %B): the
 * result replaces OURS. Exit 0 when it merged cleanly, 1 when questions conflict (they are written as open
 * questions quoting both answers, in a valid file), 2 when a file cannot be read (OURS is left untouched).
 */
@Command(name = "merge", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli")
final class MergeCommand implements Callable<Integer> {

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
        ProjectFile o;
        ProjectFile t;
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
        try {
            AtomicFile.write(ours, new ProjectFiles().toBytes(result.merged(), questionnaire));
        } catch (IOException e) {
            err.println(messages.get("merge.write-failed", ours, String.valueOf(e.getMessage())));
            return 2;
        }
        if (result.isClean()) {
            spec.commandLine().getOut().println(messages.get("merge.clean", ours));
            return 0;
        }
        err.println(messages.get("merge.conflicts", ours, result.conflicts().size(),
                String.join(", ", result.conflicts())));
        return 1;
    }

    /** Git passes an empty base when both sides added the file without a common ancestor. */
    private static boolean isEmpty(Path file) {
        try {
            return Files.isRegularFile(file) && Files.readString(file).isBlank();
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
