package org.kickoff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.Fixtures;
import org.kickoff.domain.Problem;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.ProblemList;

/**
 * The work a file can cause is bounded, whatever it holds: a questionnaire in 5,000 languages made 2.7
 * million problems and needed 1.7 GB; now it is refused at once, problems beyond the first hundred are only
 * counted, and lists and chains of conditions have limits that no real file reaches.
 */
class BoundedWorkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static ObjectNode builtInTree() throws Exception {
        return (ObjectNode) JSON.readTree(Fixtures.resource(QuestionnaireReader.BUILT_IN));
    }

    /** The example project carrying its questionnaire under another id, so that the copy is what counts. */
    private Path projectWith(ObjectNode questionnaire) throws Exception {
        questionnaire.put("id", "team-q");
        ObjectNode project = (ObjectNode) JSON.readTree(Fixtures.resource("/examples/example.kickoff"));
        ((ObjectNode) project.get("questionnaire")).put("id", "team-q").remove("fingerprint");
        project.set("embeddedQuestionnaire", questionnaire);
        Path file = dir.resolve("p.kickoff");
        Files.write(file, JSON.writeValueAsBytes(project));
        return file;
    }

    @Test
    void thousandsOfLanguagesAreRefusedBeforeTheyMultiplyTheProblems() throws Exception {
        ObjectNode questionnaire = builtInTree();
        ArrayNode languages = (ArrayNode) questionnaire.get("languages");
        for (int i = 0; i < 5_000; i++) {
            languages.add("l" + i);
        }
        FileValidator.Result result = new FileValidator().check(projectWith(questionnaire));
        assertEquals(List.of(Problem.at("$.embeddedQuestionnaire.languages", "questionnaire.too-many", "5002", "50")),
                result.problems());
        assertEquals(1, result.total());
    }

    @Test
    void problemsBeyondTheFirstHundredAreCountedNotKept() throws Exception {
        ObjectNode questionnaire = builtInTree();
        ArrayNode languages = (ArrayNode) questionnaire.get("languages");
        for (int i = 0; i < 40; i++) {
            languages.add("l" + i);
        }
        FileValidator.Result result = new FileValidator().check(projectWith(questionnaire));
        assertEquals(ProblemList.LIMIT, result.problems().size());
        assertTrue(result.total() > 40 * 500, "every text in each of the 40 languages: " + result.total());
        assertEquals("questionnaire.missing-text", result.problems().get(0).key());
    }

    @Test
    void aLongChainOfConditionsIsRefusedWithoutOverflowingTheStack() throws Exception {
        ObjectNode questionnaire = builtInTree();
        ArrayNode questions = (ArrayNode) questionnaire.get("topics").get(0).get("questions");
        for (int i = 0; i < 3_000; i++) {
            ObjectNode question = questions.addObject();
            question.put("id", "chain.q" + i).put("type", "yesno");
            question.putObject("text").put("en", "Q").put("de", "F");
            question.putObject("guidance").put("en", "G").put("de", "H");
            if (i > 0) {
                question.put("visibleIf", "chain.q" + (i - 1) + " == yes");
            }
        }
        byte[] bytes = JSON.writeValueAsBytes(questionnaire);
        // on a thread with a small stack: a recursive search of 3,000 questions would overflow it
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                new QuestionnaireReader().read(bytes);
                outcome.set("loaded");
            } catch (ProblemException e) {
                outcome.set(e);
            } catch (Throwable t) {
                outcome.set(t);
            }
        }, "small-stack", 256 * 1024);
        thread.start();
        thread.join();
        ProblemException refused = (ProblemException) outcome.get();
        assertEquals(Problem.at("$.topics", "questionnaire.chain-too-long", "chain.q2999", "3000", "50"),
                refused.first());
    }

    @Test
    void longListsInAProjectAreRefused() throws Exception {
        ObjectNode project = (ObjectNode) JSON.readTree(Fixtures.resource("/examples/example.kickoff"));
        ArrayNode authors = ((ObjectNode) project.get("project")).putArray("authors");
        for (int i = 0; i < 200_000; i++) {
            authors.add("a" + i);
        }
        ProblemException e = assertThrows(ProblemException.class,
                () -> new ProjectFileReader().read(JSON.writeValueAsBytes(project)));
        assertEquals(Problem.at("$.project.authors", "project.too-many-items", "200000", "1000"), e.first());

        ObjectNode entries = (ObjectNode) JSON.readTree(Fixtures.resource("/examples/example.kickoff"));
        ArrayNode rows = ((ObjectNode) entries.get("answers").get("business.use-cases")).putArray("entries");
        for (int i = 0; i < 1_001; i++) {
            rows.addObject().put("name", "n" + i);
        }
        assertEquals("project.too-many-items", assertThrows(ProblemException.class,
                () -> new ProjectFileReader().read(JSON.writeValueAsBytes(entries))).first().key());
    }

    @Test
    void aProblemListKeepsTheFirstAndCountsAll() {
        ProblemList problems = new ProblemList();
        for (int i = 0; i < 1_000_000; i++) {
            problems.add("$", "json.missing");
        }
        assertEquals(ProblemList.LIMIT, problems.kept().size());
        assertEquals(1_000_000, problems.total());
        ProblemException e = assertThrows(ProblemException.class, problems::throwIfAny);
        assertEquals(1_000_000, e.total());
    }
}
