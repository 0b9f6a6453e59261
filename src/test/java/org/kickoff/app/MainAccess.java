package org.kickoff.app;

/** Lets tests in other packages ask {@link Main} how it would dispatch. */
public final class MainAccess {

    private MainAccess() {
    }

    public static boolean opensWindow(String... args) {
        return Main.opensWindow(args);
    }
}
