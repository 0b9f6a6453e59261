package org.kickoff.ui.project;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Subscription;
import org.kickoff.domain.Project;
import org.kickoff.domain.ProjectInfo;
import org.kickoff.ui.session.ProjectDocument;

/** The project's name, description and authors (one per line), written to the project as they are typed. */
public final class ProjectDetailsViewModel {

    /** The kind of edit in the undo history: typing in the details is one step per moment of typing. */
    public static final String DETAILS = "details";

    private final ProjectDocument document;
    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final StringProperty description = new SimpleStringProperty(this, "description");
    private final StringProperty authors = new SimpleStringProperty(this, "authors");
    private final Subscription subscription;
    /** The details as last stored or loaded: a change to the project that differs came from elsewhere (undo). */
    private ProjectInfo shown;
    private boolean loading;

    public ProjectDetailsViewModel(ProjectDocument document) {
        this.document = document;
        load(document.project().info());
        subscription = name.subscribe((o, n) -> store())
                .and(description.subscribe((o, n) -> store()))
                .and(authors.subscribe((o, n) -> store()))
                .and(document.projectProperty().subscribe(p -> {
                    if (p != null && !sameDetails(p.info(), shown)) {
                        load(p.info());
                    }
                }));
    }

    private void load(ProjectInfo info) {
        loading = true;
        try {
            shown = info;
            name.set(info.name());
            description.set(info.description());
            authors.set(String.join("\n", info.authors()));
        } finally {
            loading = false;
        }
    }

    private static boolean sameDetails(ProjectInfo a, ProjectInfo b) {
        return b != null && a.name().equals(b.name()) && a.description().equals(b.description())
                && a.authors().equals(b.authors());
    }

    private void store() {
        if (loading) {
            return;
        }
        List<String> list = Arrays.stream(authors.get().split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        shown = document.project().info().withName(name.get().strip().isEmpty() ? "" : name.get())
                .withDescription(description.get()).withAuthors(list);
        ProjectInfo stored = shown;
        document.update(DETAILS, "", true, p -> p.withInfo(p.info().withName(stored.name())
                .withDescription(stored.description()).withAuthors(stored.authors())));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty authorsProperty() {
        return authors;
    }

    /** Whether the project is in a file yet: until then it has no "last saved". */
    public boolean isSaved() {
        return document.file().isPresent();
    }

    public Project project() {
        return document.project();
    }

    public void dispose() {
        subscription.unsubscribe();
    }
}
