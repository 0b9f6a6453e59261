package org.kickoff.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb as Debian's rules want it: the description, the changelog, the machine-readable copyright
 * file, and what packaging/linux/finish-deb.sh does to jpackage's package. The whole package is checked
 * with lintian as src/site/markdown/releasing.md says; these checks run in every build.
 */
class DebianPackageTest {

    private static final Path LINUX = Path.of("packaging/linux");

    @Test
    void theDescriptionFitsDebiansRules() throws IOException {
        List<String> control = Files.readAllLines(LINUX.resolve("control"));
        int at = indexOfPrefix(control, "Description: ");
        String synopsis = control.get(at).substring("Description: ".length());
        assertTrue(synopsis.length() <= 80, synopsis);
        assertFalse(synopsis.matches("(?i)(a|an|the) .*"), "a synopsis starts without an article: " + synopsis);
        assertFalse(synopsis.toLowerCase(java.util.Locale.ROOT).startsWith("kickoff"), "nor with the package's name");
        List<String> extended = new ArrayList<>();
        for (String line : control.subList(at + 1, control.size())) {
            if (!line.startsWith(" ")) {
                break;
            }
            extended.add(line);
        }
        assertTrue(extended.size() >= 5, "an extended description follows");
        for (String line : extended) {
            assertTrue(line.length() <= 80, "within 80 columns: " + line);
        }
    }

    @Test
    void theChangelogsNewestEntryIsThisVersion() throws IOException {
        List<String> changelog = Files.readAllLines(LINUX.resolve("changelog"));
        assertEquals(packageName() + " (" + pomVersion() + "-1) unstable; urgency=medium", changelog.get(0),
                "a new version needs its entry in packaging/linux/changelog (releasing.md)");
        String signature = changelog.stream().filter(l -> l.startsWith(" -- ")).findFirst().orElseThrow();
        assertTrue(signature.matches(" -- .+ <[^>]+>  \\w{3}, \\d{2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}"),
                signature);
    }

