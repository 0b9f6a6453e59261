package org.kickoff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppFoldersTest {

    @Test
    void linuxFollowsXdgAndIgnoresRelativeValues() {
        assertEquals(new AppFolders(Path.of("/home/a/.config/kickoff"), Path.of("/home/a/.local/share/kickoff")),
                AppFolders.of("Linux", "/home/a", Map.of()));
        assertEquals(new AppFolders(Path.of("/x/cfg/kickoff"), Path.of("/home/a/.local/share/kickoff")),
                AppFolders.of("Linux", "/home/a", Map.of("XDG_CONFIG_HOME", "/x/cfg", "XDG_DATA_HOME", "rel")));
    }

    @Test
    void windowsAndMacUseTheirUsualPlaces() {
        assertEquals(Path.of("C:/Users/a/AppData/Roaming", "Kickoff"),
                AppFolders.of("Windows 11", "C:/Users/a", Map.of("APPDATA", "C:/Users/a/AppData/Roaming")).config());
        assertEquals(Path.of("/Users/a/Library/Application Support/Kickoff"),
                AppFolders.of("Mac OS X", "/Users/a", Map.of()).data());
    }
}
