package org.kickoff.ui.sharing;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.kickoff.domain.MergePlan;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Project;
import org.kickoff.domain.ProjectDiff;
import org.kickoff.domain.Questionnaire;
import org.kickoff.i18n.Messages;
import org.kickoff.storage.ProjectFiles;
import org.kickoff.ui.common.Background;
import org.kickoff.ui.common.Prompts;
import org.kickoff.ui.session.ProjectDocument;

/**
 * Compare with and merge from a colleague's project file: reads it off the JavaFX thread, checks that it
 * answers the same questionnaire, and hands over a comparison or a merge to decide.
 */
public final class SharingViewModel {

    private final ProjectDocument document;
    private final ProjectFiles files;
    private final Background background;
    private final Prompts prompts;

    public SharingViewModel(ProjectDocument document, ProjectFiles files, Background background, Prompts prompts) {
        this.document = document;
        this.files = files;
        this.background = background;
        this.prompts = prompts;
    }

    public ProjectDocument document() {
        return document;
    }

    /** A comparison of the open project with another file, and the names to show for both sides. */
    public record Comparison(ProjectDiff diff, String mine, String theirs) {
    }

    /** Asks for a colleague's file, then compares. */
    public void chooseAndCompare(Consumer<Comparison> show) {
        prompts.chooseProjectToOpen(folder()).ifPresent(path -> compareWith(path, show));
    }

    /** Asks for a colleague's file, then plans the merge. */
    public void chooseAndMerge(Consumer<MergeViewModel> decide) {
        prompts.chooseProjectToOpen(folder()).ifPresent(path -> mergeFrom(path, decide));
    }

    private Path folder() {
        return document.file().map(f -> f.toAbsolutePath().getParent()).orElse(null);
    }

    /** Reads the other file and compares the open project (left) with it (right). */
    public void compareWith(Path other, Consumer<Comparison> show) {
        readOther(other, theirs -> show.accept(new Comparison(ProjectDiff.compare(document.questionnaire(),
                document.project(), theirs), myName(), name(theirs, other))));
    }

    /** The open project as a side of a comparison: its name and its file ("Parcels (mine.kickoff)"). */
    String myName() {
        return name(document.project(), document.file().orElse(null));
    }

    /** A side by both what it is called and where it is: two files of one project have the same name. */
    private String name(Project project, Path file) {
        Messages messages = document.messagesProperty().get();
        String name = project.info().name().isBlank() ? messages.get("project.untitled") : project.info().name();
        return messages.get("sharing.side", name, file == null ? messages.get("document.not-saved") : name(file));
    }

    /** Reads the other file and plans bringing its answers into the open project. */
    public void mergeFrom(Path other, Consumer<MergeViewModel> decide) {
        readOther(other, theirs -> {
            MergePlan plan = MergePlan.between(document.questionnaire(), document.project(), theirs);
            decide.accept(new MergeViewModel(document, plan, theirs, myName(), name(theirs, other)));
        });
    }

    private void readOther(Path other, Consumer<Project> then) {
        Messages messages = document.messagesProperty().get();
        Questionnaire questionnaire = document.questionnaire();
        background.run(() -> files.open(other), theirs -> {
            if (!theirs.questionnaire().id().equals(questionnaire.id())) {
                prompts.showError(messages.get("sharing.error.title", other.getFileName()),
                        messages.get("sharing.error.other-questionnaire", theirs.questionnaire().id(),
                                questionnaire.id()));
                return;
            }
            then.accept(theirs);
        }, e -> prompts.showError(messages.get("sharing.error.title", other.getFileName()),
                e instanceof ProblemException p ? messages.problem(p.first())
                        : messages.get("error.io", String.valueOf(e.getMessage()))));
    }

    static String name(Path file) {
        return file.getFileName().toString();
    }
}
