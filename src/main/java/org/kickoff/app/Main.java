package org.kickoff.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.kickoff.cli.KickoffCommand;
import org.kickoff.i18n.Messages;
import org.kickoff.i18n.VisibleText;
import org.kickoff.storage.ProjectFiles;

/**
 * The entry point. With no argument, or a project file as the only argument, it opens the window;
 * anything else is a command, run headless without ever touching the JavaFX toolkit. This class must not
 * extend {@code Application}: the JVM's JavaFX launcher check would then demand JavaFX modules.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            if (!hasDisplay(System.getProperty("os.name", ""), System.getenv(),
                    System.getProperty("glass.platform"))) {
                exitWithoutDisplay("app.no-display");
            }
            try {
                KickoffApp.launchWindow(args);
            } catch (RuntimeException e) {
                // DISPLAY is set but names no display that answers (a closed SSH forwarding, a stopped Xvfb)
                if (!isNoDisplay(e)) {
                    throw e;
                }
                exitWithoutDisplay("app.display-unavailable");
            }
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(KickoffCommand.run(args, out, err));
    }

    /** One line that says why there is no window and what works instead; exit status 1. */
    private static void exitWithoutDisplay(String key) {
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        String display = String.valueOf(System.getenv().getOrDefault("DISPLAY", ""));
        err.println(new Messages(Locale.getDefault()).get(key, VisibleText.quote(display)));
        System.exit(1);
    }

    /**
     * Whether a window can be shown: on Windows and macOS always; elsewhere (X11, Wayland) when the session
     * names a display, or when JavaFX is told to draw without one (Monocle, as the tests do).
     */
    static boolean hasDisplay(String osName, Map<String, String> env, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || "monocle".equalsIgnoreCase(glassPlatform)) {
            return true;
        }
        return isSet(env.get("DISPLAY")) || isSet(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    /** GTK's "Unable to open DISPLAY", anywhere in the chain of causes. */
    static boolean isNoDisplay(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnsupportedOperationException && String.valueOf(t.getMessage()).contains("DISPLAY")) {
                return true;
            }
        }
        return false;
    }

    static boolean opensWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length > 1 || args[0].startsWith("-")) {
            return false;
        }
        // no command ends in ".kickoff"; asking picocli first would build its whole command table on the
        // way to the window (a tenth of the start-up)
        if (args[0].endsWith(ProjectFiles.EXTENSION)) {
            return true;
        }
        return !KickoffCommand.isCommand(args[0]) && Files.isRegularFile(Path.of(args[0]));
    }
}
