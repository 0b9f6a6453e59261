package org.kickoff.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * This running Kickoff: who, on which machine, which process, and a session id that tells apart two
 * windows' files even when a process id is reused. Recovery copies and lock files carry it, so that a
 * running Kickoff's files are not taken for the leftovers of a crashed one.
 */
public record AppInstance(String user, String host, long pid, Instant processStart, String session,
                          String appVersion) {

    /** Start times are read from the system with a coarse clock; within this they are the same process. */
    private static final Duration SAME_START = Duration.ofSeconds(2);

    public AppInstance {
        user = user == null ? "" : user;
        host = host == null ? "" : host;
        session = session == null ? "" : session;
        appVersion = appVersion == null ? "" : appVersion;
    }

    /** This process, with a new session id. */
    public static AppInstance current(String appVersion) {
        ProcessHandle self = ProcessHandle.current();
        // not UUID.randomUUID(): seeding its secure generator costs some 50 ms of start-up, and a session id
        // only has to differ from the other Kickoffs' (the process id sees to most of that)
        String session = String.format("%x-%016x", self.pid(), ThreadLocalRandom.current().nextLong());
        return new AppInstance(System.getProperty("user.name", ""), hostName(System.getenv()), self.pid(),
                self.info().startInstant().orElse(null), session, appVersion);
    }

    /** Whether the host is known; without it a process id says nothing. */
    public boolean knowsHost() {
        return !host.isBlank();
    }

    public boolean sameHost(String otherHost) {
        return knowsHost() && host.equalsIgnoreCase(otherHost == null ? "" : otherHost);
    }

    /**
     * Whether a process of this machine is running: the id exists and, when both are known, started at
     * the recorded time (so a reused id of a crashed Kickoff is not taken for it).
     */
    public static boolean isRunning(long pid, Instant start) {
        if (pid <= 0) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        if (start == null) {
            return true;
        }
        return process.get().info().startInstant()
                .map(actual -> Duration.between(actual, start).abs().compareTo(SAME_START) <= 0)
                .orElse(true);
    }

    /**
     * The machine's name without a network look-up (resolving the local host can stall for seconds on
     * some systems): the kernel's name on Linux, the environment on Windows. Empty when unknown.
     */
    static String hostName(Map<String, String> env) {
        // the kernel's name first: HOSTNAME is set by some shells and containers and not by desktop launchers
        for (String file : new String[] {"/proc/sys/kernel/hostname", "/etc/hostname"}) {
            try {
                String value = Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
                if (!value.isEmpty() && value.length() < 256) {
                    return value.toLowerCase(Locale.ROOT);
                }
            } catch (IOException | RuntimeException e) {
                // not this system's way; try the next
            }
        }
        for (String variable : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return value.trim().toLowerCase(Locale.ROOT);
            }
        }
        return macHostName();
    }

    private static String macHostName() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac")) {
            return "";
        }
        try {
            Process process = new ProcessBuilder("scutil", "--get", "LocalHostName")
                    .redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readNBytes(256);
            if (process.waitFor(2, java.util.concurrent.TimeUnit.SECONDS) && process.exitValue() == 0) {
                return new String(out, StandardCharsets.UTF_8).trim().toLowerCase(Locale.ROOT);
            }
            process.destroyForcibly();
        } catch (IOException e) {
            // no name: locks then rely on their age alone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "";
    }
}
