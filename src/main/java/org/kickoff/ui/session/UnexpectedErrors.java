package org.kickoff.ui.session;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Prompts;

/**
 * What happens when something Kickoff did not expect goes wrong in the window: the error goes to the log,
 * the unsaved work to its recovery copy, and the user is told that the work is safe, where the log is, and
 * that they can go on. A burst of the same failure (say, in every frame) is told once.
 */
public final class UnexpectedErrors {

    private static final System.Logger LOG = System.getLogger(UnexpectedErrors.class.getName());
    static final Duration QUIET = Duration.ofSeconds(30);

    private final FileGuard guard;
    private final Prompts prompts;
    private final Supplier<Messages> messages;
    private final Optional<Path> log;
    private final Clock clock;
    private Instant lastTold;
    private boolean telling;

    public UnexpectedErrors(FileGuard guard, Prompts prompts, Supplier<Messages> messages, Optional<Path> log,
                            Clock clock) {
        this.guard = guard;
        this.prompts = prompts;
        this.messages = messages;
        this.log = log;
        this.clock = clock;
    }

    /** Handles an error no one else handled; call on the JavaFX thread. */
    public void handle(Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "unexpected error", error);
        boolean saved;
        try {
            guard.writeRecoveryNow();
            saved = true;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "the recovery copy could not be written", e);
            saved = false;
        }
        Instant now = clock.instant();
        if (telling || lastTold != null && now.isBefore(lastTold.plus(QUIET))) {
            return;
        }
        lastTold = now;
        Messages m = messages.get();
        String where = log.map(Path::toString).orElse(m.get("unexpected.no-log"));
        telling = true;
        try {
            prompts.showError(m.get("unexpected.title"),
                    m.get(saved ? "unexpected.safe" : "unexpected.not-safe", where));
        } finally {
            telling = false;
        }
    }
}
