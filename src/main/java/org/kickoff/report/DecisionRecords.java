package org.kickoff.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kickoff.i18n.Messages;
import org.kickoff.report.Summary.DecisionRecord;

/**
 * Architecture Decision Records for the questions a questionnaire marks as decisions, written into a folder
 * such as {@code docs/decisions/}: numbered files ({@code 0003-web-framework.md}) and an index. Two forms, as
 * the tools disagree: MADR 4 (YAML front matter: status, date, decision-makers) and the form log4brains reads
 * (the metadata as a list under the title). Numbers continue after the highest in the folder, and numbers
 * used twice are reported. When a decision changes, the new record supersedes the old one and both say so.
 *
 * <p>Every file Kickoff writes ends with a marker that names its question and a hash of its text. A second
 * run updates the files it wrote and nobody changed since, and never writes over one that someone edited
 * (or one without a marker): it says which it left.
 */
public final class DecisionRecords {

    public enum Form { MADR, LOG4BRAINS }

    /** What a run did, file by file; {@code duplicates} are record numbers two files share. */
    public record Result(List<Path> written, List<Path> updated, List<Path> unchanged, List<Path> leftEdited,
                         List<Path> supersededByHand, List<String> duplicates) {
    }

    static final String INDEX = "index.md";
    private static final Pattern NUMBERED = Pattern.compile("(\\d{4})-[^/\\\\]*\\.md");
    private static final Pattern MARKER = Pattern.compile(
            "\\n<!-- kickoff:adr question=(\\S+) outcome=([0-9a-f]{16}) by=(\\d{4}|-) text=([0-9a-f]{16}) -->\\n?$");
    private static final Pattern INDEX_MARKER = Pattern.compile("\\n<!-- kickoff:adr-index text=([0-9a-f]{16}) -->\\n?$");
    /** A record file larger than this is no record of Kickoff's and is not read. */
    private static final long MAX_FILE = 1 << 20;

    private final Form form;
    private final Messages messages;

    public DecisionRecords(Form form, Messages messages) {
        this.form = form;
        this.messages = messages;
    }

    /** A record file found in the folder; the marker's parts are empty for a file Kickoff did not write. */
    private record Existing(Path path, int number, String question, String outcome, String supersededBy,
                            boolean edited, String title) {
        boolean ours() {
            return !question.isEmpty();
        }
    }

