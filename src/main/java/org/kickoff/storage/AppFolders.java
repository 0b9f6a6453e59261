package org.kickoff.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Kickoff keeps its own files: settings in the user's configuration folder, backups and recovery
 * copies in the application-data folder, following each system's convention (XDG on Linux).
 */
public record AppFolders(Path config, Path data) {

    private static final String NAME = "kickoff";

    /**
     * The folders this run uses: below the folder named by the system property {@code kickoff.home} when it
     * is set (portable installs and tests), else {@link #forUser()}.
     */
    public static AppFolders current() {
        String home = System.getProperty("kickoff.home");
        return home == null || home.isBlank() ? forUser() : under(Path.of(home));
    }

    /** The folders of this user on this system. */
    public static AppFolders forUser() {
        return of(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv());
    }

    /** Both folders below one root; for tests and portable installs. */
    public static AppFolders under(Path root) {
        return new AppFolders(root.resolve("config"), root.resolve("data"));
    }

    static AppFolders of(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path homePath = Path.of(home);
        if (os.contains("win")) {
            Path roaming = env.containsKey("APPDATA") ? Path.of(env.get("APPDATA"))
                    : homePath.resolve("AppData").resolve("Roaming");
            Path local = env.containsKey("LOCALAPPDATA") ? Path.of(env.get("LOCALAPPDATA"))
                    : homePath.resolve("AppData").resolve("Local");
            return new AppFolders(roaming.resolve("Kickoff"), local.resolve("Kickoff"));
        }
        if (os.contains("mac")) {
            Path support = homePath.resolve("Library").resolve("Application Support").resolve("Kickoff");
            return new AppFolders(support, support);
        }
        Path config = absolute(env.get("XDG_CONFIG_HOME")) != null ? absolute(env.get("XDG_CONFIG_HOME"))
                : homePath.resolve(".config");
        Path data = absolute(env.get("XDG_DATA_HOME")) != null ? absolute(env.get("XDG_DATA_HOME"))
                : homePath.resolve(".local").resolve("share");
        return new AppFolders(config.resolve(NAME), data.resolve(NAME));
    }

    /** XDG says relative paths in these variables are invalid and must be ignored. */
    private static Path absolute(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? path : null;
    }

    public Path backups() {
        return data.resolve("backups");
    }

    public Path recovery() {
        return data.resolve("recovery");
    }

    public Path logs() {
        return data.resolve("logs");
    }

    public Path settingsFile() {
        return config.resolve("settings.json");
    }
}
