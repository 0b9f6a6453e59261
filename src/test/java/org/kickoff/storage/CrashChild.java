package org.kickoff.storage;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.kickoff.domain.Answer;
import org.kickoff.domain.LocalizedText;
import org.kickoff.domain.Project;
import org.kickoff.domain.Question;
import org.kickoff.domain.QuestionType;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.QuestionnaireRef;
import org.kickoff.domain.Topic;
import org.kickoff.domain.Value;

/**
 * The process {@link CrashTest} kills: it edits a project as fast as it can, writing the recovery copy
 * after every edit and saving every second edit through the real save path (backup, atomic write, then
 * the recovery copy is cleared, as the window does after a save). Before and after each step it appends
 * a line to a log, unbuffered, so that after the kill the test knows what was under way:
 * {@code E n} edit n made, {@code R n} its recovery copy written, {@code S n} saving it, {@code W n}
 * saved, {@code C n} recovery copy cleared. Arguments: project file, data folder, log file, first version,
 * and "warm-up" to stop by itself after a few rounds (to record the class-data archive).
 */
public final class CrashChild {

    /** Enough text that a save takes a moment, so that kills also land in the middle of writes. */
    static final String FILLER = "All work and no play makes Jack a dull boy. ".repeat(700);

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path data = Path.of(args[1]);
        int version = Integer.parseInt(args[3]);
        boolean warmUp = args.length > 4;
        AppInstance instance = AppInstance.current("crash-test");
        Questionnaire mini = questionnaire();
        // the first save fingerprints the questionnaire it embeds; do it before the first edit, so that the
        // kill delays (counted from that edit) fall on saves as they did before files carried a questionnaire
        Fingerprint.of(mini);
        try (FileOutputStream log = new FileOutputStream(args[2], true)) {
            LockResult lock = new ProjectLocks(instance).acquire(file);
            if (!(lock instanceof LockResult.Acquired)) {
                log(log, "L " + lock);
                System.exit(3);
            }
            RecoveryStore.Draft draft = new RecoveryStore(data.resolve("recovery"), instance).newDraft();
            ProjectFiles files = new ProjectFiles(new Backups(data.resolve("backups")));
            for (int round = 0; !warmUp || round < 30; round++) {
                version++;
                Project project = version(mini, version);
                log(log, "E " + version);
                draft.write(project, mini, file);
                log(log, "R " + version);
                if (version % 2 == 0) {
                    log(log, "S " + version);
                    files.save(file, project, mini);
                    log(log, "W " + version);
                    draft.clear();
                    log(log, "C " + version);
                }
            }
        }
    }

    /**
     * The two questions the child answers, made directly: reading a questionnaire file would add a tenth of
     * a second to every start, and reading is what the fuzz test covers.
     */
    static Questionnaire questionnaire() {
        LocalizedText text = LocalizedText.of("Question", "Frage");
        return new Questionnaire("crash", "1", List.of("en", "de"), text, LocalizedText.EMPTY, List.of(
                new Topic("first", text, LocalizedText.EMPTY, List.of(
                        question("first.containers", new org.kickoff.domain.YesNoType(), text),
                        question("second.story", new org.kickoff.domain.TextType(true), text)))), List.of());
    }

    /** A complete question: the file embeds this questionnaire, and reading it back checks it like any other. */
    private static Question question(String id, QuestionType<?> type, LocalizedText text) {
        return new Question(id, type, text, LocalizedText.of("Guidance", "Hinweis"), null,
                org.kickoff.domain.Condition.ALWAYS, null, null);
    }

    static Project version(Questionnaire questionnaire, int version) {
        return Project.create("Crash test", new QuestionnaireRef(questionnaire.id(), questionnaire.version()), null)
                .withAnswer("second.story", Answer.answered(new Value.Text("version " + version + "\n" + FILLER)))
                .withAnswer("first.containers", Answer.answered(new Value.YesNo(version % 3 == 0)));
    }

    /** The version a project holds; -1 for none. */
    static int versionOf(Project project) {
        if (!(project.answerOrEmpty("second.story").value() instanceof Value.Text text)) {
            return -1;
        }
        String first = text.text().lines().findFirst().orElse("");
        return first.startsWith("version ") ? Integer.parseInt(first.substring(8)) : -1;
    }

    private static void log(FileOutputStream log, String line) throws IOException {
        // one write per line, unbuffered: what was written is in the file after a kill
        log.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
