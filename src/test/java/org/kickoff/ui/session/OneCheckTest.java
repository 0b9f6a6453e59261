package org.kickoff.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.Project;
import org.kickoff.domain.SampleProjects;
import org.kickoff.domain.Value;
import org.kickoff.storage.FileValidator;
import org.kickoff.storage.ProjectFiles;
import org.kickoff.ui.FakePrompts;
import org.kickoff.ui.TestDocuments;
import org.kickoff.ui.common.Background;
import org.kickoff.ui.sharing.SharingViewModel;

/** The window opens, compares and merges only what {@code kickoff validate} accepts, and says why not. */
class OneCheckTest {

    @TempDir
    Path dir;
    private final FakePrompts prompts = new FakePrompts();
    private final ProjectDocument document = TestDocuments.document(prompts);

    private Path invalid() throws Exception {
        Path file = dir.resolve("colleague.kickoff");
        new ProjectFiles().save(file, SampleProjects.base().withAnswer("first.pattern",
                Answer.answered(new Value.Single("microservices", ""))), Fixtures.mini());
        assertEquals(1, new FileValidator().validate(file).size(), "validate refuses it");
        return file;
    }

    @Test
    void openingAFileValidateRefusesSaysWhyAndOpensNothing() throws Exception {
        Path file = invalid();
        document.open(file);
        assertEquals(null, document.project());
        assertEquals(List.of("Cannot open colleague.kickoff\n$.answers['first.pattern'].choice: There is no option "
                + "\"microservices\" for this question."), prompts.errors);
    }

    @Test
    void comparingWithOrMergingFromSuchAFileIsRefusedToo() throws Exception {
        Path file = invalid();
        document.newProject();
        Project mine = document.project();
        List<Object> shown = new ArrayList<>();
        new SharingViewModel(document, new ProjectFiles(), Background.direct(), prompts)
                .compareWith(file, shown::add);
        assertEquals(List.of(), shown);
        assertEquals(1, prompts.errors.size());
        assertTrue(prompts.errors.get(0).contains("There is no option \"microservices\""), prompts.errors.get(0));
        assertSame(mine, document.project());
    }
}
