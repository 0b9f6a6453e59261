package org.kickoff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kickoff.Fixtures;
import org.kickoff.domain.Problem;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.Reference;
import org.kickoff.domain.ReferenceSource;

/**
 * The references of questions and risk rules in questionnaire files: read from {@code references} and from
 * the older single {@code factor} field, written so that an older questionnaire keeps its canonical form
 * (and so its fingerprint), and refused with the path of a bad entry.
 */
class QuestionnaireReferencesTest {

    private static final String MINI = new String(Fixtures.resource("/fixtures/mini-questionnaire.json"),
            StandardCharsets.UTF_8);
    private static final String FACTOR = "\"guidance\": {\"en\": \"G\", \"de\": \"H\"}, \"factor\": \"VI\"}";

    private static Questionnaire read(String json) throws ProblemException {
        return new QuestionnaireReader().read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String withReferences(String references) {
        assertTrue(MINI.contains(FACTOR), "the fixture changed");
        return MINI.replace(FACTOR, "\"guidance\": {\"en\": \"G\", \"de\": \"H\"}, \"factor\": \"VI\", "
                + "\"references\": [" + references + "]}");
    }

    private static Problem refused(String json) {
        ProblemException e = assertThrows(ProblemException.class, () -> read(json));
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0);
    }

    @Test
    void referencesAndTheOlderFactorFieldAreRead() throws Exception {
        Questionnaire q = read(withReferences("{\"source\": \"owasp-top10\", \"item\": \"A05:2025\"}, "
                + "{\"source\": \"gdpr\", \"item\": \"5(1)(e)\"}"));
        assertEquals(List.of(Reference.of(ReferenceSource.OWASP_TOP_10, "A05:2025"),
                        Reference.of(ReferenceSource.GDPR, "5(1)(e)"), Reference.twelveFactor("VI")),
                q.question("first.containers").orElseThrow().references(),
                "the references in their order, then the factor");
        assertEquals(List.of(), q.question("first.kubernetes").orElseThrow().references());
        assertEquals(List.of(Reference.twelveFactor("VI")), read(MINI).question("first.containers").orElseThrow()
                .references(), "a file from before references keeps its factor");
    }

    @Test
    void riskRulesCarryReferencesToo() throws Exception {
        String rule = "\"id\": \"k8s-without-containers\",";
        assertTrue(MINI.contains(rule));
        Questionnaire q = read(MINI.replace(rule, rule
                + " \"references\": [{\"source\": \"aws-well-architected\", \"item\": \"REL11\"}],"));
        assertEquals(List.of(Reference.of(ReferenceSource.AWS_WELL_ARCHITECTED, "REL11")),
                q.risks().get(0).references());
    }

    @Test
    void whatIsWrittenIsReadBackTheSame() throws Exception {
        Questionnaire q = read(withReferences("{\"source\": \"sre-book\", \"item\": \"E\"}, "
                + "{\"source\": \"twelve-factor\", \"item\": \"IX\"}, {\"source\": \"arc42\", \"item\": \"9\"}"));
        byte[] written = new QuestionnaireWriter().write(q);
        Questionnaire again = new QuestionnaireReader().read(written);
        assertEquals(q.question("first.containers").orElseThrow().references(),
                again.question("first.containers").orElseThrow().references());
        assertEquals(Fingerprint.of(q), Fingerprint.of(again));
    }

    @Test
    void aLoneFactorIsWrittenAsTheFactorFieldSoOldFingerprintsStay() throws Exception {
        String written = new String(new QuestionnaireWriter().write(read(MINI)), StandardCharsets.UTF_8);
        assertTrue(written.contains("\"factor\": \"VI\""), written);
        assertFalse(written.contains("\"references\""), "nothing new in the canonical form of an old questionnaire");
        // the fingerprint the released 1.0.0 example records for the questionnaire it answers
        Questionnaire released = new QuestionnaireReader().read(
                Fixtures.resource("/questionnaires/archive/kickoff-python-backend-1.0.0.json"));
        assertEquals("sha256:7485ec7529d41d82b22db2e4bf439900018f42e74d83e9d7bb0b2ef584011a04", Fingerprint.of(released));
    }

    @Test
    void anUnknownSourceIsRefusedWhereItIsWritten() {
        Problem problem = refused(withReferences("{\"source\": \"owasp-top10\", \"item\": \"A01:2025\"}, "
                + "{\"source\": \"owasp-top-ten\", \"item\": \"A01:2025\"}"));
        assertEquals("questionnaire.unknown-reference-source", problem.key());
        assertEquals("$.topics[0].questions[0].references[1].source", problem.location());
        assertEquals("owasp-top-ten", problem.args().get(0));
        assertTrue(String.valueOf(problem.args().get(1)).contains("owasp-top10"), "the message names the known ones");
    }

    @Test
    void anItemTheSourceDoesNotHaveIsRefused() {
        for (String item : new String[] {"A11:2025", "A01:2021", "A1", ""}) {
            Problem problem = refused(withReferences("{\"source\": \"owasp-top10\", \"item\": \"" + item + "\"}"));
            assertEquals("questionnaire.bad-reference", problem.key(), item);
            assertEquals("$.topics[0].questions[0].references[0].item", problem.location());
            assertEquals(List.of(item, "owasp-top10", "A01:2025"), problem.args());
        }
        assertEquals("questionnaire.bad-reference",
                refused(withReferences("{\"source\": \"gdpr\", \"item\": \"Art. 33\"}")).key());
        assertEquals("questionnaire.bad-reference",
                refused(withReferences("{\"source\": \"sre-book\", \"item\": \"35\"}")).key());
    }

    @Test
    void aBadFactorIsRefusedAtTheFactorField() {
        Problem problem = refused(MINI.replace("\"factor\": \"VI\"", "\"factor\": \"XIII\""));
        assertEquals("questionnaire.bad-factor", problem.key());
        assertEquals("$.topics[0].questions[0].factor", problem.location());
    }

    @Test
    void aReferenceNeedsBothParts() {
        Problem problem = refused(withReferences("{\"source\": \"asvs\"}"));
        assertEquals("json.missing", problem.key());
        assertEquals("$.topics[0].questions[0].references[0].item", problem.location());
        assertEquals("json.expected-object", refused(withReferences("\"asvs V8\"")).key());
    }
}
