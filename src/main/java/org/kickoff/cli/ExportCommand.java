package org.kickoff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kickoff.domain.Project;
import org.kickoff.i18n.Messages;
import org.kickoff.i18n.VisibleText;
import org.kickoff.report.ExportFormat;
import org.kickoff.report.ExportOptions;
import org.kickoff.report.PaperSize;
import org.kickoff.report.Summary;
import org.kickoff.storage.AtomicFile;
import org.kickoff.storage.CheckedProject;
import org.kickoff.storage.QuestionnaireResolver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Writes a project's summary as PDF, HTML, Markdown or CSV, without a display. Problems are one line on
 * standard error and exit status 1; the output file is replaced atomically, so a failed export never
 * leaves half a file.
 */
@Command(name = "export", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli")
final class ExportCommand implements Callable<Integer> {

    /** The formats' names, for the usage text and shell completion. */
    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ExportFormat.names().iterator();
        }
    }

    /** A format by its name; the message lists the names (picocli prints it as the error). */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String name) {
            return ExportFormat.byName(name).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    String.join(", ", ExportFormat.names())));
        }
    }

    enum Paper {
        a4(PaperSize.A4), letter(PaperSize.LETTER);

        final PaperSize size;

        Paper(PaperSize size) {
            this.size = size;
        }
    }

    /** Standard output instead of a file. */
    static final String STDOUT = "-";

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language = new LanguageOption();

    @Parameters(paramLabel = "FILE", arity = "1", descriptionKey = "param.export-file")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.class,
            converter = FormatConverter.class, descriptionKey = "option.format.export")
    ExportFormat format = ExportFormat.PDF;

    @Option(names = "--paper", paramLabel = "a4|letter", descriptionKey = "option.paper")
    Paper paper;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", descriptionKey = "option.output")
    String output;

    @Option(names = "--document", paramLabel = "brief|full", descriptionKey = "option.document",
            converter = DocumentConverter.class)
    org.kickoff.report.Document document = org.kickoff.report.Document.FULL;

    @Option(names = "--since", paramLabel = "MILESTONE", descriptionKey = "option.since")
    String since;

    /** A document by its name; the message lists the names. */
    static final class DocumentConverter implements picocli.CommandLine.ITypeConverter<org.kickoff.report.Document> {
        @Override
        public org.kickoff.report.Document convert(String name) {
            return org.kickoff.report.Document.byName(name).orElseThrow(
                    () -> new picocli.CommandLine.TypeConversionException("brief, full"));
        }
    }

    @Override
    public Integer call() {
        // PDFBox uses AWT classes for fonts and images; headless, they never open a display connection
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Messages messages = language.messages();
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat exportFormat = format;
        boolean toStdout = STDOUT.equals(output);
        if (toStdout && !exportFormat.isText()) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages.get("export.binary-to-stdout"));
        }
        if (output != null && output.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages.get("export.empty-output"));
        }
        if (toStdout && exportFormat.isFolder()) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages.get("export.folder-to-stdout"));
        }
        Path target;
        try {
            target = toStdout ? null : output != null ? Path.of(output) : exportFormat.isFolder()
                    ? file.toAbsolutePath().resolveSibling("docs").resolve("decisions")
                    : exportFormat.kind() == ExportFormat.Kind.WORK
                    ? replaceExtension(file, exportFormat.id() + "." + exportFormat.extension())
                    : replaceExtension(file, exportFormat.extension());
        } catch (InvalidPathException e) {
            err.println(Output.line(messages.get("export.cannot-write", VisibleText.quote(output),
                    messages.get("export.reason.bad-name"))));
            return 1;
        }
        if (target != null && sameFile(file, target)) {
            err.println(Output.line(messages.get("export.same-file", Output.path(target))));
            return 1;
        }
        ProjectInputs inputs = new ProjectInputs(messages, "export.bad-file");
        QuestionnaireResolver.Resolved resolved;
        Project project;
        try {
            CheckedProject checked = inputs.read(file);
            resolved = inputs.resolved(file, checked);
            project = resolved.project(checked.file());
        } catch (ProjectInputs.BadInput e) {
            err.println(e.getMessage());
            return 1;
        }
        org.kickoff.domain.Milestone milestone = null;
        if (since != null) {
            milestone = project.milestone(since).orElse(null);
            if (milestone == null) {
                err.println(Output.line(messages.get("diff.no-milestone", Output.path(file), VisibleText.quote(since),
                        String.join(", ", project.milestones().stream().map(m -> VisibleText.quote(m.name())).toList()))));
                return 1;
            }
        }
        Summary summary = Summary.of(resolved.questionnaire(), project, messages,
                java.time.LocalDate.now(Clock.systemDefaultZone()), milestone);
        if (exportFormat.isFolder()) {
            return records(summary, exportFormat, target, messages, err);
        }
        PaperSize paperSize = paper == null ? PaperSize.forLocale(Locale.getDefault()) : paper.size;
        byte[] bytes;
        try {
            bytes = exportFormat.exporter().export(summary, new ExportOptions(paperSize, document));
        } catch (IOException | RuntimeException e) {
            // the renderer's own words name its classes and settings: nothing a reader can act on
            err.println(Output.line(messages.get("export.failed-unexpected", Output.path(file),
                    exportFormat.id().toUpperCase(Locale.ROOT))));
            return 1;
        }
        if (toStdout) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            // the byte order mark is for spreadsheets opening a file, not for a pipe; on a terminal, the
            // text may not act on it (escape sequences, bidirectional overrides)
            spec.commandLine().getOut().print(VisibleText.lines(text.startsWith("\uFEFF") ? text.substring(1) : text));
            spec.commandLine().getOut().flush();
            return 0;
        }
        try {
            AtomicFile.write(target, bytes);
        } catch (IOException e) {
            err.println(Output.line(messages.get("export.cannot-write", Output.path(target),
                    Output.reason(e, target, messages))));
            return 1;
        }
        spec.commandLine().getOut().println(Output.line(messages.get("export.written", Output.path(target))));
        return 0;
    }

    /** Writes the decision records into the folder and says what it wrote, updated and left. */
    private int records(Summary summary, ExportFormat format, Path folder, Messages messages, PrintWriter err) {
        org.kickoff.report.DecisionRecords.Result result;
        try {
            result = new org.kickoff.report.DecisionRecords(format.recordForm(), messages).write(summary, folder);
        } catch (IOException e) {
            err.println(Output.line(messages.get("export.cannot-write", Output.path(folder),
                    Output.reason(e, folder, messages))));
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(Output.line(messages.get("adr.written", Output.path(folder), records(result.written()),
                records(result.updated()), records(result.unchanged()))));
        for (Path left : result.leftEdited()) {
            err.println(Output.line(messages.get("adr.left-edited", Output.path(left.getFileName()))));
        }
        for (Path left : result.supersededByHand()) {
            err.println(Output.line(messages.get("adr.supersede-by-hand", Output.path(left.getFileName()))));
        }
        for (String duplicate : result.duplicates()) {
            err.println(Output.line(messages.get("adr.duplicate-number", VisibleText.quote(duplicate))));
        }
        return 0;
    }

    /** How many of the files are records, not the index. */
    private static long records(java.util.List<Path> files) {
        return files.stream().filter(f -> !f.getFileName().toString().equals("index.md")).count();
    }

    static Path replaceExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(base + "." + extension);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

}
