package org.kickoff.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.kickoff.Fixtures;
import org.kickoff.domain.Questionnaire;
import org.kickoff.i18n.Messages;
import org.kickoff.storage.ProjectFiles;
import org.kickoff.ui.common.Background;
import org.kickoff.ui.session.ProjectDocument;

/** Documents for ViewModel tests: no toolkit, work done at once, a fixed clock. */
public final class TestDocuments {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    private TestDocuments() {
    }

    public static ProjectDocument document(FakePrompts prompts) {
        return document(Fixtures.mini(), prompts, "en");
    }

    public static ProjectDocument document(Questionnaire questionnaire, FakePrompts prompts, String language) {
        return new ProjectDocument(new ProjectDocument.Services(questionnaire, new ProjectFiles(), Background.direct(),
                prompts, CLOCK), Messages.forLanguage(language));
    }
}
