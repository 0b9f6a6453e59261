package org.kickoff.storage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.WeakHashMap;
import org.kickoff.domain.Questionnaire;

/**
 * A questionnaire's fingerprint: {@code sha256:} and the SHA-256 of its canonical JSON, the bytes
 * {@link QuestionnaireWriter} writes in all its languages. Two questionnaires with the same fingerprint ask
 * exactly the same; a changed comma in a guidance text gives another one, whatever the version says.
 */
public final class Fingerprint {

    public static final String PREFIX = "sha256:";

    /** Questionnaires are immutable and compared by identity; computing costs a write of ~150 KB. */
    private static final Map<Questionnaire, String> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private Fingerprint() {
    }

    public static String of(Questionnaire questionnaire) {
        return CACHE.computeIfAbsent(questionnaire, q -> PREFIX + sha256(new QuestionnaireWriter().write(q)));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            // every Java runtime must provide SHA-256
            throw new IllegalStateException(e);
        }
    }
}
