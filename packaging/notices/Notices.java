import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Kickoff's third-party notice, made by the build (pom.xml runs it as a single-file program, with the JDK
 * that builds):
 *
 * <pre>
 * java packaging/notices/Notices.java notices DEPENDENCIES.tsv JARS_FOLDER VERSION OUT_FOLDER
 * java packaging/notices/Notices.java debian-copyright DEPENDENCIES.tsv RUNTIME_FOLDER OUT_FILE
 * </pre>
 *
 * DEPENDENCIES.tsv is what license-maven-plugin writes with dependencies.ftl: every bundled library with
 * the name, version, web site and licence of its Maven metadata. JARS_FOLDER holds their jars in Maven's
 * repository layout. What Maven does not know (copyright holders, licence texts, the fonts) is in
 * notices.properties and licenses/ beside this file; a library without a copyright holder or a licence
 * without a text stops the build.
 *
 * <p>"notices" writes OUT_FOLDER/THIRD-PARTY.txt, the notice for people (every library with its version,
 * licence and copyright, how to replace the LGPL library, the licence texts, and every licence and notice
 * file of every library's jar, word for word), and OUT_FOLDER/THIRD-PARTY.tsv, the same list for the
 * About window. "debian-copyright" writes Debian's machine-readable copyright file for the .deb.
 */
public final class Notices {

    private static final Path HERE = Path.of("packaging/notices");
    /** Files in a jar that say something about its licence; read as text, classes and sources excepted. */
    private static final Pattern LEGAL_FILE = Pattern.compile("(?i)[^/]*(licen[cs]e|notice|copying|copyright)[^/]*");
    private static final Pattern NOT_TEXT = Pattern.compile("(?i).*\\.(class|java|html?|png|gif|jpe?g)$");

    record Part(String id, String name, String version, String licence, String copyright, String url,
                String note, String text) {
        boolean isLibrary() {
            return id.contains(":");
        }
    }

    private final Properties config = new Properties();
    private final List<Part> parts = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        if (args.length == 5 && args[0].equals("notices")) {
            Notices notices = new Notices(Path.of(args[1]));
            Path out = Files.createDirectories(Path.of(args[4]));
            write(out.resolve("THIRD-PARTY.txt"), notices.thirdParty(args[3], Path.of(args[2])));
            write(out.resolve("THIRD-PARTY.tsv"), notices.table());
        } else if (args.length == 4 && args[0].equals("debian-copyright")) {
            write(Path.of(args[3]), new Notices(Path.of(args[1])).debianCopyright(Path.of(args[2])));
        } else {
            System.err.println("usage: Notices notices DEPENDENCIES.tsv JARS VERSION OUT_FOLDER\n"
                    + "       Notices debian-copyright DEPENDENCIES.tsv RUNTIME OUT_FILE");
            System.exit(2);
        }
    }

    Notices(Path dependencies) throws IOException {
        try (Reader in = Files.newBufferedReader(HERE.resolve("notices.properties"), StandardCharsets.UTF_8)) {
            config.load(in);
        }
        List<String> problems = new ArrayList<>();
        for (String line : Files.readAllLines(dependencies, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new IllegalArgumentException(dependencies + ": not six tab-separated fields: " + line);
            }
            String key = f[0] + "/" + f[1];
            String copyright = config.getProperty("copyright." + key);
            if (copyright == null) {
                problems.add(f[0] + ":" + f[1] + " has no copyright holder: add copyright." + key
                        + " to " + HERE.resolve("notices.properties"));
            }
            String textFile = config.getProperty("text." + key, "licenses/" + fileName(f[5]) + ".txt");
            if (!Files.isRegularFile(HERE.resolve(textFile))) {
                problems.add(f[0] + ":" + f[1] + " is under " + f[5] + ", but there is no " + HERE.resolve(textFile));
            }
            parts.add(new Part(f[0] + ":" + f[1] + ":" + f[2], f[3], f[2], f[5], copyright, f[4],
                    config.getProperty("note." + key), HERE.resolve(textFile).toString()));
        }
        for (String id : new TreeMap<>(config).keySet().stream().map(Object::toString)
                .filter(k -> k.startsWith("other.") && k.endsWith(".name")).map(k -> k.split("\\.")[1]).toList()) {
            String p = "other." + id + ".";
            parts.add(new Part(id, config.getProperty(p + "name"), config.getProperty(p + "version"),
                    config.getProperty(p + "licence"), config.getProperty(p + "copyright"),
                    config.getProperty(p + "url"), null, config.getProperty(p + "text")));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The third-party notice cannot be made:\n  " + String.join("\n  ", problems));
        }
    }

    /** The notice for people: the list, the LGPL library, the runtime, the licence texts, the jars' own files. */
    String thirdParty(String version, Path jars) throws IOException {
        StringBuilder out = new StringBuilder();
        String title = "Kickoff " + version + ": third-party notices";
        out.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
        out.append(wrap("Kickoff is free software under the MIT License (LICENSE beside this file, META-INF/LICENSE "
                + "in kickoff.jar). It contains the libraries and fonts below, each under its own licence. The "
                + "build makes this file from the libraries' Maven metadata and from their jars (packaging/notices "
                + "in Kickoff's sources).")).append("\n\n");
        List<String> sections = List.of("The bundled libraries and fonts", "Replacing Openhtmltopdf (LGPL)",
                "The Java runtime of the application image and the installers", "Licence texts",
                "The licence and notice files of the libraries, word for word");
        for (int i = 0; i < sections.size(); i++) {
            out.append("  ").append(i + 1).append(". ").append(sections.get(i)).append('\n');
        }

        heading(out, 1, sections.get(0));
        for (Part part : parts) {
            out.append(part.name()).append(' ').append(part.version()).append('\n');
            if (part.isLibrary()) {
                out.append("  Maven:     ").append(part.id()).append('\n');
            }
            out.append("  Licence:   ").append(part.licence()).append('\n');
            out.append("  Copyright: ").append(part.copyright()).append('\n');
            if (!part.url().isBlank()) {
                out.append("  Web site:  ").append(part.url()).append('\n');
            }
            if (part.note() != null) {
                out.append(indent(wrap(part.note()), "  ")).append('\n');
            }
            out.append('\n');
        }

        heading(out, 2, sections.get(1));
        String lgpl = config.getProperty("lgpl");
        List<String> lgplJars = parts.stream().filter(p -> p.id().startsWith(lgpl + ":"))
                .map(p -> p.id().split(":")[1] + "-" + p.version() + ".jar").toList();
        out.append(wrap("Openhtmltopdf, which writes the PDF summaries, is under the GNU Lesser General Public "
                + "License, version 2.1 or later (part 4). You may replace it with another or a changed version:"))
                .append("\n\n");
        out.append(bullet("In the installed application (the .deb's /opt/kickoff-wizard/lib/app, the application "
                + "image's lib/app, the app folder of the Windows and macOS installers) it is not part of "
                + "kickoff.jar but in its own jars on the class path: " + String.join(", ", lgplJars) + ". Replace "
                + "these files with yours under the same names (or change their names in Kickoff.cfg in that "
                + "folder). Kickoff uses only Openhtmltopdf's public API (PdfRendererBuilder and the bidi "
                + "interfaces), so a compatible version works unchanged."));
        out.append(bullet("In kickoff.jar as 'mvn package' builds it (one jar with every library), "
                + "Openhtmltopdf's classes are those under com/openhtmltopdf/: replace them with yours, for "
                + "example with 'jar uf kickoff.jar -C your-classes com/openhtmltopdf', or build Kickoff with "
                + "another version (openhtmltopdf in pom.xml).")).append('\n');
        out.append(wrap("Openhtmltopdf's source code is at https://github.com/openhtmltopdf/openhtmltopdf and, "
                + "for each version, in its -sources.jar on Maven Central; Kickoff's own source code is "
                + "available under the MIT License.")).append("\n");

        heading(out, 3, sections.get(2));
        out.append(wrap("The application image and the installers also contain a Java runtime, made by jlink "
                + "from the JDK that built them and from the JavaFX modules above. Its version and modules are "
                + "listed in the software bill of materials (kickoff-VERSION.cdx.json, in the application's "
                + "folder and beside the installer). OpenJDK is under GPL-2.0-only WITH Classpath-exception-2.0 "
                + "(part 4); the notices of its modules and of the code they include are in the runtime's legal "
                + "folder (lib/runtime/legal on Linux, runtime/legal on Windows, runtime/Contents/Home/legal on "
                + "macOS).")).append("\n");

        heading(out, 4, sections.get(3));
        Map<String, List<Part>> users = new TreeMap<>();
        for (Part part : parts) {
            users.computeIfAbsent(part.text(), t -> new ArrayList<>()).add(part);
        }
        Map<String, String> known = new LinkedHashMap<>();
        for (Map.Entry<String, List<Part>> text : users.entrySet()) {
            Part first = text.getValue().get(0);
            boolean ownWording = first.isLibrary() && config.containsKey("text." + first.id().replaceFirst(":", "/")
                    .replaceFirst(":.*", ""));
            String name = first.isLibrary() ? first.licence() + (ownWording ? ", as " + first.name() + " words it" : "")
                    : first.name();
            String content = read(Path.of(text.getKey()));
            out.append("--- ").append(name).append('\n').append(wrap("The licence of " + String.join(", ",
                    text.getValue().stream().map(p -> p.name()).toList()) + ".")).append("\n\n")
                    .append(trimmed(content)).append("\n\n");
            known.put(normalized(content), "the " + name + " text in part 4");
        }

        heading(out, 5, sections.get(4));
        out.append(wrap("Each library's own licence and notice files as its jar contains them. A file that is "
                + "the same as one before it (or as a text of part 4) is named, not repeated.")).append("\n\n");
        for (Part part : parts.stream().filter(Part::isLibrary).toList()) {
            for (Map.Entry<String, String> file : legalFiles(jars, part).entrySet()) {
                out.append("--- ").append(part.id()).append(": ").append(file.getKey()).append('\n');
                String seen = known.putIfAbsent(normalized(file.getValue()), part.id() + ": " + file.getKey());
                if (seen != null) {
                    out.append("(the same as ").append(seen).append(")\n\n");
                } else {
                    out.append('\n').append(trimmed(file.getValue())).append("\n\n");
                }
            }
        }
        return out.toString();
    }

    /** The list for the About window: name, version, licence, copyright, web site; one part a line. */
    String table() {
        StringBuilder out = new StringBuilder("# name\tversion\tlicence\tcopyright\tweb site\n");
        for (Part part : parts) {
            out.append(String.join("\t", part.name(), part.version(), part.licence(), part.copyright(), part.url()))
                    .append('\n');
        }
        return out.toString();
    }

    /**
     * Debian's machine-readable copyright file (copyright-format 1.0) for the .deb: Kickoff, kickoff.jar with
     * the libraries in it, the LGPL jars, and the runtime; the licences by Debian's names.
     */
    String debianCopyright(Path runtime) throws IOException {
        String lgpl = config.getProperty("lgpl");
        StringBuilder out = new StringBuilder();
        out.append("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n")
                .append("Upstream-Name: Kickoff\n")
                .append("Comment:").append(field("Kickoff is installed in /opt/kickoff-wizard with the libraries it "
                        + "uses and its own Java runtime. /opt/kickoff-wizard/lib/app/THIRD-PARTY.txt lists every "
                        + "library with its version, licence and copyright, says how to replace the LGPL "
                        + "library, and holds every licence text and the libraries' own licence and notice "
                        + "files; the runtime's notices are in /opt/kickoff-wizard/lib/runtime/legal.")).append("\n\n");
        Set<String> licences = new LinkedHashSet<>(List.of("MIT"));
        out.append("Files: *\nCopyright: 2026 The Kickoff authors\nLicense: ").append(debianName("MIT")).append("\n\n");

        List<Part> inJar = parts.stream().filter(p -> !p.id().startsWith(lgpl + ":")).toList();
        Set<String> jarLicences = new LinkedHashSet<>(List.of("MIT"));
        Set<String> holders = new LinkedHashSet<>(List.of("2026 The Kickoff authors"));
        StringBuilder which = new StringBuilder("kickoff.jar holds Kickoff and these libraries and fonts:");
        for (Part part : inJar) {
            String licence = part.isLibrary() ? key(part.licence()) : part.id();
            jarLicences.add(licence);
            for (String holder : part.copyright().split("; ")) {
                holders.add(holder.replaceFirst("^Copyright (\\([cC]\\) )?", ""));
            }
            which.append(' ').append(part.name()).append(' ').append(part.version()).append(" (")
                    .append(debianName(licence)).append(");");
        }
        licences.addAll(jarLicences);
        out.append("Files: opt/kickoff-wizard/lib/app/kickoff.jar\nCopyright:").append(lines(holders)).append('\n')
                .append("License: ").append(String.join(" and ", jarLicences.stream().map(this::debianName).toList()))
                .append("\nComment:").append(field(which.toString().replaceFirst(";$", "."))).append("\n\n");

        List<Part> lgplParts = parts.stream().filter(p -> p.id().startsWith(lgpl + ":")).toList();
        for (Part part : lgplParts) {
            licences.add(key(part.licence()));
            out.append("Files: opt/kickoff-wizard/lib/app/").append(part.id().split(":")[1]).append('-')
                    .append(part.version()).append(".jar\nCopyright: ")
                    .append(part.copyright().replaceFirst("^Copyright (\\([cC]\\) )?", "")).append("\nLicense: ")
                    .append(debianName(key(part.licence()))).append("\nComment:").append(field(part.name() + " "
                            + part.version() + ", a separate jar so that it can be replaced (see THIRD-PARTY.txt)."))
                    .append("\n\n");
        }

        String release = Files.readString(runtime.resolve("release"));
        String javaVersion = release.replaceAll("(?s).*JAVA_VERSION=\"([^\"]*)\".*", "$1");
        String gpl = "GPL-2.0-only_WITH_Classpath-exception-2.0";
        licences.add(gpl);
        out.append("Files: opt/kickoff-wizard/lib/runtime/*\nCopyright: Oracle and/or its affiliates, and the other "
                        + "authors named in /opt/kickoff-wizard/lib/runtime/legal\nLicense: ").append(debianName(gpl))
                .append("\nComment:").append(field("The Java runtime: OpenJDK " + javaVersion + " and the JavaFX "
                        + "modules, linked with jlink. The notices of each module, and of the code it includes, "
                        + "are in /opt/kickoff-wizard/lib/runtime/legal/<module>.")).append("\n\n");

        for (String licence : licences) {
            out.append("License: ").append(debianName(licence)).append('\n');
            String common = config.getProperty("debian.common." + licence);
            String text = read(textFor(licence));
            StringBuilder body = new StringBuilder();
            if (common != null) {
                body.append("On Debian systems, the full text of this licence is in /usr/share/common-licenses/")
                        .append(common).append(".\n");
                String rest = config.getProperty("debian.rest." + licence);
                if (rest != null) {
                    body.append("\n").append(text.substring(text.indexOf(rest)).strip());
                }
            } else {
                body.append(text.strip());
            }
            out.append(body.toString().lines().map(l -> l.isBlank() ? " ." : " " + l.stripTrailing())
                    .reduce((a, b) -> a + "\n" + b).orElse("")).append("\n\n");
        }
        return out.toString().stripTrailing() + "\n";
    }

    /** The text of a licence (by its key, or the id of a part that is not a library) as part 4 prints it. */
    private Path textFor(String licence) {
        return parts.stream().filter(p -> p.id().equals(licence) || p.isLibrary() && key(p.licence()).equals(licence))
                .findFirst().map(p -> Path.of(p.text())).orElseThrow();
    }

    private String debianName(String licence) {
        String name = config.getProperty("debian." + licence);
        if (name == null) {
            throw new IllegalStateException("No Debian name for " + licence + ": add debian." + licence + " to "
                    + HERE.resolve("notices.properties"));
        }
        return name;
    }

    /** The key of a licence in notices.properties and licenses/: its SPDX expression, spaces as underscores. */
    private static String key(String licence) {
        return fileName(licence);
    }

    private static String fileName(String licence) {
        return licence.replace(' ', '_');
    }

    /** The licence and notice files in the library's jars, by name, in name order. */
    private static Map<String, String> legalFiles(Path jars, Part part) throws IOException {
        String[] gav = part.id().split(":");
        Path folder = jars.resolve(gav[0].replace('.', '/')).resolve(gav[1]).resolve(gav[2]);
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("No jar of " + part.id() + " in " + folder);
        }
        Map<String, String> files = new TreeMap<>();
        List<Path> found;
        try (Stream<Path> list = Files.list(folder)) {
            found = list.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        for (Path jar : found) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    String name = entry.getName();
                    String last = name.substring(name.lastIndexOf('/') + 1);
                    if (!entry.isDirectory() && LEGAL_FILE.matcher(last).matches() && !NOT_TEXT.matcher(name).matches()) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            files.put(name, text(in.readAllBytes()).replace("\r\n", "\n"));
                        }
                    }
                }
            }
        }
        return files;
    }

    /** A file's text: UTF-8, or ISO 8859-1 for the older files that are not UTF-8 (W3C's licence, say). */
    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static void heading(StringBuilder out, int number, String title) {
        String line = "\n" + number + ". " + title;
        out.append(line).append('\n').append("-".repeat(line.length() - 1)).append("\n\n");
    }

    /** Text as a field value of Debian's format: continuation lines start with a space; empty lines are " .". */
    private static String field(String text) {
        return "\n" + indent(wrap(text), " ");
    }

    /** A list item: "- " and the text wrapped, its further lines indented under the first. */
    private static String bullet(String text) {
        return "- " + wrap(text).replace("\n", "\n  ") + "\n";
    }

    private static String lines(Set<String> values) {
        return " " + String.join("\n ", values);
    }

    private static String indent(String text, String prefix) {
        return text.lines().map(l -> prefix + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    /** Words wrapped at 100 columns: the notice is read in an editor and in the About window. */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (String word : text.split(" +")) {
            if (column > 0 && column + 1 + word.length() > 100) {
                out.append('\n');
                column = 0;
            } else if (column > 0) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
        }
        return out.toString();
    }

    /** The text without its leading and trailing empty lines (its first line keeps its indentation). */
    private static String trimmed(String text) {
        return text.replaceFirst("^(\\s*\\n)+", "").stripTrailing();
    }

    /** The same text whatever its line breaks and indentation: to find a file printed before. */
    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