    public Result write(Summary summary, Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<Path, Existing> existing = scan(folder);
        List<Path> written = new ArrayList<>();
        List<Path> updated = new ArrayList<>();
        List<Path> unchanged = new ArrayList<>();
        List<Path> left = new ArrayList<>();
        List<Path> byHand = new ArrayList<>();
        Map<Integer, List<Path>> numbers = new TreeMap<>();
        existing.values().forEach(e -> numbers.computeIfAbsent(e.number(), n -> new ArrayList<>()).add(e.path()));
        List<String> duplicates = numbers.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> String.format(Locale.ROOT, "%04d", e.getKey()) + ": " + String.join(", ",
                        e.getValue().stream().map(p -> p.getFileName().toString()).sorted().toList())).toList();
        int next = numbers.isEmpty() ? 1 : ((TreeMap<Integer, List<Path>>) numbers).lastKey() + 1;
        for (DecisionRecord record : summary.records()) {
            String outcome = hash(record.outcome());
            Optional<Existing> current = existing.values().stream()
                    .filter(e -> e.question().equals(record.questionId()) && e.supersededBy().equals("-"))
                    .max(java.util.Comparator.comparingInt(Existing::number));
            if (current.isPresent() && (current.get().outcome().equals(outcome) || current.get().outcome()
                    .equals(hash("")))) {
                // the same decision (or a proposal now decided): the record is brought up to date
                Existing e = current.get();
                String text = render(record, e.number(), Optional.empty(), previous(existing, record, e.number()));
                put(e.path(), text, e.edited(), updated, unchanged, left);
                continue;
            }
            int number = next++;
            Path path = folder.resolve(fileName(number, record.title()));
            Optional<Existing> old = current;
            String text = render(record, number, Optional.empty(), old.map(Existing::number));
            Files.writeString(path, text, StandardCharsets.UTF_8);
            written.add(path);
            existing.put(path, read(path).orElseThrow());
            if (old.isPresent()) {
                Existing e = old.get();
                if (e.edited()) {
                    byHand.add(e.path());
                } else {
                    Files.writeString(e.path(), supersede(Files.readString(e.path(), StandardCharsets.UTF_8),
                            number, record.title()), StandardCharsets.UTF_8);
                    existing.put(e.path(), read(e.path()).orElseThrow());
                    updated.add(e.path());
                }
            }
        }
        index(folder, scan(folder), written, updated, unchanged, left);
        return new Result(written, updated, unchanged, left, byHand, duplicates);
    }

    /** A record of ours, unchanged by hand, with its status now "superseded by" the new one, and its marker anew. */
    private String supersede(String text, int number, String title) {
        Matcher marker = MARKER.matcher(text);
        if (!marker.find()) {
            throw new IllegalStateException("only a record with a marker is superseded");
        }
        String id = String.format(Locale.ROOT, "%04d", number);
        String body = text.substring(0, marker.start() + 1);
        body = switch (form) {
            case MADR -> body.replaceFirst("(?m)^status: .*$", Matcher.quoteReplacement(
                    "status: " + yaml("superseded by ADR-" + id)));
            case LOG4BRAINS -> body.replaceFirst("(?m)^- Status: .*$", Matcher.quoteReplacement(
                    "- Status: superseded by [ADR-" + id + "](" + fileName(number, title) + ")"));
        };
        return body + "<!-- kickoff:adr question=" + marker.group(1) + " outcome=" + marker.group(2) + " by=" + id
                + " text=" + hash(body) + " -->\n";
    }

    private static Optional<Integer> previous(Map<Path, Existing> existing, DecisionRecord record, int number) {
        return existing.values().stream().filter(e -> e.question().equals(record.questionId())
                        && e.supersededBy().equals(String.format(Locale.ROOT, "%04d", number)))
                .map(Existing::number).findFirst();
    }

    private void put(Path path, String text, boolean edited, List<Path> updated, List<Path> unchanged, List<Path> left)
            throws IOException {
        String now = Files.readString(path, StandardCharsets.UTF_8);
        if (now.equals(text)) {
            unchanged.add(path);
        } else if (edited) {
            left.add(path);
        } else {
            Files.writeString(path, text, StandardCharsets.UTF_8);
            updated.add(path);
        }
    }

    private Map<Path, Existing> scan(Path folder) throws IOException {
        Map<Path, Existing> found = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (NUMBERED.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file)) {
                    read(file).ifPresent(e -> found.put(file, e));
                }
            }
        }
        return found;
    }

    private static Optional<Existing> read(Path file) throws IOException {
        int number = Integer.parseInt(file.getFileName().toString().substring(0, 4));
        if (Files.size(file) > MAX_FILE) {
            return Optional.of(new Existing(file, number, "", "", "", true, ""));
        }
        String text;
        try (InputStream in = Files.newInputStream(file)) {
            text = new String(in.readNBytes((int) MAX_FILE), StandardCharsets.UTF_8);
        }
        String title = text.lines().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2).strip())
                .orElse(file.getFileName().toString());
        Matcher marker = MARKER.matcher(text);
        if (!marker.find()) {
            return Optional.of(new Existing(file, number, "", "", "", true, title));
        }
        boolean edited = !hash(text.substring(0, marker.start() + 1)).equals(marker.group(4));
        return Optional.of(new Existing(file, number, marker.group(1), marker.group(2), marker.group(3), edited, title));
    }

    /** The record as a file, with its marker: the question, the outcome's hash, who supersedes it, the text's hash. */
    String render(DecisionRecord record, int number, Optional<Integer> supersededBy, Optional<Integer> supersedes) {
        String body = switch (form) {
            case MADR -> madr(record, supersededBy);
            case LOG4BRAINS -> log4brains(record);
        } + sections(record, supersedes);
        String by = supersededBy.map(n -> String.format(Locale.ROOT, "%04d", n)).orElse("-");
        return body + "<!-- kickoff:adr question=" + record.questionId() + " outcome=" + hash(record.outcome())
                + " by=" + by + " text=" + hash(body) + " -->\n";
    }

    private String status(DecisionRecord record, Optional<Integer> supersededBy) {
        if (supersededBy.isPresent()) {
            return "superseded by ADR-" + String.format(Locale.ROOT, "%04d", supersededBy.get());
        }
        return record.accepted() ? "accepted" : "proposed";
    }

    private String madr(DecisionRecord record, Optional<Integer> supersededBy) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("status: ").append(yaml(status(record, supersededBy))).append('\n');
        out.append("date: ").append(record.date()).append('\n');
        if (!record.deciders().isEmpty()) {
            out.append("decision-makers: ").append(yaml(String.join(", ", record.deciders()))).append('\n');
        }
        out.append("---\n\n# ").append(title(record)).append("\n\n");
        return out.toString();
    }

    private String log4brains(DecisionRecord record) {
        StringBuilder out = new StringBuilder("# ").append(title(record)).append("\n\n");
        out.append("- Status: ").append(status(record, Optional.empty())).append('\n');
        out.append("- Date: ").append(record.date()).append('\n');
        if (!record.deciders().isEmpty()) {
            out.append("- Deciders: ").append(Markdown.escape(String.join(", ", record.deciders()))).append('\n');
        }
        out.append("- Tags: kickoff\n\n");
        return out.toString();
    }

    private String sections(DecisionRecord record, Optional<Integer> supersedes) {
        StringBuilder out = new StringBuilder(heading(2, "adr.section.context"));
        out.append(Markdown.escape(record.question())).append("\n\n");
        if (!record.guidance().isBlank()) {
            out.append(Markdown.escape(record.guidance())).append("\n\n");
        }
        if (!record.options().isEmpty()) {
            out.append(heading(2, "adr.section.options"));
            record.options().forEach(o -> out.append("* ").append(Markdown.escape(o)).append('\n'));
            out.append('\n');
        }
        out.append(heading(2, "adr.section.outcome"));
        if (record.accepted()) {
            String chosen = messages.get("adr.chosen", record.outcome());
            out.append(Markdown.escape(record.rationale().isBlank() ? chosen + "."
                    : chosen + messages.get("adr.because", record.rationale().strip()))).append("\n\n");
        } else {
            out.append(Markdown.escape(messages.get("adr.open", record.owner().isBlank() ? messages.get("report.not-set")
                    : record.owner(), record.dueText().isBlank() ? messages.get("report.not-set") : record.dueText())))
                    .append("\n\n");
        }
        if (!record.consequences().isEmpty()) {
            out.append(heading(3, "adr.section.consequences"));
            record.consequences().forEach(c -> out.append("* ").append(Markdown.escape(messages.get("adr.bad", c)))
                    .append('\n'));
            out.append('\n');
        }
        out.append(heading(2, "adr.section.more")).append(Markdown.escape(messages.get("adr.source", record.questionId(),
                record.projectName())));
        supersedes.ifPresent(n -> out.append(' ').append(messages.get("adr.supersedes",
                String.format(Locale.ROOT, "%04d", n))));
        out.append("\n");
        return out.toString();
    }

    /**
     * A section heading in the records' language: MADR's own headings in English, their translation in
     * German (the tools read the front matter or the metadata list, never the headings).
     */
    private String heading(int level, String key) {
        return "#".repeat(level) + " " + messages.get(key) + "\n\n";
    }

    private String title(DecisionRecord record) {
        String title = record.accepted() ? record.title() + ": " + record.outcome() : record.title();
        return Markdown.escape(title.replaceAll("\\R", " "));
    }

    /** The index of every numbered record in the folder, ours and others; left alone once edited by hand. */
    private void index(Path folder, Map<Path, Existing> records, List<Path> written, List<Path> updated,
                       List<Path> unchanged, List<Path> left) throws IOException {
        StringBuilder body = new StringBuilder("# ").append(messages.get("adr.index")).append("\n\n");
        for (Existing record : records.values()) {
            body.append("* [ADR-").append(String.format(Locale.ROOT, "%04d", record.number())).append("](")
                    .append(record.path().getFileName()).append(") ").append(record.title()).append('\n');
        }
        String text = body + "\n<!-- kickoff:adr-index text=" + hash(body + "\n") + " -->\n";
        Path index = folder.resolve(INDEX);
        if (!Files.exists(index)) {
            Files.writeString(index, text, StandardCharsets.UTF_8);
            written.add(index);
            return;
        }
        String now = Files.size(index) > MAX_FILE ? "" : Files.readString(index, StandardCharsets.UTF_8);
        Matcher marker = INDEX_MARKER.matcher(now);
        boolean edited = !marker.find() || !hash(now.substring(0, marker.start() + 1)).equals(marker.group(1));
        put(index, text, edited, updated, unchanged, left);
    }

    private static String fileName(int number, String title) {
        return String.format(Locale.ROOT, "%04d", number) + "-" + slug(title) + ".md";
    }

    /** Lower case, dashes, ASCII: "Übergabe von Geheimnissen" becomes "uebergabe-von-geheimnissen". */
    static String slug(String title) {
        String folded = title.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? "decision" : slug;
    }

    private static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("\\R", " ") + "\"";
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            // every Java runtime must provide SHA-256
            throw new IllegalStateException(e);
        }
    }
}