    @Test
    void theCopyrightFileIsMachineReadableAndNamesEveryLibrary(@TempDir Path temp) throws Exception {
        Path runtime = Files.createDirectories(temp.resolve("runtime"));
        Files.writeString(runtime.resolve("release"), "JAVA_VERSION=\"17.0.15\"\nMODULES=\"java.base javafx.base\"\n");
        Path copyright = temp.resolve("copyright");
        String out = run(List.of(java(), "packaging/notices/Notices.java", "debian-copyright",
                "target/notices/dependencies.tsv", runtime.toString(), copyright.toString()));
        String text = Files.readString(copyright);
        assertTrue(text.startsWith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"), out);

        List<List<String>> paragraphs = new ArrayList<>();
        for (String paragraph : text.strip().split("\n\n")) {
            List<String> lines = paragraph.lines().toList();
            for (String line : lines) {
                assertTrue(line.matches("[A-Z][A-Za-z-]*:.*") || line.startsWith(" "), "a field or its continuation: "
                        + line);
                assertFalse(line.contains("\t") || line.equals(" "), "an empty line is \" .\": " + line);
            }
            paragraphs.add(lines);
        }
        Set<String> used = new LinkedHashSet<>();
        Set<String> defined = new LinkedHashSet<>();
        for (List<String> paragraph : paragraphs.subList(1, paragraphs.size())) {
            String licence = paragraph.stream().filter(l -> l.startsWith("License: ")).findFirst().orElseThrow()
                    .substring("License: ".length());
            if (paragraph.get(0).startsWith("Files: ")) {
                assertTrue(paragraph.stream().anyMatch(l -> l.startsWith("Copyright: ")), paragraph.get(0));
                used.addAll(List.of(licence.split(" and ")));
            } else {
                assertTrue(paragraph.size() > 1, "a licence paragraph has the text or where it is: " + licence);
                assertTrue(defined.add(licence), "each licence once: " + licence);
            }
        }
        assertEquals(used, defined, "every licence used has its text, and no other");

        String jarFiles = "Files: opt/" + packageName() + "/lib/app/kickoff.jar";
        String jar = paragraphs.stream().filter(p -> p.get(0).equals(jarFiles))
                .findFirst().orElseThrow().stream().reduce("", (a, b) -> a + " " + b.strip());
        for (String library : Files.readAllLines(Path.of("target/notices/dependencies.tsv"))) {
            String[] field = library.split("\t");
            if (field[0].equals("io.github.openhtmltopdf")) {
                assertTrue(text.contains("\nFiles: opt/" + packageName() + "/lib/app/" + field[1] + "-" + field[2] + ".jar\n"),
                        "the LGPL library is its own jar: " + field[1]);
            } else {
                assertTrue(jar.contains(field[3] + " " + field[2]), "kickoff.jar's entry names " + field[3]);
            }
        }
    }

    @Test
    void finishingMakesJpackagesPackageOneDebianAccepts(@TempDir Path temp) throws Exception {
        assumeTrue(PackagingTest.onPath("dpkg-deb") && PackagingTest.onPath("bash"), "needs dpkg-deb (Debian)");
        String name = packageName();
        // what jpackage makes, in small: the LICENSE under /opt, an executable library, do-nothing scripts
        Path root = temp.resolve("root");
        Path debian = Files.createDirectories(root.resolve("DEBIAN"));
        Files.writeString(debian.resolve("control"), control(name, pomVersion() + "-1",
                "Depends: libc6, libgtk-3-0, xdg-utils, libgtk-3-0"));
        Files.writeString(debian.resolve("preinst"), "#!/bin/sh\nset -e\ncase \"$1\" in\n    install|upgrade)\n    ;;\n"
                + "    *)\n        echo \"preinst called with unknown argument \\`$1'\" >&2\n        exit 1\n    ;;\nesac\n"
                + "exit 0\n");
        Files.writeString(debian.resolve("postinst"), "#!/bin/sh\nset -e\nxdg-mime install x.xml || true\nexit 0\n");
        Path opt = root.resolve("opt").resolve(name);
        Files.createDirectories(opt.resolve("share/doc"));
        Files.writeString(opt.resolve("share/doc/copyright"), "MIT License\n");
        Path library = Files.createDirectories(opt.resolve("lib")).resolve("libapplauncher.so");
        Files.write(library, new byte[2000]);
        for (Path script : List.of(debian.resolve("preinst"), debian.resolve("postinst"), library)) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path deb = temp.resolve("kickoff.deb");
        run(List.of("dpkg-deb", "--root-owner-group", "--build", root.toString(), deb.toString()));
        Path copyright = Files.writeString(temp.resolve("copyright"), "Format: test\n");

        run(List.of("bash", "packaging/linux/finish-deb.sh", deb.toString(), copyright.toString()));

        String contents = run(List.of("dpkg-deb", "--contents", deb.toString()));
        String doc = "usr/share/doc/" + name + "/";
        assertTrue(contents.matches("(?s).*-rw-r--r-- root/root +\\d+ .* \\./" + doc + "copyright\n.*"), contents);
        assertTrue(contents.contains("./" + doc + "changelog.Debian.gz"), contents);
        assertTrue(contents.contains("./usr/share/lintian/overrides/" + name + "\n"), contents);
        // the command keeps Kickoff's name, whatever the package is called
        assertTrue(contents.contains("./usr/bin/kickoff -> /opt/" + name + "/bin/Kickoff"), contents);
        assertTrue(contents.matches("(?s).*-rw-r--r-- root/root +2000 .* \\./opt/" + name
                + "/lib/libapplauncher\\.so\n.*"), "a shared library is not executable: " + contents);
        assertFalse(contents.contains("./opt/" + name + "/share"), "no documents under /opt: " + contents);

        Path out = temp.resolve("out");
        run(List.of("dpkg-deb", "-R", deb.toString(), out.toString()));
        assertEquals("Format: test\n", Files.readString(out.resolve(doc + "copyright")));
        String control = Files.readString(out.resolve("DEBIAN/control"));
        assertTrue(control.contains("\nDepends: libc6, libgtk-3-0, xdg-utils\n"), "each dependency once: " + control);
        assertTrue(control.contains("\nInstalled-Size: "), control);
        assertFalse(Files.exists(out.resolve("DEBIAN/preinst")), "a script that does nothing is left out");
        assertTrue(Files.exists(out.resolve("DEBIAN/postinst")), "one that does something stays");
        String md5sums = Files.readString(out.resolve("DEBIAN/md5sums"));
        assertTrue(md5sums.contains("  " + doc + "copyright\n") && md5sums.contains("  opt/" + name
                + "/lib/libapplauncher.so\n"), md5sums);
    }

    @Test
    void finishingOverridesOnlyTheRuntimesOwnCopiesOfSystemLibraries(@TempDir Path temp) throws Exception {
        assumeTrue(PackagingTest.onPath("dpkg-deb") && PackagingTest.onPath("bash") && PackagingTest.onPath("readelf"),
                "needs dpkg-deb and readelf (Debian)");
        // real shared libraries of this machine: one linked to the system's zlib, one that is not
        List<Path> libraries = new ArrayList<>();
        try (var found = Files.list(Path.of(System.getProperty("java.home"), "lib"))) {
            found.filter(p -> p.toString().endsWith(".so")).sorted().forEach(libraries::add);
        }
        for (String system : List.of("/usr/lib/x86_64-linux-gnu/libpng16.so.16", "/usr/lib/aarch64-linux-gnu/libpng16.so.16")) {
            libraries.add(Path.of(system));
        }
        Path linked = null;
        Path own = null;
        for (Path library : libraries) {
            if (Files.isRegularFile(library)) {
                boolean needsZlib = run(List.of("readelf", "-d", library.toString())).matches("(?s).*\\(NEEDED\\).*\\[libz\\.so.*");
                if (needsZlib && linked == null) {
                    linked = library;
                } else if (!needsZlib && own == null) {
                    own = library;
                }
            }
        }
        assumeTrue(linked != null && own != null, "needs a library that links zlib and one that does not");
        String name = packageName();
        Path root = temp.resolve("root");
        Path debian = Files.createDirectories(root.resolve("DEBIAN"));
        Files.writeString(debian.resolve("control"), control(name, pomVersion() + "-1", "Depends: libc6"));
        Path runtime = Files.createDirectories(root.resolve("opt/" + name + "/lib/runtime/lib"));
        Files.copy(linked, runtime.resolve("libzip.so")); // as Debian's OpenJDK makes it
        Files.copy(own, runtime.resolve("libjli.so")); // as Temurin makes it, with zlib inside
        Path deb = temp.resolve("kickoff.deb");
        run(List.of("dpkg-deb", "--root-owner-group", "--build", root.toString(), deb.toString()));
        run(List.of("bash", "packaging/linux/finish-deb.sh", deb.toString(),
                Files.writeString(temp.resolve("copyright"), "x\n").toString()));

        Path out = temp.resolve("out");
        run(List.of("dpkg-deb", "-x", deb.toString(), out.toString()));
        List<String> overrides = Files.readAllLines(out.resolve("usr/share/lintian/overrides/" + name));
        assertTrue(overrides.contains(name + ": embedded-library zlib [opt/" + name + "/lib/runtime/lib/libjli.so]"),
                String.join("\n", overrides));
        assertFalse(overrides.stream().anyMatch(l -> l.contains("libzip.so")), "libzip.so uses the system's zlib");
        assertTrue(overrides.containsAll(Files.readAllLines(LINUX.resolve("lintian-overrides"))), "and the others");
    }

    @Test
    void finishingRefusesAPackageWhoseVersionTheChangelogDoesNotName(@TempDir Path temp) throws Exception {
        assumeTrue(PackagingTest.onPath("dpkg-deb") && PackagingTest.onPath("bash"), "needs dpkg-deb (Debian)");
        Path root = Files.createDirectories(temp.resolve("root/DEBIAN"));
        Files.writeString(root.resolve("control"), control(packageName(), "9.9.9-1", "Depends: libc6"));
        String out = finishFails(temp, root.getParent());
        assertTrue(out.contains("packaging/linux/changelog has no entry for 9.9.9-1"), out);
    }

    @Test
    void finishingRefusesScriptsWithWordsJpackageDidNotFillIn(@TempDir Path temp) throws Exception {
        assumeTrue(PackagingTest.onPath("dpkg-deb") && PackagingTest.onPath("bash"), "needs dpkg-deb (Debian)");
        // Java 17's name of the helper functions that a Java 25 jpackage no longer fills in: as a command,
        // it would make "apt remove" fail
        Path root = Files.createDirectories(temp.resolve("root/DEBIAN"));
        Files.writeString(root.resolve("control"), control(packageName(), pomVersion() + "-1", "Depends: libc6"));
        Path prerm = Files.writeString(root.resolve("prerm"), "#!/bin/sh\nset -e\n\nUTILITY_SCRIPTS\n\nexit 0\n");
        Files.setPosixFilePermissions(prerm, PosixFilePermissions.fromString("rwxr-xr-x"));
        String out = finishFails(temp, root.getParent());
        assertTrue(out.contains("DEBIAN/prerm has words jpackage did not fill in") && out.contains("UTILITY_SCRIPTS"),
                out);
    }

    @Test
    void theTemplatesTakeTheHelpersOfTheJpackageThatBuilds(@TempDir Path temp) throws Exception {
        Path jdk = Path.of(System.getProperty("java.home"));
        assumeTrue(PackagingTest.onPath("bash") && Files.isExecutable(jdk.resolve("bin/jimage"))
                && Files.isExecutable(jdk.resolve("bin/jpackage")), "needs bash and a JDK with jpackage");
        run(List.of("bash", "packaging/linux/deb-templates.sh", jdk.toString(), temp.toString()));

        // this JDK's own templates, as jpackage has them
        Path own = temp.resolve("own");
        run(List.of(jdk.resolve("bin/jimage").toString(), "extract", "--dir", own.toString(), "--include",
                "regex:.*/jdk/jpackage/internal/resources/template\\.(prerm|control)", jdk.resolve("lib/modules").toString()));
        Path resources;
        try (var found = Files.walk(own)) {
            resources = found.filter(p -> p.endsWith("template.prerm")).findFirst().orElseThrow().getParent();
        }
        List<String> ownPrerm = Files.readAllLines(resources.resolve("template.prerm"));
        List<String> helpers = ownPrerm.subList(0, ownPrerm.indexOf("case \"$1\" in")).stream()
                .filter(l -> l.matches("[A-Z][A-Z_]*[A-Z]|package_type=.*")).toList();
        assertFalse(helpers.isEmpty(), "jpackage's prerm defines helpers for its uninstall commands: " + ownPrerm);

        List<String> prerm = Files.readAllLines(temp.resolve("prerm"));
        assertFalse(prerm.contains("JPACKAGE_HELPERS"), String.join("\n", prerm));
        int at = prerm.indexOf(helpers.get(0));
        assertEquals(helpers, prerm.subList(at, at + helpers.size()), "this jpackage's helpers, in its order");
        assertTrue(prerm.indexOf("DESKTOP_COMMANDS_UNINSTALL") > at, "before the commands that use them");
        assertFalse(Files.readAllLines(temp.resolve("postinst")).contains("JPACKAGE_HELPERS"));
        String version = Files.readAllLines(resources.resolve("template.control")).stream()
                .filter(l -> l.startsWith("Version: ")).findFirst().orElseThrow();
        assertTrue(Files.readAllLines(temp.resolve("control")).contains(version), "this jpackage's version words");
    }

    @Test
    void thePackageTakesThePlaceOfItsFirstBuildsNamedKickoffOnly() throws IOException {
        // Debian's "kickoff" (a job scheduler, 0.1.1) shares no file with Kickoff, so it may stay installed;
        // Kickoff's own first builds were "kickoff" 0.1.0-1 and have /usr/bin/kickoff
        List<String> control = Files.readAllLines(LINUX.resolve("control"));
        assertTrue(control.contains("Conflicts: kickoff (= 0.1.0-1)"), String.join("\n", control));
        assertTrue(control.contains("Replaces: kickoff (= 0.1.0-1)"), String.join("\n", control));
        assertFalse(control.stream().anyMatch(l -> l.startsWith("Provides:")),
                "it must not stand in for another package called kickoff");
        assertTrue(!packageName().equals("kickoff") && packageName().matches("[a-z0-9][a-z0-9+.-]+"), packageName());
    }

    private static String control(String name, String version, String depends) {
        return String.join("\n", "Package: " + name, "Version: " + version, "Architecture: all",
                "Maintainer: K <k@example.org>", depends, "Installed-Size: 1", "Description: test package",
                " for the finishing script", "");
    }

    private static String finishFails(Path temp, Path root) throws Exception {
        Path deb = temp.resolve("kickoff.deb");
        run(List.of("dpkg-deb", "--root-owner-group", "--build", root.toString(), deb.toString()));
        Process finish = new ProcessBuilder("bash", "packaging/linux/finish-deb.sh", deb.toString(),
                Files.writeString(temp.resolve("copyright"), "x\n").toString()).redirectErrorStream(true).start();
        String out = new String(finish.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, finish.waitFor(), out);
        return out;
    }

    /** The .deb's name, as jpackage is told it (packaging/jpackage/linux-installer.args). */
    static String packageName() throws IOException {
        Matcher m = Pattern.compile("(?m)^--linux-package-name (\\S+)$")
                .matcher(Files.readString(Path.of("packaging/jpackage/linux-installer.args")));
        assertTrue(m.find());
        return m.group(1);
    }

    static String pomVersion() throws IOException {
        Matcher m = Pattern.compile("<artifactId>kickoff</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find());
        return m.group(1);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int indexOfPrefix(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no " + prefix);
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + ":\n" + out);
        return out;
    }
}
