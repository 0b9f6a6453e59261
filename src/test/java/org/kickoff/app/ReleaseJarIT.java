package org.kickoff.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The jar that "mvn package" builds (target/kickoff.jar, every library shaded in), checked after it is built
 * (maven-failsafe-plugin, in "mvn verify"): it says the build's version, it carries Kickoff's licence, the
 * third-party notice and the libraries' merged notices instead of their overwritten licence files, and
 * everything in it comes from Kickoff or from a library the notice names.
 */
class ReleaseJarIT {

    private static final Path JAR = Path.of("target/kickoff.jar");

    @Test
    void printsTheVersionOfTheBuild() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "--version").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        assertEquals("Kickoff " + DebianPackageTest.pomVersion(), out.lines().findFirst().orElse(""));
    }

    @Test
    void carriesKickoffsLicenceTheNoticeAndTheLibrariesNotices() throws IOException {
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            assertArrayEquals(Files.readAllBytes(Path.of("LICENSE")), read(jar, "META-INF/LICENSE"),
                    "META-INF/LICENSE is Kickoff's, not the last library's");
            assertArrayEquals(Files.readAllBytes(Path.of("target/classes/META-INF/THIRD-PARTY.txt")),
                    read(jar, "META-INF/THIRD-PARTY.txt"));
            String notice = new String(read(jar, "META-INF/NOTICE"), StandardCharsets.UTF_8);
            for (String library : List.of("Apache PDFBox\nCopyright 2002-", "Apache FontBox\nCopyright 2008-",
                    "Apache Commons Logging\nCopyright 2001-", "# Jackson JSON processor", "Copyright © 2023 Werner")) {
                assertTrue(notice.contains(library), "the merged NOTICE keeps " + library + ":\n" + notice);
            }
            Set<String> legal = new TreeSet<>();
            for (ZipEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.startsWith("META-INF/") && name.indexOf('/', 9) < 0
                        && name.matches("(?i).*(licen[cs]e|notice|dependencies).*")) {
                    legal.add(name);
                }
            }
            assertEquals(Set.of("META-INF/LICENSE", "META-INF/NOTICE"), legal,
                    "no library's licence file overwrote another's: THIRD-PARTY.txt has them all");
        }
    }

    @Test
    void holdsNothingButKickoffAndTheLibrariesTheNoticeNames() throws IOException {
        Set<String> known = new HashSet<>();
        try (Stream<Path> classes = Files.walk(Path.of("target/classes"))) {
            classes.filter(Files::isRegularFile)
                    .forEach(f -> known.add(Path.of("target/classes").relativize(f).toString().replace('\\', '/')));
        }
        String notice = Files.readString(Path.of("target/classes/META-INF/THIRD-PARTY.txt"));
        Path jars = Path.of("target/notices/jars");
        try (Stream<Path> files = Files.walk(jars)) {
            for (Path library : files.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Path version = jars.relativize(library).getParent();
                String id = version.getParent().getParent().toString().replace(java.io.File.separatorChar, '.') + ":"
                        + version.getParent().getFileName() + ":" + version.getFileName();
                assertTrue(notice.contains("  Maven:     " + id + "\n"), "the notice names " + id);
                try (ZipFile zip = new ZipFile(library.toFile())) {
                    Collections.list(zip.entries()).forEach(e -> known.add(e.getName()));
                }
            }
        }
        Set<String> strangers = new TreeSet<>();
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            for (ZipEntry entry : Collections.list(jar.entries())) {
                if (entry.getName().endsWith(".class") && !known.contains(entry.getName())) {
                    strangers.add(entry.getName());
                }
            }
        }
        assertEquals(Set.of(), strangers, "classes in kickoff.jar from no library the notice names");
    }

    private static byte[] read(ZipFile jar, String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        assertTrue(entry != null, "kickoff.jar has " + name);
        return jar.getInputStream(entry).readAllBytes();
    }
}
