package org.kickoff.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.kickoff.Fixtures;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.storage.ProjectFiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The installers' files in packaging/ agree with each other and with the program: the desktop entry opens
 * project files of the MIME type that the MIME definition gives to "*.kickoff" files and to what Kickoff
 * writes, and jpackage starts the right main class with an icon each system can read.
 */
class PackagingTest {

    private static final Path PACKAGING = Path.of("packaging");
    private static final String NS = "http://www.freedesktop.org/standards/shared-mime-info";

    @Test
    void desktopEntryOpensProjectFilesWithTheLauncher() throws IOException {
        Map<String, String> entry = desktopEntry();
        assertEquals("Application", entry.get("Type"));
        assertEquals("/opt/kickoff/bin/Kickoff %f", entry.get("Exec"), "the file double-clicked is the argument");
        assertEquals(mimeType() + ";", entry.get("MimeType"));
        assertTrue(entry.get("Categories").endsWith(";") && entry.get("Categories").contains("Development"));
        // the window manager matches the window to this entry (its icon, its task bar item) by class
        assertEquals(KickoffApp.class.getName(), entry.get("StartupWMClass"));
        assertEquals("/opt/kickoff/lib/Kickoff.png", entry.get("Icon"), "where jpackage puts the image's icon");
    }

    @Test
    void mimeTypeMatchesTheExtensionAndWhatKickoffWrites() throws Exception {
        Element type = mimeDefinition();
        Element glob = (Element) type.getElementsByTagNameNS(NS, "glob").item(0);
        assertEquals("*" + ProjectFiles.EXTENSION, glob.getAttribute("pattern"));

        Element match = (Element) type.getElementsByTagNameNS(NS, "match").item(0);
        int end = Integer.parseInt(match.getAttribute("offset").split(":")[1]);
        Questionnaire questionnaire = Fixtures.builtIn();
        Project fresh = Project.create("New", questionnaire.ref(), Instant.parse("2026-01-01T00:00:00Z"));
        List<byte[]> files = List.of(new ProjectFiles().toBytes(fresh, questionnaire),
                Files.readAllBytes(Path.of("resources/examples/example.kickoff")));
        for (byte[] file : files) {
            String head = new String(file, 0, Math.min(end + match.getAttribute("value").length(), file.length),
                    StandardCharsets.UTF_8);
            assertTrue(head.contains(match.getAttribute("value")), "the content magic must find: " + head);
        }
    }

    @Test
    void fileAssociationOfJpackageIsTheSameType() throws IOException {
        Properties association = new Properties();
        association.load(new StringReader(Files.readString(PACKAGING.resolve("kickoff-files.properties"))));
        assertEquals(ProjectFiles.EXTENSION.substring(1), association.getProperty("extension"));
        assertEquals(mimeType(), association.getProperty("mime-type"));
    }

    @Test
    void jpackageStartsMainFromTheOneJarWithEachSystemsIcon() throws IOException {
        List<String> image = arguments("image.args");
        assertEquals(Main.class.getName(), valueOf(image, "--main-class"));
        assertEquals("kickoff.jar", valueOf(image, "--main-jar"));
        Map<String, String> iconTypes = Map.of("linux", ".png", "windows", ".ico", "mac", ".icns");
        iconTypes.forEach((system, extension) -> {
            List<String> args = arguments(system + "-image.args");
            String icon = valueOf(args, "--icon");
            assertTrue(icon.endsWith(extension), system + ": " + icon);
            assertTrue(Files.isRegularFile(Path.of(icon)), icon);
        });
        for (String system : List.of("", "linux-", "windows-", "mac-")) {
            List<String> args = arguments(system + "installer.args");
            for (String option : List.of("--license-file", "--file-associations")) {
                if (args.contains(option)) {
                    assertTrue(Files.isRegularFile(Path.of(valueOf(args, option))), system + option);
                }
            }
        }
    }

    @Test
    void debScriptsRegisterTheMimeDefinitionThatIsPackaged() throws IOException {
        String installed = "/opt/kickoff/lib/kickoff-project.xml";
        assertTrue(Files.readString(PACKAGING.resolve("linux/postinst")).contains("xdg-mime install --novendor " + installed));
        assertTrue(Files.readString(PACKAGING.resolve("linux/prerm")).contains("xdg-mime uninstall --novendor " + installed));
        assertTrue(Files.readString(Path.of("pom.xml")).contains("packaging/linux/kickoff-project.xml"),
                "the build copies the definition into the image");
    }

