package org.kickoff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One run of the command line, in process: its exit code and what it printed. */
record CliRun(int code, String out, String err) {

    /** Kickoff's folders for runs that name none: never the user's own (merge keeps backups there). */
    private static final Path HOME = temporaryHome();

    static CliRun of(String... args) {
        return withHome(HOME, args);
    }

    /** A run whose data and settings folders lie below {@code home} ({@code -Dkickoff.home}). */
    static CliRun withHome(Path home, String... args) {
        String before = System.getProperty("kickoff.home");
        System.setProperty("kickoff.home", home.toString());
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = KickoffCommand.run(args, new PrintWriter(out), new PrintWriter(err));
            return new CliRun(code, out.toString(), err.toString());
        } finally {
            if (before == null) {
                System.clearProperty("kickoff.home");
            } else {
                System.setProperty("kickoff.home", before);
            }
        }
    }

    private static Path temporaryHome() {
        try {
            Path home = Files.createTempDirectory("kickoff-cli-test");
            home.toFile().deleteOnExit();
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
