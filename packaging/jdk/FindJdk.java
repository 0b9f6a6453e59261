import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Chooses the JDK whose jlink, jpackage and java make the application image (the package profile runs it
 * as a single-file program with the build's own Java). Kickoff compiles for Java 17, but the image brings its
 * own runtime, and from Java 24 on that runtime can start from an ahead-of-time cache (JEP 483; with Java 25
 * also method profiles, JEP 515) made by a training run: so the newest JDK 24 or later that it finds, else
 * the build's own JDK, whose image then gets the class-data archive of Java 17.
 *
 * <pre>
 * java packaging/jdk/FindJdk.java OUT.properties REQUESTED_JDK TOOLCHAINS.xml...
 * </pre>
 *
 * REQUESTED_JDK is the folder of -Dpackage.jdk (empty: look for one); it is taken as it is, whatever its
 * version, so {@code -Dpackage.jdk=$JAVA_HOME} builds the Java 17 image. Otherwise the candidates are the
 * JDKs of the Maven toolchains files given ({@code <type>jdk</type>}, {@code <jdkHome>}), the JAVA_HOME
 * variables ({@code JAVA_HOME}, and {@code JAVA_HOME_25_X64} and the like of CI runners), and the usual
 * install folders of Linux, macOS, Windows, SDKMAN! and IntelliJ. A candidate counts if it is a JDK of this
 * system's architecture with jlink and jpackage and a release that is not an early-access build. Writes
 * {@code package.jdk.home}, {@code package.jdk.version} (the feature version) and {@code package.aot} (true
 * for 24 or later) and says on standard error what it chose and why.
 */
public final class FindJdk {

    /** The first Java with the ahead-of-time cache (JEP 483). */
    static final int AOT_FEATURE = 24;

    private FindJdk() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: FindJdk OUT.properties REQUESTED_JDK [TOOLCHAINS.xml...]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        String requested = args[1].strip();
        Jdk chosen;
        String why;
        if (!requested.isEmpty() && !requested.startsWith("${")) {
            chosen = Jdk.at(Path.of(requested)).orElse(null);
            if (chosen == null) {
                System.err.println("FindJdk: -Dpackage.jdk=" + requested + " is not a JDK with jlink and jpackage");
                System.exit(1);
                return;
            }
            why = "as -Dpackage.jdk asks";
        } else {
            List<Path> toolchains = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                toolchains.add(Path.of(args[i]));
            }
            Set<Path> candidates = candidates(toolchains, System.getenv(), Path.of(System.getProperty("user.home")));
            Optional<Jdk> newest = newestWithAot(candidates);
            if (newest.isPresent()) {
                chosen = newest.get();
                why = "the newest JDK " + AOT_FEATURE + " or later found";
            } else {
                chosen = Jdk.at(Path.of(System.getProperty("java.home"))).orElseThrow(
                        () -> new IllegalStateException("the build's own Java has no jlink or jpackage"));
                why = "no JDK " + AOT_FEATURE + " or later found (Maven toolchains, JAVA_HOME*, the usual folders; "
                        + "-Dpackage.jdk=FOLDER names one), so the build's own";
            }
        }
        boolean aot = chosen.feature() >= AOT_FEATURE;
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, "package.jdk.home=" + escape(chosen.home().toString()) + "\n"
                + "package.jdk.version=" + chosen.feature() + "\n"
                + "package.aot=" + aot + "\n", StandardCharsets.ISO_8859_1);
        System.err.println("FindJdk: packaging with JDK " + chosen.version() + " at " + chosen.home() + ", " + why
                + "; start-up from " + (aot ? "an ahead-of-time cache" : "a class-data archive"));
    }

    static Optional<Jdk> newestWithAot(Set<Path> candidates) {
        return candidates.stream().map(Jdk::at).flatMap(Optional::stream)
                .filter(jdk -> jdk.feature() >= AOT_FEATURE)
                .max(Comparator.comparing(Jdk::feature).thenComparing(Jdk::version, FindJdk::compareVersions));
    }

    /** Where JDKs are usually found, in order; folders that do not exist are left out later. */
    static Set<Path> candidates(List<Path> toolchains, Map<String, String> env, Path home) {
        Set<Path> found = new LinkedHashSet<>();
        for (Path file : toolchains) {
            found.addAll(toolchainJdks(file));
        }
        env.forEach((name, value) -> {
            if (name.matches("JAVA_HOME(_\\w+)?|JDK_HOME") && !value.isBlank()) {
                found.add(Path.of(value));
            }
        });
        List<Path> parents = List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/java"), Path.of("/opt/java"),
                Path.of("/Library/Java/JavaVirtualMachines"), home.resolve("Library/Java/JavaVirtualMachines"),
                Path.of(env.getOrDefault("ProgramFiles", "C:\\Program Files"), "Java"),
                Path.of(env.getOrDefault("ProgramFiles", "C:\\Program Files"), "Eclipse Adoptium"),
                Path.of(env.getOrDefault("ProgramFiles", "C:\\Program Files"), "Microsoft"),
                Path.of(env.getOrDefault("ProgramFiles", "C:\\Program Files"), "Zulu"),
                home.resolve(".sdkman/candidates/java"), home.resolve(".jdks"));
        for (Path parent : parents) {
            if (!Files.isDirectory(parent)) {
                continue;
            }
            try (DirectoryStream<Path> children = Files.newDirectoryStream(parent)) {
                for (Path child : children) {
                    found.add(child);
                    found.add(child.resolve("Contents/Home")); // macOS bundles
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    /** The jdkHome of each JDK toolchain in a Maven toolchains.xml; none if the file does not exist. */
    static List<Path> toolchainJdks(Path file) {
        List<Path> homes = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return homes;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList toolchains = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("toolchain");
            for (int i = 0; i < toolchains.getLength(); i++) {
                Element toolchain = (Element) toolchains.item(i);
                NodeList type = toolchain.getElementsByTagName("type");
                NodeList jdkHome = toolchain.getElementsByTagName("jdkHome");
                if (type.getLength() > 0 && "jdk".equals(type.item(0).getTextContent().strip())
                        && jdkHome.getLength() > 0) {
                    homes.add(Path.of(jdkHome.item(0).getTextContent().strip()));
                }
            }
        } catch (Exception e) {
            System.err.println("FindJdk: " + file + " is left out, it cannot be read: " + e.getMessage());
        }
        return homes;
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("[.+-]");
        String[] y = b.split("[.+-]");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static String escape(String path) {
        return path.replace("\\", "\\\\").replace(":", "\\:");
    }

    /** A JDK with jlink and jpackage for this system's architecture, described by its release file. */
    record Jdk(Path home, String version, int feature) {

        private static final Pattern VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)([^\"]*)\"");
        private static final Pattern ARCH = Pattern.compile("(?m)^OS_ARCH=\"([^\"]*)\"");

        static Optional<Jdk> at(Path home) {
            Path release = home.resolve("release");
            if (!Files.isRegularFile(release) || !tool(home, "jlink") || !tool(home, "jpackage") || !tool(home, "java")) {
                return Optional.empty();
            }
            String text;
            try {
                text = Files.readString(release, StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                return Optional.empty();
            }
            Matcher version = VERSION.matcher(text);
            if (!version.find() || version.group(2).contains("-ea")) {
                return Optional.empty();
            }
            Matcher arch = ARCH.matcher(text);
            if (arch.find() && !arch(arch.group(1)).equals(arch(System.getProperty("os.arch")))) {
                return Optional.empty();
            }
            Path real;
            try {
                real = home.toRealPath();
            } catch (IOException e) {
                return Optional.empty();
            }
            return Optional.of(new Jdk(real, version.group(1) + version.group(2), Integer.parseInt(version.group(1))));
        }

        private static boolean tool(Path home, String name) {
            return Files.isRegularFile(home.resolve("bin").resolve(name))
                    || Files.isRegularFile(home.resolve("bin").resolve(name + ".exe"));
        }

        private static String arch(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            return switch (n) {
                case "amd64", "x86_64", "x64" -> "x86_64";
                case "aarch64", "arm64" -> "aarch64";
                default -> n;
            };
        }
    }
}
