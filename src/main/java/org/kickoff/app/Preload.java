package org.kickoff.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.kickoff.domain.Questionnaire;
import org.kickoff.storage.QuestionnaireReader;

/**
 * Start-up work that needs no window, begun on a second thread before the JavaFX toolkit starts, which
 * takes about as long: reading the built-in questionnaire (the first read also loads Jackson). A warm-up
 * read of the example project used to follow; with the class-data archive it gained nothing measurable.
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
        try {
            questionnaire.complete(new QuestionnaireReader().builtIn());
        } catch (RuntimeException | Error e) {
            questionnaire.completeExceptionally(e);
        }
    }
}
