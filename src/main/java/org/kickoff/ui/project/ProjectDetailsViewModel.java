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

    private final ProjectDocument document;
    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final StringProperty description = new SimpleStringProperty(this, "description");
    private final StringProperty authors = new SimpleStringProperty(this, "authors");
    private final Subscription subscription;

    public ProjectDetailsViewModel(ProjectDocument document) {
        this.document = document;
        ProjectInfo info = document.project().info();
        name.set(info.name());
        description.set(info.description());
        authors.set(String.join("\n", info.authors()));
        subscription = name.subscribe((o, n) -> store())
                .and(description.subscribe((o, n) -> store()))
                .and(authors.subscribe((o, n) -> store()));
    }

    private void store() {
        List<String> list = Arrays.stream(authors.get().split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        document.update(p -> p.withInfo(p.info().withName(name.get().strip().isEmpty() ? "" : name.get())
                .withDescription(description.get()).withAuthors(list)));
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

    public Project project() {
        return document.project();
    }

    public void dispose() {
        subscription.unsubscribe();
    }
}
