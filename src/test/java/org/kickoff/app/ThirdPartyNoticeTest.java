package org.kickoff.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The third-party notice that the build puts into kickoff.jar (META-INF/THIRD-PARTY.txt, made by
 * packaging/notices/Notices.java) names every library the build bundles, with its version, licence and
 * copyright, and keeps every licence and notice file of every library's jar. What is bundled is taken from
 * the jars the build copied for it (maven-dependency-plugin, runtime scope), not from the list the notice
 * was made from.
 */
class ThirdPartyNoticeTest {

    private static final Path JARS = Path.of("target/notices/jars");
    private static final Path NOTICE = Path.of("target/classes/META-INF/THIRD-PARTY.txt");

    @Test
    void namesEveryBundledLibraryWithItsVersionLicenceAndCopyright() throws IOException {
        String notice = Files.readString(NOTICE);
        Map<String, List<Path>> libraries = bundledLibraries();
        assertTrue(libraries.size() >= 17, "the build copied the bundled jars: " + libraries.keySet());
        for (String library : libraries.keySet()) {
            Matcher entry = Pattern.compile("\n  Maven: +" + Pattern.quote(library) + "\n  Licence: +(\\S.*)\n"
                    + "  Copyright: +(\\S.*)\n").matcher(notice);
            assertTrue(entry.find(), "the notice names " + library + " with its licence and copyright");
            assertTrue(notice.contains("\n--- " + entry.group(1)), "and has the text of " + entry.group(1));
        }
        assertEquals(libraries.size(), count(notice, "\n  Maven: "), "and no library that is not bundled");
        List<String> tableRows = Files.readAllLines(Path.of("target/classes/META-INF/THIRD-PARTY.tsv")).stream()
                .filter(l -> !l.startsWith("#")).toList();
        assertEquals(libraries.size() + 1, tableRows.size(), "the About window's list: the libraries and the fonts");
    }

    @Test
    void keepsEveryLicenceAndNoticeFileOfEveryLibraryWordForWord() throws IOException {
        String notice = normalized(Files.readString(NOTICE));
        int files = 0;
        for (Map.Entry<String, List<Path>> library : bundledLibraries().entrySet()) {
            for (Path jar : library.getValue()) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    for (ZipEntry entry : Collections.list(zip.entries())) {
                        String name = entry.getName().toLowerCase(java.util.Locale.ROOT);
                        if (entry.isDirectory() || name.endsWith(".class")
                                || !(name.contains("licen") || name.contains("notice"))) {
                            continue;
                        }
                        files++;
                        assertTrue(notice.contains("--- " + library.getKey() + ": " + entry.getName()),
                                "the notice names " + entry.getName() + " of " + library.getKey());
                        String text = normalized(new String(zip.getInputStream(entry).readAllBytes(),
                                StandardCharsets.ISO_8859_1));
                        // ISO 8859-1 reads every byte; compare the ASCII words, which any encoding keeps
                        String words = text.replaceAll("[^\\x20-\\x7e]", " ").replaceAll(" +", " ");
                        assertTrue(notice.replaceAll("[^\\x20-\\x7e]", " ").replaceAll(" +", " ").contains(words),
                                "the notice holds " + entry.getName() + " of " + library.getKey() + " in full");
                    }
                }
            }
        }
        assertTrue(files >= 25, "Jackson, PDFBox, Openhtmltopdf, Commons Logging and ControlsFX ship such files: "
                + files);
    }

    @Test
    void theFontLicenceIsTheOneTheFontsCarryThemselves() throws IOException {
        String licence = trailingSpaceless(Files.readString(Path.of("resources/fonts/LICENSE-DejaVu.txt")));
        List<Path> fonts;
        try (Stream<Path> list = Files.list(Path.of("resources/fonts"))) {
            fonts = list.filter(p -> p.toString().endsWith(".ttf")).sorted().toList();
        }
        assertEquals(2, fonts.size());
        for (Path font : fonts) {
            String own = trailingSpaceless(licenceDescription(Files.readAllBytes(font)));
            assertTrue(own.contains("Arev Fonts Copyright"), font + " carries the Vera and the Arev licence");
            assertTrue(licence.contains(own), "LICENSE-DejaVu.txt has the licence " + font.getFileName() + " carries");
        }
        assertTrue(normalized(Files.readString(NOTICE)).contains(normalized(licence)), "and so does the notice");
    }

    @Test
    void theBuildStopsWhenALibraryHasNoCopyrightHolderOrItsLicenceNoText(@TempDir Path temp) throws Exception {
        Path list = temp.resolve("dependencies.tsv");
        Files.writeString(list, String.join("\n",
                "info.picocli\tpicocli\t4.7.7\tpicocli\thttps://picocli.info\tApache-2.0",
                "org.example\tnew-library\t1.0\tNew library\t\tApache-2.0",
                "org.example\tstrange\t2.0\tStrange\t\tWTFPL", ""));
        Process notices = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "packaging/notices/Notices.java", "notices", list.toString(), JARS.toString(), "1",
                temp.resolve("out").toString()).redirectErrorStream(true).start();
        String out = new String(notices.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertNotEquals(0, notices.waitFor(), out);
        assertTrue(out.contains("org.example:new-library has no copyright holder: add "
                + "copyright.org.example/new-library to packaging/notices/notices.properties"), out);
        assertTrue(out.contains("org.example:strange is under WTFPL, but there is no packaging/notices/licenses/WTFPL.txt"),
                out);
        assertTrue(!out.contains("picocli"), "a library with both is fine: " + out);
        assertTrue(Files.notExists(temp.resolve("out/THIRD-PARTY.txt")), "and no notice is written");
    }

    /** The bundled libraries, groupId:artifactId:version, with their jars (several for JavaFX's classifiers). */
    private static Map<String, List<Path>> bundledLibraries() throws IOException {
        assertTrue(Files.isDirectory(JARS), "the build copies the bundled jars to " + JARS + " (mvn generate-resources)");
        Map<String, List<Path>> libraries = new TreeMap<>();
        try (Stream<Path> files = Files.walk(JARS)) {
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                Path version = JARS.relativize(jar).getParent();
                String artifact = version.getParent().getFileName().toString();
                String group = version.getParent().getParent().toString().replace(java.io.File.separatorChar, '.');
                libraries.computeIfAbsent(group + ":" + artifact + ":" + version.getFileName(), k -> new ArrayList<>())
                        .add(jar);
            }
        }
        return libraries;
    }

    /** A TrueType font's licence description: its name table's record 13, in English, for Windows. */
    static String licenceDescription(byte[] font) {
        ByteBuffer b = ByteBuffer.wrap(font);
        int tables = b.getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (new String(font, record, 4, StandardCharsets.US_ASCII).equals("name")) {
                int name = b.getInt(record + 8);
                int count = b.getShort(name + 2) & 0xffff;
                int strings = name + (b.getShort(name + 4) & 0xffff);
                for (int j = 0; j < count; j++) {
                    int r = name + 6 + 12 * j;
                    int platform = b.getShort(r) & 0xffff;
                    int language = b.getShort(r + 4) & 0xffff;
                    int id = b.getShort(r + 6) & 0xffff;
                    if (platform == 3 && language == 0x409 && id == 13) {
                        return new String(font, strings + (b.getShort(r + 10) & 0xffff), b.getShort(r + 8) & 0xffff,
                                StandardCharsets.UTF_16BE);
                    }
                }
            }
        }
        throw new AssertionError("no licence description in the font");
    }

    private static String trailingSpaceless(String text) {
        return text.replace("\r\n", "\n").replaceAll("[ \t]+\n", "\n").strip();
    }

    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
