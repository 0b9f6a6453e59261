package org.kickoff.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Started without a display, the jar says so in one line, names what works without one, and exits 1. */
class NoDisplayTest {

    @Test
    void aDisplayIsNeededOnlyWhereTheWindowSystemNeedsOne() {
        assertFalse(Main.hasDisplay("Linux", Map.of(), null));
        assertFalse(Main.hasDisplay("Linux", Map.of("DISPLAY", " "), null));
        assertTrue(Main.hasDisplay("Linux", Map.of("DISPLAY", ":0"), null));
        assertTrue(Main.hasDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null));
        assertTrue(Main.hasDisplay("Linux", Map.of(), "Monocle"), "drawn without a display, as in the tests");
        assertTrue(Main.hasDisplay("Windows 11", Map.of(), null));
        assertTrue(Main.hasDisplay("Mac OS X", Map.of(), null));
        assertTrue(Main.isNoDisplay(new RuntimeException(new UnsupportedOperationException("Unable to open DISPLAY"))));
        assertFalse(Main.isNoDisplay(new IllegalStateException("something else")));
    }

    @Test
    void withoutADisplayTheJarPrintsOneLineAndExitsOne() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String language : List.of("en", "de")) {
            ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Duser.language=" + language, "-cp",
                    classPath, "org.kickoff.app.Main").redirectErrorStream(true);
            builder.environment().remove("DISPLAY");
            builder.environment().remove("WAYLAND_DISPLAY");
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(1, process.exitValue(), output);
            assertEquals(1, output.lines().count(), output);
            assertFalse(output.contains("Exception") || output.contains("\tat "), output);
            assertTrue(output.contains("validate, export, diff, merge") && output.contains("DISPLAY"), output);
            assertTrue(language.equals("en") ? output.startsWith("Kickoff cannot open its window")
                    : output.startsWith("Kickoff kann sein Fenster nicht öffnen"), output);
        }
    }
}
