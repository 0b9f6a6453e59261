package org.kickoff.storage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.Fixtures;
import org.kickoff.domain.Problem;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Project;
import org.kickoff.domain.Value;
import org.kickoff.i18n.Messages;

/**
 * Files are data, never code: nothing in a file names a class to create, and what the fuzz test found
 * stays fixed (each case below was a file that loaded but did not survive a save, or an unreadable message).
 */
class UntrustedFilesTest {

    private static final String HEAD = "{\"format\": \"kickoff-project\", \"formatVersion\": \"1.0\", "
            + "\"questionnaire\": {\"id\": \"mini\", \"version\": \"1.0.0\"}, \"project\": {\"name\": \"P\"}, ";

    private static Project read(String json) throws ProblemException {
        return new ProjectFileReader().read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Project saveAndReopen(Project project, Path dir) throws Exception {
        Path file = dir.resolve("p.kickoff");
        new ProjectFiles().save(file, project, Fixtures.mini());
        return new ProjectFiles().open(file);
    }

    @Test
    void typeHintsInAFileAreKeptAsPlainData(@TempDir Path dir) throws Exception {
        String hostile = "{\"@class\": \"java.lang.ProcessBuilder\", \"command\": [\"rm\", \"-rf\", \"/\"]}";
        Project project = read(HEAD + "\"answers\": {}, \"plugin\": " + hostile + ", "
                + "\"@type\": \"javax.script.ScriptEngineManager\"}");
        assertEquals("{\"@class\":\"java.lang.ProcessBuilder\",\"command\":[\"rm\",\"-rf\",\"/\"]}",
                project.unknown().rawJsonByName().get("plugin"));
        assertEquals(project, saveAndReopen(project, dir));
    }

    @Test
    void noCodeLetsAFileChooseAClass() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.kickoff");
        noClasses().should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.base.DescribedPredicate.describe("Jackson default typing",
                                target -> target.getName().matches("(activate|enable)DefaultTyping.*"))))
                .orShould().dependOnClassesThat()
                .haveFullyQualifiedName("com.fasterxml.jackson.annotation.JsonTypeInfo")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectInputStream")
                .orShould().callMethod(Class.class, "forName", String.class)
                .because("a file must never name a class that Kickoff then creates")
                .check(classes);
    }

    @Test
    void aLoneSurrogateBecomesAReplacementCharacterAndTheNextCharacterSurvives(@TempDir Path dir) throws Exception {
        Project project = read(HEAD + "\"answers\": {\"second.story\": {\"status\": \"answered\", "
                + "\"text\": \"before \\ud83d<after \\udc00 end\"}}}");
        Value.Text text = (Value.Text) project.answerOrEmpty("second.story").value();
        assertEquals("before \uFFFD<after \uFFFD end", text.text());
        assertEquals(project, saveAndReopen(project, dir));
    }

    @Test
    void aHugeNumberInAFieldOfANewerKickoffSurvivesASave(@TempDir Path dir) throws Exception {
        Project project = read(HEAD + "\"answers\": {}, \"future\": {\"budget\": 1e400, \"ratio\": 2.50}}");
        Project reopened = saveAndReopen(project, dir);
        assertEquals(project, reopened);
        assertTrue(Files.readString(dir.resolve("p.kickoff")).contains("\"budget\": 1E+400"));
    }

    @Test
    void aNumberWhoseExponentDoesNotFitIsOutOfRange() {
        Problem problem = assertThrows(ProblemException.class,
                () -> read(HEAD + "\"answers\": {}, \"future\": 1e9999999999}")).first();
        assertEquals("json.number-range", problem.key());
        assertEquals(List.of("1e9999999999"), problem.args());
        assertEquals("1:159", problem.location(), "where the number starts");
    }

    @Test
    void leadingZeroBytesAreASyntaxErrorNotAReadFailure() {
        Problem problem = assertThrows(ProblemException.class,
                () -> new ProjectFileReader().read(new byte[] {0, 0, 0, '{', '}'})).first();
        // named as the byte it is, not as what a guess at UTF-16 made of it ("code 8806")
        assertEquals(Problem.at("1:1", "json.control-character", "U+0000"), problem);
    }

    @Test
    void aMessageQuotesAHostileFileOnlyBriefly() {
        String huge = "x".repeat(300_000);
        Problem problem = assertThrows(ProblemException.class,
                () -> read(HEAD + "\"answers\": {\"a\": {\"status\": \"" + huge + "\"}}}")).first();
        assertEquals("project.unknown-status", problem.key());
        String text = Messages.forLanguage("en").problem(problem);
        assertTrue(text.length() < 1_000, text.length() + " characters");
        assertTrue(text.contains("xxx\u2026"), text);
    }
}
