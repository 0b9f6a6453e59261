import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes the CycloneDX SBOM that cyclonedx-maven-plugin makes from Kickoff's Maven dependencies with
 * what the application image holds besides them: the Java runtime that jlink made, with each of its
 * modules, and the fonts. Run by the package profile as a single-file program, with Jackson on the class
 * path:
 *
 * <pre>
 * java -cp JACKSON_JARS packaging/sbom/RuntimeSbom.java MAVEN_SBOM RUNTIME_FOLDER JAVAFX_VERSION OUT FONT.ttf...
 * </pre>
 *
 * The runtime is a "platform" component (its version from its release file, its vendor from the JDK that
 * linked it) whose components are the modules listed in that release file; Kickoff depends on it. Each font
 * is a "file" component with its SHA-256 and the version it carries in its name table.
 */
public final class RuntimeSbom {

    private static final String RUNTIME_REF = "kickoff-java-runtime";

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: RuntimeSbom MAVEN_SBOM RUNTIME_FOLDER JAVAFX_VERSION OUT [FONT.ttf...]");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode bom = (ObjectNode) json.readTree(Path.of(args[0]).toFile());
        String release = Files.readString(Path.of(args[1], "release"));
        String javaVersion = value(release, "JAVA_VERSION");
        ArrayNode components = bom.withArray("components");

        ObjectNode runtime = components.addObject();
        runtime.put("type", "platform").put("bom-ref", RUNTIME_REF).put("name", "Java runtime")
                .put("version", javaVersion)
                .put("description", "The Java runtime of the application image (lib/runtime), made by jlink from "
                        + "the JDK " + System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version")
                        + " and the JavaFX " + args[2] + " modules; its notices are in its legal folder.");
        runtime.putObject("supplier").put("name", System.getProperty("java.vendor"));
        runtime.putArray("licenses").addObject().put("expression", "GPL-2.0-only WITH Classpath-exception-2.0");
        ArrayNode modules = runtime.putArray("components");
        for (String module : value(release, "MODULES").split(" +")) {
            boolean javafx = module.startsWith("javafx.");
            ObjectNode m = modules.addObject();
            m.put("type", "library").put("bom-ref", RUNTIME_REF + ":" + module).put("name", module)
                    .put("version", javafx ? args[2] : javaVersion);
            if (javafx) {
                m.put("description", "linked from the Maven artifact org.openjfx:" + module.replace('.', '-'));
            }
        }

        for (String font : List.of(args).subList(4, args.length)) {
            byte[] bytes = Files.readAllBytes(Path.of(font));
            ObjectNode file = components.addObject();
            file.put("type", "file").put("bom-ref", "kickoff-font:" + Path.of(font).getFileName())
                    .put("name", Path.of(font).getFileName().toString())
                    .put("version", nameRecord(bytes, 5).replaceFirst("^Version ", ""))
                    .put("description", "a font in kickoff.jar (" + font + "), for the PDF summaries");
            file.putArray("hashes").addObject().put("alg", "SHA-256").put("content", sha256(bytes));
            ArrayNode licences = file.putArray("licenses");
            licences.addObject().putObject("license").put("name", "Bitstream Vera Fonts Copyright");
            licences.addObject().putObject("license").put("name", "Arev Fonts Copyright");
            file.put("copyright", nameRecord(bytes, 0).strip().replace("\n", "; "));
        }

        String kickoff = bom.path("metadata").path("component").path("bom-ref").asText();
        for (var dependency : bom.withArray("dependencies")) {
            if (dependency.path("ref").asText().equals(kickoff)) {
                ((ObjectNode) dependency).withArray("dependsOn").add(RUNTIME_REF);
            }
        }
        Files.createDirectories(Path.of(args[3]).toAbsolutePath().getParent());
        Files.writeString(Path.of(args[3]), json.writeValueAsString(bom) + "\n", StandardCharsets.UTF_8);
    }

    private static String value(String release, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + "=\"([^\"]*)\"").matcher(release);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + key + " in the runtime's release file");
        }
        return m.group(1);
    }

    /** A record of a TrueType font's name table, in English, for Windows (0 copyright, 5 version). */
    private static String nameRecord(byte[] font, int wanted) {
        ByteBuffer b = ByteBuffer.wrap(font);
        for (int i = 0; i < (b.getShort(4) & 0xffff); i++) {
            int record = 12 + 16 * i;
            if (new String(font, record, 4, StandardCharsets.US_ASCII).equals("name")) {
                int name = b.getInt(record + 8);
                int strings = name + (b.getShort(name + 4) & 0xffff);
                for (int j = 0; j < (b.getShort(name + 2) & 0xffff); j++) {
                    int r = name + 6 + 12 * j;
                    if ((b.getShort(r) & 0xffff) == 3 && (b.getShort(r + 4) & 0xffff) == 0x409
                            && (b.getShort(r + 6) & 0xffff) == wanted) {
                        return new String(font, strings + (b.getShort(r + 10) & 0xffff), b.getShort(r + 8) & 0xffff,
                                StandardCharsets.UTF_16BE);
                    }
                }
            }
        }
        throw new IllegalArgumentException("no name record " + wanted + " in the font");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
