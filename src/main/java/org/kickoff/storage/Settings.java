package org.kickoff.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What Kickoff remembers between runs: language, theme, recent files, window placement. */
public record Settings(String language, String theme, List<Path> recentFiles, Path lastProject, WindowPlacement window) {

    public static final int MAX_RECENT = 10;
    public static final String LIGHT = "light";
    public static final String DARK = "dark";

    public Settings {
        recentFiles = List.copyOf(recentFiles.stream().limit(MAX_RECENT).toList());
        theme = DARK.equals(theme) ? DARK : LIGHT;
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
        return new Settings(newLanguage, theme, recentFiles, lastProject, window);
    }

    public Settings withTheme(String newTheme) {
        return new Settings(language, newTheme, recentFiles, lastProject, window);
    }

    public Settings withWindow(WindowPlacement newWindow) {
        return new Settings(language, theme, recentFiles, lastProject, newWindow);
    }

    /** The file moves to the top of the recent files and becomes the one to reopen. */
    public Settings withOpened(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>();
        recent.add(absolute);
        recentFiles.stream().filter(p -> !p.equals(absolute)).forEach(recent::add);
        return new Settings(language, theme, recent, absolute, window);
    }

    /** Nothing to reopen next time (the user closed the project). */
    public Settings withoutLastProject() {
        return new Settings(language, theme, recentFiles, null, window);
    }

    public Settings withoutRecent(Path file) {
        List<Path> recent = recentFiles.stream().filter(p -> !p.equals(file)).toList();
        return new Settings(language, theme, recent, file.equals(lastProject) ? null : lastProject, window);
    }
}
