package org.kickoff.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        String opt = "/opt/" + DebianPackageTest.packageName();
        assertEquals("Application", entry.get("Type"));
        assertEquals(opt + "/bin/Kickoff %f", entry.get("Exec"), "the file double-clicked is the argument");
        assertEquals(mimeType() + ";", entry.get("MimeType"));
        assertTrue(entry.get("Categories").endsWith(";") && entry.get("Categories").contains("Development"));
        // the window manager matches the window to this entry (its icon, its task bar item) by class
        assertEquals(KickoffApp.class.getName(), entry.get("StartupWMClass"));
        assertEquals(opt + "/lib/Kickoff.png", entry.get("Icon"), "where jpackage puts the image's icon");
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
        String installed = "/opt/" + DebianPackageTest.packageName() + "/lib/kickoff-project.xml";
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

    @Test
    void everyPathIntoOptIsThePackagesFolder() throws IOException {
        // jpackage installs into /opt/<package name>; each file that names the folder must name that one
        String name = DebianPackageTest.packageName();
        List<Path> files = List.of(PACKAGING.resolve("linux/kickoff.desktop"), PACKAGING.resolve("linux/postinst"),
                PACKAGING.resolve("linux/prerm"), PACKAGING.resolve("linux/lintian-overrides"),
                PACKAGING.resolve("linux/finish-deb.sh"), PACKAGING.resolve("linux/check-deb.sh"),
                PACKAGING.resolve("notices/Notices.java"), PACKAGING.resolve("jpackage/cds-image.args"));
        int paths = 0;
        for (Path file : files) {
            java.util.regex.Matcher opt = java.util.regex.Pattern.compile("(?<![\\w.])/?opt/([\\w$+-]+)")
                    .matcher(Files.readString(file));
            while (opt.find()) {
                assertTrue(List.of(name, "PACKAGE", "$package").contains(opt.group(1)), file + ": " + opt.group());
                paths++;
            }
        }
        assertTrue(paths > 10, "the files name the folder: " + paths);
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
        // installed where the path has a space and an ampersand (bash's replacement treats & specially);
        // what jpackage writes for the image (packaging/jpackage/*image.args)
        Path image = launcherImage(temp, "app.classpath=$APPDIR/kickoff.jar", "app.classpath=$APPDIR/more.jar",
                "app.mainclass=org.kickoff.app.Main", "", "[JavaOptions]",
                "java-options=-Djpackage.app-version=0.1.0", "java-options=-XX:TieredStopAtLevel=1",
                "java-options=-XX:SharedArchiveFile=$APPDIR/kickoff.jsa");
        Path bin = image.resolve("bin");
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

    @Test
    void trainingMakesTheAheadOfTimeCacheWithTheLaunchersOwnOptions(@org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Path image = Files.createDirectories(temp.resolve("R&D tools/Kickoff"));
        Path app = Files.createDirectories(image.resolve("lib/app"));
        Path runtime = Files.createDirectories(image.resolve("lib/runtime/bin"));
        // what jpackage writes with aot-image.args
        Files.writeString(app.resolve("Kickoff.cfg"), String.join("\n", "[Application]",
                "app.classpath=$APPDIR/kickoff.jar", "app.mainclass=org.kickoff.app.Main",
                "app.classpath=$APPDIR/more.jar", "", "[JavaOptions]", "java-options=-XX:TieredStopAtLevel=1",
                "java-options=--enable-native-access=javafx.graphics", "java-options=-XX:AOTCache=$APPDIR/kickoff.aot",
                "java-options=-Xlog:aot=off", ""));
        // a stand-in for the runtime's java: logs its arguments and does what each AOT mode leaves behind
        Path log = temp.resolve("java.log");
        Files.writeString(runtime.resolve("java"), String.join("\n", "#!/bin/bash",
                "printf '%s|' \"$@\" >> '" + log + "'; echo >> '" + log + "'",
                "for a in \"$@\"; do case $a in",
                "  -XX:AOTConfiguration=*) conf=${a#*=} ;; -XX:AOTCache=*) cache=${a#*=} ;; -XX:AOTMode=*) mode=${a#*=} ;;",
                "esac; done",
                "case $mode in",
                "  record) echo 'kickoff-first-frame 900 1'; echo trained > \"$conf\" ;;",
                "  create) [ -s \"$conf\" ] && echo cache > \"$cache\" ;;",
                "  on) [ -s \"$cache\" ] ;;",
                "esac", ""));
        runtime.resolve("java").toFile().setExecutable(true);
        Path example = Files.writeString(temp.resolve("example.kickoff"), "{}\n");

        ProcessBuilder train = new ProcessBuilder("bash", "packaging/linux/train.sh", image.toString(), example.toString())
                .redirectErrorStream(true);
        train.environment().put("DISPLAY", ":99");
        Process process = train.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);

        String appDir = image.resolve("lib/app").toString();
        assertEquals("cache\n", Files.readString(app.resolve("kickoff.aot")), out);
        assertTrue(out.contains("ahead-of-time cache: " + appDir + "/kickoff.aot"), out);
        List<List<String>> runs = Files.readAllLines(log).stream().map(l -> List.of(l.split("\\|"))).toList();
        assertEquals(6, runs.size(), "record, create, check, for the window and for the commands: " + runs);
        List<String> options = List.of("-XX:TieredStopAtLevel=1", "--enable-native-access=javafx.graphics",
                "-Xlog:aot=off");
        String classPath = appDir + "/kickoff.jar:" + appDir + "/more.jar";
        for (List<String> run : runs) {
            assertEquals(options, run.subList(0, options.size()), "exactly the launcher's options: " + run);
            assertEquals(classPath, run.get(run.indexOf("-cp") + 1), "and its class path: " + run);
        }
        assertEquals("-XX:AOTMode=record", runs.get(0).get(options.size()));
        assertFalse(runs.get(0).stream().anyMatch(a -> a.startsWith("-XX:AOTCache=")), "Java 25 refuses it in record mode");
        assertEquals("org.kickoff.app.Main", runs.get(0).get(runs.get(0).size() - 2), "the window, with the example");
        assertEquals("-XX:AOTMode=create", runs.get(1).get(options.size()));
        assertEquals(List.of("-XX:AOTMode=on", "-XX:AOTCache=" + appDir + "/kickoff.aot"),
                runs.get(2).subList(options.size(), options.size() + 2), "the check fails if the JVM refuses the cache");
        // the commands' cache: trained on a PDF export of the example, made and checked the same way
        assertEquals("-XX:AOTMode=record", runs.get(3).get(options.size()));
        assertEquals(List.of("org.kickoff.app.Main", "export"), runs.get(3).subList(runs.get(3).indexOf("-cp") + 2,
                runs.get(3).indexOf("-cp") + 4));
        assertTrue(runs.get(3).containsAll(List.of("--format", "pdf", "--document", "full")), runs.get(3).toString());
        assertEquals("-XX:AOTMode=create", runs.get(4).get(options.size()));
        assertEquals(List.of("-XX:AOTMode=on", "-XX:AOTCache=" + appDir + "/kickoff-cli.aot"),
                runs.get(5).subList(options.size(), options.size() + 2));
        assertEquals("cache\n", Files.readString(app.resolve("kickoff-cli.aot")), out);
    }

    @Test
    void theLauncherStartsACommandFromTheCommandsCacheAndTheWindowFromItsOwn(@org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Path image = launcherImage(temp, "app.classpath=$APPDIR/kickoff.jar", "app.mainclass=org.kickoff.app.Main", "",
                "[JavaOptions]", "java-options=-XX:TieredStopAtLevel=1", "java-options=-XX:AOTCache=$APPDIR/kickoff.aot",
                "java-options=-Xlog:aot=off", "");
        Path bin = image.resolve("bin");
        Path app = image.resolve("lib/app");
        Files.writeString(app.resolve("kickoff.aot"), "window\n");
        Path project = Files.writeString(temp.resolve("plan.json"), "{}");
        String appDir = image.toRealPath().resolve("lib/app").toString();
        String window = "-XX:AOTCache=" + appDir + "/kickoff.aot";
        String commands = "-XX:AOTCache=" + appDir + "/kickoff-cli.aot";

        assertEquals(window, cacheOption(bin, List.of("export", "x.kickoff")), "no commands' cache built: the window's");
        Files.writeString(app.resolve("kickoff-cli.aot"), "commands\n");
        assertEquals(window, cacheOption(bin, List.of()), "the window");
        assertEquals(window, cacheOption(bin, List.of("my plan.kickoff")), "the window with a project");
        assertEquals(window, cacheOption(bin, List.of(project.toString())), "the window with a file of another name");
        assertEquals(commands, cacheOption(bin, List.of("export", "my plan.kickoff", "--format", "pdf")));
        assertEquals(commands, cacheOption(bin, List.of("--version")));
        assertEquals(commands, cacheOption(bin, List.of("validate")), "a command without its file still is one");
    }

    /**
     * An application image with the Linux launcher, the configuration lines after "[Application]" as jpackage
     * would write them, and a stand-in for the runtime's java that prints its arguments, one per line.
     */
    private static Path launcherImage(Path temp, String... configuration) throws IOException {
        Path image = Files.createDirectories(temp.resolve("R&D tools/Kickoff"));
        Path bin = Files.createDirectories(image.resolve("bin"));
        Path app = Files.createDirectories(image.resolve("lib/app"));
        Path runtime = Files.createDirectories(image.resolve("lib/runtime/bin"));
        Files.copy(PACKAGING.resolve("linux/launcher.sh"), bin.resolve("Kickoff"));
        List<String> lines = new java.util.ArrayList<>(List.of("[Application]"));
        lines.addAll(List.of(configuration));
        Files.writeString(app.resolve("Kickoff.cfg"), String.join("\n", lines));
        Path java = runtime.resolve("java");
        Files.writeString(java, "#!/bin/bash\nprintf '%s\\n' \"$@\"\n");
        for (Path script : List.of(bin.resolve("Kickoff"), java)) {
            script.toFile().setExecutable(true);
        }
        return image;
    }

    /** The launcher's -XX:AOTCache option for these arguments. */
    private static String cacheOption(Path bin, List<String> args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(bin.resolve("Kickoff").toString()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        List<String> caches = out.lines().filter(l -> l.startsWith("-XX:AOTCache=")).toList();
        assertEquals(1, caches.size(), out);
        assertTrue(out.lines().toList().containsAll(args), "the arguments passed on unchanged: " + out);
        return caches.get(0);
    }

    @Test
    void theImageIsBuiltWithTheNewestJdkThatHasTheAheadOfTimeCache(@org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        String arch = System.getProperty("os.arch");
        Path newest = fakeJdk(temp.resolve("jdk-99"), "99.0.1", arch);
        Path older = fakeJdk(temp.resolve("jdk-98"), "98.0.4", arch);
        Path earlyAccess = fakeJdk(temp.resolve("jdk-100"), "100-ea", arch);
        Path otherMachine = fakeJdk(temp.resolve("jdk-101"), "101", "sparcv9");
        Path java17 = fakeJdk(temp.resolve("jdk-17"), "17.0.15", arch);
        StringBuilder toolchains = new StringBuilder("<toolchains>");
        for (Path jdk : List.of(older, earlyAccess, newest, otherMachine, java17)) {
            toolchains.append("<toolchain><type>jdk</type><provides><version>x</version></provides>")
                    .append("<configuration><jdkHome>").append(jdk).append("</jdkHome></configuration></toolchain>");
        }
        Path file = Files.writeString(temp.resolve("toolchains.xml"), toolchains.append("</toolchains>").toString());

        assertEquals(Map.of("package.jdk.home", newest.toRealPath().toString(), "package.jdk.version", "99",
                "package.aot", "true"), findJdk(temp, "", file.toString()), "from the toolchains, however they are listed");
        assertEquals(Map.of("package.jdk.home", java17.toRealPath().toString(), "package.jdk.version", "17",
                "package.aot", "false"), findJdk(temp, java17.toString(), file.toString()),
                "-Dpackage.jdk wins, and a Java 17 runtime gets the class-data archive");
        Process refused = new ProcessBuilder(java(), "packaging/jdk/FindJdk.java", temp.resolve("x").toString(),
                temp.toString()).redirectErrorStream(true).start();
        String out = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, refused.waitFor(), out);
        assertTrue(out.contains("is not a JDK with jlink and jpackage"), out);
    }

    private static Path fakeJdk(Path home, String version, String arch) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        for (String tool : List.of("java", "jlink", "jpackage")) {
            Files.writeString(home.resolve("bin").resolve(tool), "");
        }
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\nOS_ARCH=\"" + arch + "\"\n");
        return home;
    }

    private static Map<String, String> findJdk(Path temp, String requested, String toolchains) throws Exception {
        Path out = temp.resolve("jdk.properties");
        Process process = new ProcessBuilder(java(), "packaging/jdk/FindJdk.java", out.toString(), requested, toolchains)
                .redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), log);
        Properties found = new Properties();
        try (var in = Files.newInputStream(out)) {
            found.load(in);
        }
        Map<String, String> values = new java.util.TreeMap<>();
        found.forEach((k, v) -> values.put((String) k, (String) v));
        return values;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
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
