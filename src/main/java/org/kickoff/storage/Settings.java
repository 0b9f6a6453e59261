package org.kickoff.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Kickoff remembers between runs: language, theme, recent files (with what a user recognises them by:
 * the project's name, how far it is, when it was saved, the page last viewed), window placement. Never in
 * the project file: it is one user's view of it.
 */
public record Settings(String language, String theme, List<Path> recentFiles, Path lastProject, WindowPlacement window,
                       Map<Path, Memory> memories) {

    public static final int MAX_RECENT = 10;
    public static final String LIGHT = "light";
    public static final String DARK = "dark";

    /**
     * A recent project as last seen: its name, the share done (0 to 100), when it was saved, and the page
     * the user was on ("details", "summary" or a topic's id).
     */
    public record Memory(String name, int percentDone, Instant saved, String page) {
        public Memory {
            name = name == null ? "" : name;
            page = page == null ? "" : page;
            percentDone = Math.max(0, Math.min(100, percentDone));
        }

        public Memory withPage(String newPage) {
            return new Memory(name, percentDone, saved, newPage);
        }
    }

    public Settings {
        recentFiles = List.copyOf(recentFiles.stream().limit(MAX_RECENT).toList());
        theme = DARK.equals(theme) ? DARK : LIGHT;
        Map<Path, Memory> kept = new LinkedHashMap<>();
        if (memories != null) {
            // memories of files no longer recent are forgotten
            for (Path file : recentFiles) {
                Memory memory = memories.get(file);
                if (memory != null) {
                    kept.put(file, memory);
                }
            }
        }
        memories = Collections.unmodifiableMap(kept);
    }

    public Settings(String language, String theme, List<Path> recentFiles, Path lastProject, WindowPlacement window) {
        this(language, theme, recentFiles, lastProject, window, Map.of());
    }

    /** Where and how large the window was; {@code null} coordinates mean "let the system choose". */
    public record WindowPlacement(Double x, Double y, double width, double height, boolean maximized) {
        public static final WindowPlacement DEFAULT = new WindowPlacement(null, null, 1280, 800, false);

        /**
         * The placement on a screen whose usable area is given: no larger than the area (a 1280 x 800
         * window on a 1024 x 700 screen would hide its own navigation bar), and with its place on it; a
         * place off the screen (a monitor unplugged since) is forgotten, and the system chooses.
         */
        public WindowPlacement within(double areaX, double areaY, double areaWidth, double areaHeight) {
            double w = Math.min(width, areaWidth);
            double h = Math.min(height, areaHeight);
            Double newX = x;
            Double newY = y;
            if (x != null && y != null) {
                boolean onScreen = x + w > areaX + 40 && x < areaX + areaWidth - 40 && y >= areaY - 10
                        && y < areaY + areaHeight - 40;
                if (onScreen) {
                    newX = Math.max(areaX, Math.min(x, areaX + areaWidth - w));
                    newY = Math.max(areaY, Math.min(y, areaY + areaHeight - h));
                } else {
                    newX = null;
                    newY = null;
                }
            }
            return new WindowPlacement(newX, newY, w, h, maximized);
        }
    }

    public static Settings defaults(String language) {
        return new Settings(language, LIGHT, List.of(), null, WindowPlacement.DEFAULT);
    }

    public Settings withLanguage(String newLanguage) {
        return new Settings(newLanguage, theme, recentFiles, lastProject, window, memories);
    }

    public Settings withTheme(String newTheme) {
        return new Settings(language, newTheme, recentFiles, lastProject, window, memories);
    }

    public Settings withWindow(WindowPlacement newWindow) {
        return new Settings(language, theme, recentFiles, lastProject, newWindow, memories);
    }

    /** The file moves to the top of the recent files and becomes the one to reopen. */
    public Settings withOpened(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>();
        recent.add(absolute);
        recentFiles.stream().filter(p -> !p.equals(absolute)).forEach(recent::add);
        return new Settings(language, theme, recent, absolute, window, memories);
    }

    /** Nothing to reopen next time (the user closed the project). */
    public Settings withoutLastProject() {
        return new Settings(language, theme, recentFiles, null, window, memories);
    }

    public Settings withoutRecent(Path file) {
        List<Path> recent = recentFiles.stream().filter(p -> !p.equals(file)).toList();
        return new Settings(language, theme, recent, file.equals(lastProject) ? null : lastProject, window, memories);
    }

    /** What is remembered of a recent file. */
    public Optional<Memory> memory(Path file) {
        return Optional.ofNullable(memories.get(file.toAbsolutePath().normalize()));
    }

    /** Remembers this of a recent file (a file not among the recent ones is not remembered). */
    public Settings withMemory(Path file, Memory memory) {
        Map<Path, Memory> next = new LinkedHashMap<>(memories);
        next.put(file.toAbsolutePath().normalize(), memory);
        return new Settings(language, theme, recentFiles, lastProject, window, next);
    }
}
