package org.kickoff.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.kickoff.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The command line: {@code kickoff COMMAND ...}. Every command works without a display and never starts
 * the JavaFX toolkit.
 */
@Command(name = "kickoff", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
        resourceBundle = "i18n.cli", subcommands = {CatalogCommand.class, ValidateCommand.class,
        ExportCommand.class, DiffCommand.class, MergeCommand.class, RisksCommand.class})
public final class KickoffCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        // "kickoff" with options but no command: say what it can do
        throw new CommandLine.ParameterException(spec.commandLine(),
                spec.commandLine().getResourceBundle().getString("cli.no-command"));
    }

    public static boolean isCommand(String word) {
        return new CommandLine(new KickoffCommand()).getSubcommands().containsKey(word);
    }

    /** Runs the command line and returns the exit code: 0 success, 1 a failed check, 2 bad usage. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new KickoffCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        Messages messages = messages(args);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // a fault of Kickoff: one line, in the user's language, without a stack trace
            err.println(Output.line(messages.get("command.failed", e.getClass().getSimpleName())));
            return 1;
        });
        // the usage text in the language of --lang (picocli would take the system's)
        commandLine.setResourceBundle(java.util.ResourceBundle.getBundle("i18n.cli", messages.locale()));
        commandLine.setParameterExceptionHandler((e, badArgs) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println(Output.line(usageProblem(e, cmd.getResourceBundle())));
            CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr());
            cmd.getErr().println();
            cmd.usage(cmd.getErr());
            return CommandLine.ExitCode.USAGE;
        });
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // the limits on what a file may hold keep the work small; should one still be missing
            err.println(Output.line(messages.get("command.out-of-memory",
                    Runtime.getRuntime().maxMemory() / (1024 * 1024))));
            code = 1;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * What is wrong with the command line, in the bundle's language: picocli words its own findings in
     * English only, so the usual ones are worded here; Kickoff's own (an unknown language) already are.
     */
    static String usageProblem(CommandLine.ParameterException e, java.util.ResourceBundle bundle) {
        if (e instanceof CommandLine.MissingParameterException missing) {
            return String.format(bundle.getString("cli.missing"), missing.getMissing().stream()
                    .map(arg -> arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel())
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return String.format(bundle.getString("cli.unmatched"), unmatched.getUnmatched().stream()
                    .map(arg -> "'" + arg + "'").collect(java.util.stream.Collectors.joining(", ")));
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return String.format(bundle.getString("cli.repeated"), overwritten.getOverwritten().isOption()
                    ? ((CommandLine.Model.OptionSpec) overwritten.getOverwritten()).longestName()
                    : overwritten.getOverwritten().paramLabel());
        }
        if (e.getArgSpec() != null && e.getValue() != null && e.getCause() instanceof CommandLine.TypeConversionException) {
            return String.format(bundle.getString("cli.bad-value"), e.getValue(), e.getArgSpec().isOption()
                    ? ((CommandLine.Model.OptionSpec) e.getArgSpec()).longestName() : e.getArgSpec().paramLabel());
        }
        return e.getMessage();
    }

    /** The language of {@code --lang}, read before picocli parses, for the messages of a failed run. */
    private static Messages messages(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return Messages.forLanguage(args[i + 1]);
            }
            if (args[i].startsWith("--lang=")) {
                return Messages.forLanguage(args[i].substring("--lang=".length()));
            }
        }
        return new Messages(Locale.getDefault());
    }
}
