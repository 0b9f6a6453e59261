package org.kickoff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.Value;
import org.kickoff.i18n.Messages;

/** Unsaved work left by a Kickoff that ended without saving is offered again; a live Kickoff's is not. */
class RecoveryStoreTest {

    private static final Instant WHEN = Instant.parse("2026-11-29T21:13:37Z");

    private final Questionnaire mini = Fixtures.mini();
    private final Project project = ProjectFileRoundTripTest.allTypes()
            .withAnswer("second.story", Answer.answered(new Value.Text("typed for an hour")));
    private final AppInstance me = AppInstance.current("1.0.0");

    private static RecoveryStore store(Path dir, AppInstance instance) {
        return new RecoveryStore(dir.resolve("recovery"), instance,
                java.time.Clock.fixed(WHEN, java.time.ZoneOffset.UTC));
    }

    @Test
    void theWorkOfACrashedKickoffIsOfferedWithItsTimeAndFileAndRestored(@TempDir Path dir) throws Exception {
        Path original = dir.resolve("shared/parcels.kickoff");
        store(dir, Processes.crashedHere("crashed")).newDraft().write(project, mini, original);

        RecoveryStore store = store(dir, me);
        List<RecoveryCopy> copies = store.leftovers();
        assertEquals(1, copies.size());
        RecoveryCopy copy = copies.get(0);
        assertEquals(Optional.of(original.toAbsolutePath()), copy.originalFile());
        assertEquals(WHEN, copy.saved());
        assertEquals("Parcel tracking", copy.projectName());
        assertFalse(copy.isDamaged());
        assertEquals(project, store.restore(copy));

        assertTrue(store.discard(copy));
        assertEquals(List.of(), store.leftovers());
    }

    @Test
    void aNewProjectThatWasNeverSavedHasNoFile(@TempDir Path dir) throws Exception {
        store(dir, Processes.crashedWithReusedPid("crashed")).newDraft().write(project, mini, null);
        RecoveryCopy copy = store(dir, me).leftovers().get(0);
        assertEquals(Optional.empty(), copy.originalFile());
        assertEquals(project, store(dir, me).restore(copy));
    }

    @Test
    void theCopiesOfRunningKickoffsAreNotLeftovers(@TempDir Path dir) throws Exception {
        RecoveryStore mine = store(dir, me);
        mine.newDraft().write(project, mini, null);
        store(dir, Processes.otherRunningHere("other-window")).newDraft().write(project, mini, null);
        assertEquals(List.of(), mine.leftovers());
        // a copy from another machine cannot be checked: it is offered
        store(dir, Processes.elsewhere("luis")).newDraft().write(project, mini, null);
        assertEquals(1, mine.leftovers().size());
    }

    @Test
    void eachDraftHasItsOwnCopyAndClearingRemovesIt(@TempDir Path dir) throws Exception {
        RecoveryStore crashed = store(dir, Processes.crashedHere("crashed"));
        RecoveryStore.Draft one = crashed.newDraft();
        RecoveryStore.Draft two = crashed.newDraft();
        assertNotEquals(one.file(), two.file());
        one.write(project, mini, dir.resolve("one.kickoff"));
        two.write(project, mini, dir.resolve("two.kickoff"));
        one.write(project.withAnswer("second.story", Answer.EMPTY), mini, dir.resolve("one.kickoff"));
        assertEquals(2, store(dir, me).leftovers().size());
        one.clear();
        List<RecoveryCopy> left = store(dir, me).leftovers();
        assertEquals(1, left.size());
        assertEquals(dir.resolve("two.kickoff").toAbsolutePath(), left.get(0).original());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "truncated    | TRUNCATE                                               | json.unexpected-end",
        "empty        | ~~                                                     | file.empty",
        "not ours     | ~{\"format\": \"kickoff-project\"}~                    | recovery.foreign",
        "newer        | ~{\"format\": \"kickoff-recovery\", \"formatVersion\": 7}~ | recovery.newer-format",
        "no time      | ~HEAD}~                                                | json.missing",
        "bad time     | ~HEAD, \"saved\": 3}~                                  | json.expected-string",
        "bad path     | ~HEAD, SAVED, \"file\": \"relative.kickoff\"}~          | recovery.bad-path",
        "bad project  | ~HEAD, SAVED, \"project\": []}~                        | json.expected-object",
        "invalid utf8 | BADUTF8                                                | json.not-utf8"})
    void aDamagedCopyIsReportedNeverCrashes(String name, String content, String key, @TempDir Path dir)
            throws Exception {
        RecoveryStore.Draft draft = store(dir, Processes.crashedHere("crashed")).newDraft();
        draft.write(project, mini, null);
        byte[] written = Files.readAllBytes(draft.file());
        byte[] bytes = switch (content) {
            case "TRUNCATE" -> java.util.Arrays.copyOf(written, written.length / 2);
            case "BADUTF8" -> written.clone();
            default -> content == null ? new byte[0] : content
                    .replace("HEAD", "{\"format\": \"kickoff-recovery\", \"formatVersion\": 1")
                    .replace("SAVED", "\"saved\": \"2026-11-29T21:13:37Z\"").getBytes(StandardCharsets.UTF_8);
        };
        if ("BADUTF8".equals(content)) {
            // a Latin-1 "é" in the middle of the text, as an editor with the wrong encoding would save it
            bytes[indexOf(bytes, (byte) 't')] = (byte) 0xE9;
        }
        Files.write(draft.file(), bytes);

        RecoveryStore store = store(dir, me);
        RecoveryCopy copy = store.leftovers().get(0);
        assertTrue(copy.isDamaged());
        assertEquals(key, copy.damage().key(), name);
        assertNull(copy.original());
        ProblemException e = assertThrows(ProblemException.class, () -> store.restore(copy));
        assertEquals(key, e.first().key());
        assertNotEquals(key, Messages.forLanguage("de").get(key, "x", "y"));
        assertTrue(store.discard(copy));
        assertEquals(List.of(), store.leftovers());
    }

    @Test
    void aMissingOrEmptyFolderHasNoLeftovers(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), store(dir, me).leftovers());
        Files.createDirectories(dir.resolve("recovery"));
        Files.writeString(dir.resolve("recovery/notes.txt"), "not a copy");
        assertEquals(List.of(), store(dir, me).leftovers());
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }
}
