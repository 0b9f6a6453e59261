package org.kickoff.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.Fixtures;
import org.kickoff.storage.FileValidator;

/**
 * Files written outside Kickoff, as issue 11 found them: every command decides alike about them, prints
 * nothing from them raw, refuses what is not a file, words each problem in one line of the user's language,
 * and treats read-only as read-only even for root (these tests run as root on the build machine).
 */
class HostileFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static ObjectNode example() throws Exception {
        return (ObjectNode) JSON.readTree(Fixtures.resource("/examples/example.kickoff"));
    }

    private Path write(String name, ObjectNode tree) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree));
        return file;
    }

    private Path variant(String name, Consumer<ObjectNode> answers) throws Exception {
        ObjectNode tree = example();
        answers.accept((ObjectNode) tree.get("answers"));
        return write(name, tree);
    }

    private static ObjectNode answer(ObjectNode answers, String id) {
        return (ObjectNode) answers.get(id);
    }

    /** Files that parse and read, but whose answers do not fit the questionnaire: validate refuses each. */
    private Map<String, Path> invalidButParseable() throws Exception {
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("unknown option", variant("option.kickoff",
                a -> answer(a, "architecture.framework").put("choice", "cobol-on-cogs")));
        files.put("unknown unit", variant("unit.kickoff", a -> answer(a, "data.volume-now").put("unit", "furlongs")));
        files.put("unknown column", variant("column.kickoff", a -> ((ObjectNode) answer(a, "business.use-cases")
                .withArray("entries").get(0)).put("colour", "red")));
        files.put("out of range", variant("range.kickoff", a -> answer(a, "team.iteration-length").put("number", 99)));
        files.put("wrong type", variant("type.kickoff", a -> {
            answer(a, "team.iterations").remove("yesNo");
            answer(a, "team.iterations").put("text", "sometimes");
        }));
        files.put("repeated option", variant("repeated.kickoff", a -> ((ArrayNode) answer(a,
                "business.quality-priorities").get("choices")).add("security")));
        files.put("exclusive option with others", variant("exclusive.kickoff", a -> a.set("business.legal",
                JSON.createObjectNode().put("status", "answered").set("choices",
                        JSON.createArrayNode().add("gdpr").add("none")))));
        return files;
    }

    @Test
    void whatValidateRefusesEveryCommandRefusesAndMergeLeavesOursAlone() throws Exception {
        Path good = write("good.kickoff", example());
        byte[] goodBytes = Files.readAllBytes(good);
        for (Map.Entry<String, Path> entry : invalidButParseable().entrySet()) {
            String name = entry.getKey();
            String bad = entry.getValue().toString();
            assertEquals(1, CliRun.of("validate", "--lang", "en", bad).code(), name);
            CliRun export = CliRun.of("export", bad, "--lang", "en", "--format", "md", "-o", "-");
            assertEquals(1, export.code(), name);
            assertEquals("", export.out(), name + ": nothing is printed from a refused file");
            assertEquals(2, CliRun.of("diff", good.toString(), bad).code(), name);
            assertEquals(2, CliRun.of("diff", bad, good.toString()).code(), name);
            CliRun merge = CliRun.of("merge", "--lang", "en", good.toString(), good.toString(), bad);
            assertEquals(2, merge.code(), name + ": " + merge.out());
            assertFalse(merge.out().contains("merged without conflicts"), name);
            assertArrayEquals(goodBytes, Files.readAllBytes(good), name + ": OURS is untouched");
            byte[] badBytes = Files.readAllBytes(entry.getValue());
            assertEquals(2, CliRun.of("merge", good.toString(), bad, good.toString()).code(), name);
            assertArrayEquals(badBytes, Files.readAllBytes(entry.getValue()), name + ": an invalid OURS too");
        }
    }

    @Test
    void aMergeWhoseResultWouldBeInvalidWritesNothing() throws Exception {
        // base answers version 1; each side moved to its own version 2 with an option of its own, and
        // theirs chose theirs: together, the answer fits no questionnaire the merged file could carry
        Path base = write("base.kickoff", withEmbedded(example(), "1.0.0", null));
        Path ours = write("ours.kickoff", withEmbedded(example(), "2.0.0-ours", "ours-only"));
        ObjectNode theirsTree = withEmbedded(example(), "2.0.0-theirs", "theirs-only");
        answer((ObjectNode) theirsTree.get("answers"), "architecture.framework").put("choice", "theirs-only");
        Path theirs = write("theirs.kickoff", theirsTree);
        for (Path file : List.of(base, ours, theirs)) {
            assertEquals(List.of(), new FileValidator().validate(file), file.toString());
        }
        byte[] before = Files.readAllBytes(ours);
        CliRun merge = CliRun.of("merge", "--lang", "en", base.toString(), ours.toString(), theirs.toString());
        assertEquals(2, merge.code(), merge.out() + merge.err());
        assertTrue(merge.err().startsWith(Output.path(ours) + " is unchanged: the merged project would not be valid"),
                merge.err());
        assertArrayEquals(before, Files.readAllBytes(ours));
    }

    /** The example as a project of a questionnaire of its own ("team-q"), optionally with one more option. */
    private static ObjectNode withEmbedded(ObjectNode project, String version, String extraFrameworkOption)
            throws Exception {
        ObjectNode questionnaire = (ObjectNode) JSON.readTree(Fixtures.resource("/questionnaires/kickoff-python-backend.json"));
        questionnaire.put("id", "team-q").put("version", version);
        if (extraFrameworkOption != null) {
            for (var topic : questionnaire.get("topics")) {
                for (var question : topic.get("questions")) {
                    if (question.get("id").asText().equals("architecture.framework")) {
                        ObjectNode option = ((ArrayNode) question.get("options")).addObject();
                        option.put("id", extraFrameworkOption);
                        option.putObject("label").put("en", "Extra").put("de", "Extra");
                    }
                }
            }
        }
        ((ObjectNode) project.get("questionnaire")).put("id", "team-q").put("version", version).remove("fingerprint");
        project.set("embeddedQuestionnaire", questionnaire);
        return project;
    }

    @Test
    void bothRenamingTheProjectIsAConflictThatKeepsBothAndABackupOfOurs(@TempDir Path home) throws Exception {
        Path base = write("base.kickoff", example());
        ObjectNode oursTree = example();
        ((ObjectNode) oursTree.get("project")).put("name", "Parcels (Dana)").put("description", "Dana's words");
        Path ours = write("ours.kickoff", oursTree);
        byte[] oursBefore = Files.readAllBytes(ours);
        ObjectNode theirsTree = example();
        ((ObjectNode) theirsTree.get("project")).put("name", "Parcel platform").put("description", "Luis's words");
        Path theirs = write("theirs.kickoff", theirsTree);

        CliRun merge = CliRun.withHome(home, "merge", "--lang", "en", base.toString(), ours.toString(),
                theirs.toString());
        assertEquals(1, merge.code(), "a conflict, so git stops: " + merge.out() + merge.err());
        assertTrue(merge.err().contains("both sides changed the project's Name, Description differently"), merge.err());
        var merged = JSON.readTree(ours.toFile()).get("project");
        assertEquals("Parcels (Dana) (merge conflict: the merged branch named it \"Parcel platform\")",
                merged.get("name").asText());
        assertEquals("Dana's words\n\nMerge conflict, still to decide: the merged branch described the project as "
                + "\"Luis's words\".", merged.get("description").asText());
        assertEquals(List.of(), new FileValidator().validate(ours), "the file stays valid");

        Path backups = home.resolve("data").resolve("backups");
        try (var folders = Files.list(backups)) {
            Path folder = folders.findFirst().orElseThrow();
            try (var copies = Files.list(folder)) {
                Path copy = copies.filter(p -> p.getFileName().toString().startsWith("ours.")).findFirst().orElseThrow();
                assertArrayEquals(oursBefore, Files.readAllBytes(copy), "OURS before the merge is kept");
            }
        }
    }

    @Test
    void textFromAFileNeverReachesTheTerminalRaw() throws Exception {
        String hostile = "Evil\u001b]0;pwned\u0007\u001b[2J\nfile.kickoff: valid\u202etxt.exe\u0000\u009b";
        ObjectNode tree = example();
        ((ObjectNode) tree.get("project")).put("name", hostile);
        answer((ObjectNode) tree.get("answers"), "business.value").put("text", hostile);
        Path named = write("named.kickoff", tree);
        Path option = variant("option.kickoff", a -> answer(a, "architecture.framework").put("choice", hostile));
        Path good = write("good.kickoff", example());

        List<CliRun> runs = List.of(
                CliRun.of("validate", "--lang", "en", option.toString()),
                CliRun.of("diff", "--lang", "en", named.toString(), good.toString()),
                CliRun.of("export", named.toString(), "--lang", "en", "--format", "md", "-o", "-"),
                CliRun.of("export", named.toString(), "--lang", "en", "--format", "csv", "-o", "-"));
        for (CliRun run : runs.subList(0, 2)) {
            // messages show what the file holds, escaped; exports hold U+FFFD, as the HTML export does
            String all = run.out() + run.err();
            assertTrue(all.contains("\\x1B]0;pwned\\x07\\x1B"), all);
        }
        for (CliRun run : runs) {
            String all = run.out() + run.err();
            for (char raw : new char[] {'\u001b', '\u0007', '\u0000', '\u009b', '\u202e'}) {
                assertEquals(-1, all.indexOf(raw), "raw U+" + Integer.toHexString(raw) + " in " + all);
            }
        }
        assertTrue(runs.get(0).err().contains("\\u202Etxt.exe"), runs.get(0).err());
        assertEquals(1, runs.get(0).err().strip().lines().count(), "the fake second line stays on the first");

        for (String format : List.of("md", "csv")) {
            Path out = dir.resolve("summary." + format);
            assertEquals(0, CliRun.of("export", named.toString(), "--format", format, "-o", out.toString()).code());
            String text = Files.readString(out);
            assertTrue(text.chars().noneMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t'
                    && c != '\r'), format + " holds no control characters but line breaks and tabs");
            assertFalse(text.replace("\r\n", "").contains("\r"), format + ": no lone carriage return");
        }
    }

    @Test
    void pipesSocketsAndDevicesAreRefusedAtOnce() throws Exception {
        Path socketFile = dir.resolve("socket.kickoff");
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(socketFile));
            Path project = write("p.kickoff", example());
            CliRun in = CliRun.of("validate", "--lang", "en", socketFile.toString());
            assertEquals(socketFile + ": This is not a regular file but a device, a named pipe or a socket; "
                    + "Kickoff reads only files.", in.err().strip());
            CliRun out = CliRun.of("export", project.toString(), "--format", "html", "--lang", "en", "-o",
                    socketFile.toString());
            assertEquals(1, out.code());
            assertEquals("Cannot write " + socketFile + ": it is a device, a named pipe or a socket, not a file",
                    out.err().strip());
            assertFalse(Files.isRegularFile(socketFile), "the socket was not replaced by a file");
        }
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            CliRun run = CliRun.of("validate", "--lang", "en", zero.toString());
            assertTrue(run.err().contains("not a regular file"), "not \"too large (16384 KB; at most 16384 KB)\"");
        }
    }

    @Test
    void aNamedPipeDoesNotMakeACommandWait() throws Exception {
        Path fifo = dir.resolve("x.kickoff");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "no mkfifo on this system");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        Path good = write("good.kickoff", example());
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertEquals(1, CliRun.of("validate", fifo.toString()).code());
            assertEquals(2, CliRun.of("diff", good.toString(), fifo.toString()).code());
            assertEquals(2, CliRun.of("merge", fifo.toString(), good.toString(), good.toString()).code());
            assertEquals(1, CliRun.of("export", good.toString(), "--format", "html", "-o", fifo.toString()).code());
        });
    }

    @Test
    void everyMessageIsOneLineInTheUsersLanguageWithoutTheParsersWords() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("nan.kickoff", "{\"format\": \"kickoff-project\", \"x\": NaN}");
        files.put("nul.kickoff", "{\"format\": \"kickoff-project\u0000\"}");
        files.put("lead-nul.kickoff", "\u0000\u0000{}");
        files.put("deep.kickoff", "[".repeat(200));
        files.put("truncated.kickoff", "[1, 2");
        files.put("close.kickoff", "{\"a\": 1]");
        files.put("escape.kickoff", "{\"a\": \"\\q\"}");
        files.put("plus.kickoff", "{\"a\": +1}");
        files.put("long-option.kickoff", new String(Fixtures.resource("/examples/example.kickoff"), StandardCharsets.UTF_8)
                .replace("\"choice\": \"fastapi\"", "\"choice\": \"" + "x".repeat(10_000) + "\""));
        files.put("version-0.9.kickoff", new String(Fixtures.resource("/examples/example.kickoff"),
                StandardCharsets.UTF_8).replaceFirst("\"formatVersion\": \"[0-9.]+\"", "\"formatVersion\": \"0.9\""));
        files.put("marked.kickoff", new String(Fixtures.resource("/examples/example.kickoff"),
                StandardCharsets.UTF_8).replace("\"kickoff-project\"", "\"kickoff-questionnaire\""));
        files.put("q.json", new String(Fixtures.resource("/fixtures/mini-questionnaire.json"), StandardCharsets.UTF_8)
                .replace("\"formatVersion\": 1", "\"formatVersion\": \"1\""));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
        Path loop = dir.resolve("loop.kickoff");
        Files.createSymbolicLink(loop, dir.resolve("loop2.kickoff"));
        Files.createSymbolicLink(dir.resolve("loop2.kickoff"), loop);

        for (String language : List.of("en", "de")) {
            for (String name : List.of(files.keySet().toArray(String[]::new))) {
                Path file = dir.resolve(name);
                CliRun run = CliRun.of("validate", "--lang", language, file.toString());
                String line = run.err().strip();
                assertEquals(1, run.code(), name);
                assertEquals(1, line.lines().count(), name + ": " + line);
                assertTrue(line.length() <= 500, name + " has " + line.length() + " characters");
                for (String internal : List.of("Jackson", "JsonReadFeature", "StreamRead", "REDACTED", "`", "Exception",
                        "code 8806", "(CTRL-CHAR")) {
                    assertFalse(line.contains(internal), name + ": " + line);
                }
                if (language.equals("de")) {
                    for (String english : List.of("Unexpected", "found", "expected", "Illegal", "allowed")) {
                        assertFalse(line.contains(english), name + " in German: " + line);
                    }
                }
            }
        }
        Map<String, String> expected = Map.of(
                "nan.kickoff", ": Unexpected word \"NaN\": JSON knows only",
                "lead-nul.kickoff", "line 1, column 1: The control character U+0000 may not stand in JSON",
                "version-0.9.kickoff", ": $.formatVersion: The file says it has format 0.9, but it is written in format 1.x",
                "marked.kickoff", ": $.format: The file says it is a questionnaire",
                "q.json", ": $.formatVersion: Expected a number here, found a text.",
                "loop.kickoff", ": This link leads nowhere");
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            String err = CliRun.of("validate", "--lang", "en", dir.resolve(entry.getKey()).toString()).err();
            assertTrue(err.startsWith(dir.resolve(entry.getKey()).toString()) && err.contains(entry.getValue()), err);
        }
        CliRun empty = CliRun.of("export", dir.resolve("nan.kickoff").toString(), "--lang", "en", "-o", "");
        assertEquals(2, empty.code());
        assertTrue(empty.err().startsWith("-o needs a file name"), "not \"it is a folder\": " + empty.err());
    }

    @Test
    void readOnlyIsReadOnlyWhoeverRunsKickoff() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions");
        Path base = write("base.kickoff", example());
        ObjectNode changed = example();
        answer((ObjectNode) changed.get("answers"), "architecture.framework").put("choice", "django");
        Path theirs = write("theirs.kickoff", changed);
        Path ours = write("ours.kickoff", example());
        byte[] before = Files.readAllBytes(ours);
        Files.setPosixFilePermissions(ours, PosixFilePermissions.fromString("r--r--r--"));
        CliRun merge = CliRun.of("merge", "--lang", "en", base.toString(), ours.toString(), theirs.toString());
        assertEquals(2, merge.code(), merge.out());
        assertTrue(merge.err().contains("the file is read-only"), merge.err());
        assertArrayEquals(before, Files.readAllBytes(ours));

        Path output = dir.resolve("summary.html");
        Files.writeString(output, "kept");
        Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("r--r--r--"));
        CliRun export = CliRun.of("export", base.toString(), "--format", "html", "--lang", "en", "-o", output.toString());
        assertEquals(1, export.code());
        assertEquals("kept", Files.readString(output));

        Path folder = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            CliRun into = CliRun.of("export", base.toString(), "--format", "html", "--lang", "en", "-o",
                    folder.resolve("s.html").toString());
            assertEquals(1, into.code());
            assertTrue(into.err().endsWith("the folder is read-only" + System.lineSeparator()), into.err());
            try (var entries = Files.list(folder)) {
                assertEquals(0, entries.count(), "nothing written into a read-only folder");
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
