package org.kickoff.cli;

import java.io.PrintWriter;
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
        ExportCommand.class, DiffCommand.class, MergeCommand.class})
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
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println(cmd.getResourceBundle().getString("cli.unexpected") + " " + e);
            return 1;
        });
        commandLine.setParameterExceptionHandler((e, badArgs) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println(e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr());
            cmd.getErr().println();
            cmd.usage(cmd.getErr());
            return CommandLine.ExitCode.USAGE;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
