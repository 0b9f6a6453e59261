package org.kickoff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @Test
    void roundTripsEverythingItRemembers(@TempDir Path dir) throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("cfg/settings.json"));
        Settings settings = Settings.defaults("en").withLanguage("de").withTheme(Settings.DARK)
                .withOpened(dir.resolve("a.kickoff")).withOpened(dir.resolve("b.kickoff"))
                .withOpened(dir.resolve("a.kickoff"))
                .withWindow(new Settings.WindowPlacement(10.0, 20.0, 1400, 900, true));
        store.save(settings);
        Settings read = store.load("en");
        assertEquals(settings, read);
        assertEquals(List.of(dir.resolve("a.kickoff"), dir.resolve("b.kickoff")), read.recentFiles());
        assertEquals(dir.resolve("a.kickoff"), read.lastProject());
    }

    @Test
    void aDamagedOrHostileFileMeansDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file);
        for (String content : new String[] {"", "{", "[]", "{\"recentFiles\": 3}", "{\"window\": {\"width\": \"x\"}}",
                "{\"theme\": " + "[".repeat(100) + "]".repeat(100) + "}"}) {
            Files.writeString(file, content);
            assertEquals(Settings.defaults("de"), store.load("de"), content);
        }
    }

    @Test
    void absurdWindowSizesAreClamped(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"window\": {\"width\": 5, \"height\": 99999999}}");
        Settings.WindowPlacement window = new SettingsStore(file).load("en").window();
        assertEquals(640, window.width());
        assertEquals(10_000, window.height());
    }

    @Test
    void recentFilesAreLimited() {
        Settings settings = Settings.defaults("en");
        for (int i = 0; i < 15; i++) {
            settings = settings.withOpened(Path.of("/p/" + i + ".kickoff"));
        }
        assertEquals(Settings.MAX_RECENT, settings.recentFiles().size());
        assertEquals(Path.of("/p/14.kickoff"), settings.recentFiles().get(0));
    }

    @Test
    void theWindowFitsTheScreenItOpensOn() {
        Settings.WindowPlacement big = Settings.WindowPlacement.DEFAULT;
        Settings.WindowPlacement small = big.within(0, 0, 1024, 700);
        assertEquals(1024, small.width());
        assertEquals(700, small.height(), "a 1280 x 800 window is no larger than a 1024 x 700 screen");
        Settings.WindowPlacement placed = new Settings.WindowPlacement(900.0, 600.0, 800, 500, false)
                .within(0, 0, 1440, 900);
        assertEquals(640.0, placed.x(), "moved back onto the screen");
        assertEquals(400.0, placed.y());
        Settings.WindowPlacement gone = new Settings.WindowPlacement(3000.0, 100.0, 800, 500, false)
                .within(0, 0, 1440, 900);
        assertEquals(null, gone.x(), "a place on a monitor that is no longer there is forgotten");
    }
}
