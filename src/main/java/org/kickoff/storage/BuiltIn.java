package org.kickoff.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Questionnaire;

/**
 * The questionnaire shipped in this jar, and earlier released versions of it kept under
 * {@code /questionnaires/archive/ID-VERSION.json}. Project files of the built-in questionnaire do not
 * embed a copy of it (it would make a 17 KB project 170 KB); the archive lets a newer Kickoff still see
 * what an older version asked, to mark the questions that changed since they were answered.
 */
final class BuiltIn {

    static final String ARCHIVE = "/questionnaires/archive/";

    private BuiltIn() {
    }

    /** Read once: it is a constant of this build. */
    private static final class Holder {
        static final Questionnaire QUESTIONNAIRE = new QuestionnaireReader().builtIn();
        static final String FINGERPRINT = Fingerprint.of(QUESTIONNAIRE);
    }

    static Questionnaire questionnaire() {
        return Holder.QUESTIONNAIRE;
    }

    static String fingerprint() {
        return Holder.FINGERPRINT;
    }

    /** Whether this is exactly the built-in questionnaire: no need to embed it. */
    static boolean isBuiltIn(String questionnaireId, String fingerprint) {
        // the id first: a team's questionnaire is told apart without reading and checking the built-in one
        return questionnaireId.equals(QuestionnaireReader.BUILT_IN_ID) && questionnaireId.equals(Holder.QUESTIONNAIRE.id())
                && fingerprint.equals(Holder.FINGERPRINT);
    }

    /** An earlier released version of the built-in questionnaire, if this jar keeps it. */
    static Optional<Questionnaire> archived(String id, String version) {
        if (!version.matches("[0-9A-Za-z.+-]{1,40}") || !id.matches("[a-z0-9][a-z0-9._-]{0,79}")) {
            return Optional.empty();
        }
        try (InputStream in = BuiltIn.class.getResourceAsStream(ARCHIVE + id + "-" + version + ".json")) {
            return in == null ? Optional.empty() : Optional.of(new QuestionnaireReader().read(in.readAllBytes()));
        } catch (IOException | ProblemException e) {
            // the build checks the archive; a broken entry only means changed wording is not found
            return Optional.empty();
        }
    }
}
