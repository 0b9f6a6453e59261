package org.kickoff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Questionnaire;
import org.kickoff.storage.QuestionnaireReader;

/** Test data shared by the tests: a small questionnaire with every question type, and the built-in one. */
public final class Fixtures {

    private Fixtures() {
    }

    public static byte[] resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two topics, every question type, follow-ups two levels deep, one risk rule. */
    public static Questionnaire mini() {
        try {
            return new QuestionnaireReader().read(resource("/fixtures/mini-questionnaire.json"));
        } catch (ProblemException e) {
            throw new IllegalStateException(e.problems().toString(), e);
        }
    }

    public static Questionnaire builtIn() {
        return new QuestionnaireReader().builtIn();
    }
}
