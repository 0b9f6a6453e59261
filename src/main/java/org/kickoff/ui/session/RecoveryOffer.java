package org.kickoff.ui.session;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.kickoff.i18n.Messages;
import org.kickoff.storage.RecoveryCopy;
import org.kickoff.storage.RecoveryStore;
import org.kickoff.ui.common.Background;
import org.kickoff.ui.common.Prompts;

/**
 * After a crash or a kill: offers the unsaved work the last run left, newest first, one at a time, until
 * one is restored; the others can be discarded or kept for later.
 */
public final class RecoveryOffer {

    private static final System.Logger LOG = System.getLogger(RecoveryOffer.class.getName());

    private final ProjectDocument document;
    private final RecoveryStore store;
    private final Background background;
    private final Prompts prompts;
    private final ZoneId zone;

    public RecoveryOffer(ProjectDocument document, RecoveryStore store, Background background, Prompts prompts,
                         ZoneId zone) {
        this.document = document;
        this.store = store;
        this.background = background;
        this.prompts = prompts;
        this.zone = zone;
    }

    /** Looks for copies off the JavaFX thread, then asks about each. */
    public void offer() {
        background.run(store::leftovers, this::ask,
                e -> LOG.log(System.Logger.Level.WARNING, "recovery copies could not be listed", e));
    }

    void ask(List<RecoveryCopy> copies) {
        Messages messages = document.messagesProperty().get();
        for (RecoveryCopy copy : copies) {
            if (copy.isDamaged()) {
                continue;
            }
            String name = copy.projectName().isBlank() ? messages.get("project.untitled") : copy.projectName();
            String where = copy.originalFile().map(Path::toString).orElse(messages.get("document.not-saved"));
            switch (prompts.askRestore(messages.get("dialog.restore.content", name, where,
                    messages.dateTime(copy.saved(), zone)))) {
                case RESTORE -> {
                    document.restore(copy);
                    return;
                }
                case DISCARD -> background.run(() -> store.discard(copy), done -> { },
                        e -> LOG.log(System.Logger.Level.WARNING, "a recovery copy could not be removed", e));
                case LATER -> {
                    // asked again at the next start
                }
            }
        }
    }
}
