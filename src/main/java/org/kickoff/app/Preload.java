package org.kickoff.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.kickoff.domain.Evaluation;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.storage.ProjectFiles;
import org.kickoff.storage.QuestionnaireReader;

/**
 * Start-up work that needs no window, begun on a second thread before the JavaFX toolkit starts, which
 * takes about as long: reading the built-in questionnaire (the first read also loads Jackson), then one
 * read and evaluation of the example project, thrown away, so that the window's own read of the project it
 * opens finds the reader's and the domain's classes loaded.
 */
final class Preload {

    private final CompletableFuture<Questionnaire> questionnaire = new CompletableFuture<>();

    private Preload() {
    }

    static Preload start() {
        Preload preload = new Preload();
        Thread thread = new Thread(preload::run, "kickoff-preload");
        thread.setDaemon(true);
        thread.start();
        return preload;
    }

    /** The built-in questionnaire; waits for the read if it is not done yet, and rethrows its failure. */
    Questionnaire questionnaire() {
        try {
            return questionnaire.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void run() {
        Questionnaire read;
        try {
            read = new QuestionnaireReader().builtIn();
            questionnaire.complete(read);
        } catch (RuntimeException | Error e) {
            questionnaire.completeExceptionally(e);
            return;
        }
        try {
            Project example = new ProjectFiles().read(Kickoff.example());
            new Evaluation(read, example).progress();
        } catch (ProblemException | RuntimeException e) {
            // only a warm-up: the window reads and reports the real project itself
        }
    }
}
