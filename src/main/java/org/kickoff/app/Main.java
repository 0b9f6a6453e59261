package org.kickoff.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kickoff.cli.KickoffCommand;
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
            KickoffApp.launchWindow(args);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(KickoffCommand.run(args, out, err));
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
