package org.kickoff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Project;
import org.kickoff.domain.QuestionnaireRef;
import org.kickoff.domain.Value;

class MigrationTest {

    @Test
    void previewFilesOpenAsCurrentOnes() throws Exception {
        String preview = """
                {
                  "format": "kickoff-project",
                  "formatVersion": "0.9",
                  "questionnaire": "mini@0.9.0",
                  "name": "Old project",
                  "authors": ["Dana"],
                  "answers": [
                    {"question": "first.containers", "status": "answered", "yesNo": true},
                    {"question": "second.orm", "status": "na", "reason": "no database"}
                  ],
                  "theme": "dark"
                }
                """;
        Project project = new ProjectFileReader().read(preview.getBytes(StandardCharsets.UTF_8));
        assertEquals(new QuestionnaireRef("mini", "0.9.0"), project.questionnaire());
        assertEquals("Old project", project.info().name());
        assertEquals(List.of("Dana"), project.info().authors());
        assertEquals(new Value.YesNo(true), project.answerOrEmpty("first.containers").value());
        assertEquals(AnswerStatus.NOT_APPLICABLE, project.answerOrEmpty("second.orm").status());
        assertEquals("\"dark\"", project.unknown().rawJsonByName().get("theme"), "unknown fields survive migration");
    }

    @Test
    void aBrokenPreviewFileIsRefusedWithItsLocation() {
        String preview = "{\"format\": \"kickoff-project\", \"formatVersion\": \"0.9\", \"questionnaire\": \"mini\"}";
        ProblemException e = assertThrows(ProblemException.class,
                () -> new ProjectFileReader().read(preview.getBytes(StandardCharsets.UTF_8)));
        assertEquals("$.questionnaire", e.first().location());
        assertEquals("project.bad-reference", e.first().key());
    }
}
