package org.kickoff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kickoff.domain.Problem;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.i18n.Messages;
import org.kickoff.report.ExportFormat;
import org.kickoff.report.ExportOptions;
import org.kickoff.report.PaperSize;
import org.kickoff.report.Summary;
import org.kickoff.storage.AtomicFile;
import org.kickoff.storage.ProjectFiles;
import org.kickoff.storage.QuestionnaireReader;
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
        Path target = toStdout ? null : output == null ? replaceExtension(file, exportFormat.extension()) : Path.of(output);
        if (target != null && sameFile(file, target)) {
            err.println(messages.get("export.same-file", target));
            return 1;
        }
        Questionnaire questionnaire = new QuestionnaireReader().builtIn();
        Project project;
        try {
            project = new ProjectFiles().open(file);
        } catch (ProblemException e) {
            err.println(file + ": " + messages.problem(e.first()));
            return 1;
        }
        if (!project.questionnaire().id().equals(questionnaire.id())) {
            err.println(file + ": " + messages.problem(Problem.at("$.questionnaire.id", "project.unknown-questionnaire",
                    project.questionnaire().id())));
            return 1;
        }
        Summary summary = Summary.of(questionnaire, project, messages, Clock.systemDefaultZone());
        PaperSize paperSize = paper == null ? PaperSize.forLocale(Locale.getDefault()) : paper.size;
        byte[] bytes;
        try {
            bytes = exportFormat.exporter().export(summary, new ExportOptions(paperSize));
        } catch (IOException | RuntimeException e) {
            err.println(messages.get("export.failed", file, String.valueOf(e.getMessage())));
            return 1;
        }
        if (toStdout) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            // the byte order mark is for spreadsheets opening a file, not for a pipe
            spec.commandLine().getOut().print(text.startsWith("\uFEFF") ? text.substring(1) : text);
            spec.commandLine().getOut().flush();
            return 0;
        }
        try {
            AtomicFile.write(target, bytes);
        } catch (IOException e) {
            err.println(messages.get("export.cannot-write", target, reason(e, target, messages)));
            return 1;
        }
        spec.commandLine().getOut().println(messages.get("export.written", target));
        return 0;
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

    private static String reason(IOException e, Path target, Messages messages) {
        if (Files.isDirectory(target)) {
            return messages.get("export.reason.is-folder");
        }
        if (e instanceof NoSuchFileException) {
            return messages.get("export.reason.no-folder");
        }
        if (e instanceof AccessDeniedException) {
            return messages.get("export.reason.denied");
        }
        return e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(e.getMessage());
    }
}
