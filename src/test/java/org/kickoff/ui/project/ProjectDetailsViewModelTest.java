package org.kickoff.ui.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kickoff.ui.FakePrompts;
import org.kickoff.ui.TestDocuments;
import org.kickoff.ui.session.ProjectDocument;

class ProjectDetailsViewModelTest {

    private final ProjectDocument document = TestDocuments.document(new FakePrompts());

    @Test
    void nameDescriptionAndAuthorsAreStoredAsTyped() {
        document.newProject();
        ProjectDetailsViewModel details = new ProjectDetailsViewModel(document);
        details.nameProperty().set("Parcel tracking");
        details.descriptionProperty().set("Live status\nfor recipients");
        details.authorsProperty().set("Dana Fischer\n\n  Luis Ortega  \n");
        var info = document.project().info();
        assertEquals("Parcel tracking", info.name());
        assertEquals("Live status\nfor recipients", info.description());
        assertEquals(List.of("Dana Fischer", "Luis Ortega"), info.authors(), "one per line, blank lines left out");
    }

    @Test
    void aBlankNameIsNoNameAndAReopenedProjectShowsWhatWasStored() {
        document.newProject();
        ProjectDetailsViewModel details = new ProjectDetailsViewModel(document);
        details.nameProperty().set("   ");
        assertEquals("", document.project().info().name(), "the window then says Untitled project");
        details.nameProperty().set("Kickoff");
        details.authorsProperty().set("Ana");
        details.dispose();
        ProjectDetailsViewModel again = new ProjectDetailsViewModel(document);
        assertEquals("Kickoff", again.nameProperty().get());
        assertEquals("Ana", again.authorsProperty().get());
        details.nameProperty().set("after dispose");
        assertEquals("Kickoff", document.project().info().name(), "a disposed page no longer writes");
        assertFalse(document.project().info().name().isBlank());
    }
}
