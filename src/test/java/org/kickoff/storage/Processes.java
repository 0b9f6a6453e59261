package org.kickoff.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Running Kickoffs of this machine and others, as recovery copies and lock files see them. */
final class Processes {

    private Processes() {
    }

    /** The id of a process that has ended. */
    static long deadPid() {
        try {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.waitFor();
            return process.pid();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Another Kickoff on this machine that is running: this very process, under another session. */
    static AppInstance otherRunningHere(String session) {
        AppInstance self = AppInstance.current("1.0.0");
        return new AppInstance("mira", self.host(), self.pid(), self.processStart(), session, "1.0.0");
    }

    /** A Kickoff on this machine that crashed. */
    static AppInstance crashedHere(String session) {
        AppInstance self = AppInstance.current("1.0.0");
        return new AppInstance("mira", self.host(), deadPid(), null, session, "1.0.0");
    }

    /** A crashed Kickoff whose process id now belongs to a process started later (this one). */
    static AppInstance crashedWithReusedPid(String session) {
        AppInstance self = AppInstance.current("1.0.0");
        Instant earlier = self.processStart() == null ? Instant.EPOCH : self.processStart().minus(Duration.ofDays(1));
        return new AppInstance("mira", self.host(), self.pid(), earlier, session, "1.0.0");
    }

    /** A Kickoff on another machine, whose processes cannot be seen from here. */
    static AppInstance elsewhere(String session) {
        return new AppInstance("luis", "luis-laptop", ProcessHandle.current().pid(), null, session, "0.9.0");
    }
}