    @Test
    void desktopEntryAndMimeTypePassTheValidatorsOfTheDesktops() throws Exception {
        // Debian 12's desktop-file-validate knows the specification's versions up to 1.4 (it refused 1.5)
        for (List<String> check : List.of(List.of("desktop-file-validate", "packaging/linux/kickoff.desktop"),
                List.of("xmllint", "--noout", "packaging/linux/kickoff-project.xml"))) {
            org.junit.jupiter.api.Assumptions.assumeTrue(onPath(check.get(0)), check.get(0) + " is not installed");
            Process process = new ProcessBuilder(check).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), String.join(" ", check) + ": " + out);
            assertEquals("", out.strip(), "no warning either: " + out);
        }
    }

    static boolean onPath(String program) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static String mimeType() {
        try {
            return mimeDefinition().getAttribute("type");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Element mimeDefinition() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(PACKAGING.resolve("linux/kickoff-project.xml").toFile());
        assertEquals("mime-info", xml.getDocumentElement().getLocalName());
        assertEquals(NS, xml.getDocumentElement().getNamespaceURI());
        return (Element) xml.getElementsByTagNameNS(NS, "mime-type").item(0);
    }

    private static Map<String, String> desktopEntry() throws IOException {
        List<String> lines = Files.readAllLines(PACKAGING.resolve("linux/kickoff.desktop"));
        assertEquals("[Desktop Entry]", lines.get(0));
        Map<String, String> entry = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int equals = line.indexOf('=');
            assertTrue(equals > 0, "not a key=value line: " + line);
            entry.put(line.substring(0, equals), line.substring(equals + 1));
        }
        return entry;
    }

    @Test
    void linuxLauncherStartsTheRuntimeWithWhatJpackageWrote(@org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        // installed where the path has a space and an ampersand (bash's replacement treats & specially)
        Path image = Files.createDirectories(temp.resolve("R&D tools/Kickoff"));
        Path bin = Files.createDirectories(image.resolve("bin"));
        Path app = Files.createDirectories(image.resolve("lib/app"));
        Path runtime = Files.createDirectories(image.resolve("lib/runtime/bin"));
        Files.copy(PACKAGING.resolve("linux/launcher.sh"), bin.resolve("Kickoff"));
        // what jpackage writes for the image (packaging/jpackage/*image.args)
        Files.writeString(app.resolve("Kickoff.cfg"), String.join("\n", "[Application]",
                "app.classpath=$APPDIR/kickoff.jar", "app.classpath=$APPDIR/more.jar",
                "app.mainclass=org.kickoff.app.Main", "", "[JavaOptions]",
                "java-options=-Djpackage.app-version=0.1.0", "java-options=-XX:TieredStopAtLevel=1",
                "java-options=-XX:SharedArchiveFile=$APPDIR/kickoff.jsa"));
        // a stand-in for the runtime's java: prints its arguments, one per line
        Path java = runtime.resolve("java");
        Files.writeString(java, "#!/bin/bash\nprintf '%s\\n' \"$@\"\n");
        for (Path script : List.of(bin.resolve("Kickoff"), java)) {
            script.toFile().setExecutable(true);
        }
        Process process = new ProcessBuilder(bin.resolve("Kickoff").toString(), "my project.kickoff", "--x")
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        String appDir = image.toRealPath().resolve("lib/app").toString();
        assertEquals(List.of("-Djpackage.app-version=0.1.0", "-XX:TieredStopAtLevel=1",
                "-XX:SharedArchiveFile=" + appDir + "/kickoff.jsa", "-cp",
                appDir + "/kickoff.jar:" + appDir + "/more.jar",
                "org.kickoff.app.Main", "my project.kickoff", "--x"), out.lines().toList());
    }

    /** jpackage's argument file: words, "quoted words", # comments. */
    private static List<String> arguments(String file) {
        List<String> words = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(PACKAGING.resolve("jpackage").resolve(file))) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                java.util.regex.Matcher word = java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
                while (word.find()) {
                    words.add(word.group(1) != null ? word.group(1) : word.group(2));
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return words;
    }

    private static String valueOf(List<String> args, String option) {
        int at = args.indexOf(option);
        assertTrue(at >= 0 && at + 1 < args.size(), "no " + option + " in " + args);
        return args.get(at + 1);
    }
}
