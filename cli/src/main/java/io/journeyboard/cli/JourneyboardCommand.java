package io.journeyboard.cli;

import io.journeyboard.cli.analyze.AnalyzeCommand;
import io.journeyboard.cli.backup.BackupCommand;
import io.journeyboard.cli.backup.RestoreCommand;
import io.journeyboard.cli.export.ExportCommand;
import io.journeyboard.cli.export.ImportTableCommand;
import io.journeyboard.cli.insights.InsightsCommand;
import io.journeyboard.cli.insights.InsightsEvalCommand;
import io.journeyboard.cli.insights.SentimentEvalCommand;
import io.journeyboard.cli.map.ConvertCommand;
import io.journeyboard.cli.map.NewCommand;
import io.journeyboard.cli.map.TemplatesCommand;
import io.journeyboard.cli.map.ValidateCommand;
import io.journeyboard.cli.serve.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; every feature adds its subcommand to the list below. */
@Command(
        name = "journeyboard",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Customer journey maps, journey analytics and feedback insights.",
        subcommands = {
            CommandLine.HelpCommand.class,
            ServeCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            TemplatesCommand.class,
            NewCommand.class,
            ValidateCommand.class,
            ConvertCommand.class,
            InsightsCommand.class,
            SentimentEvalCommand.class,
            InsightsEvalCommand.class,
            ExportCommand.class,
            ImportTableCommand.class,
            AnalyzeCommand.class,
        })
public final class JourneyboardCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line whose errors are short messages (exit 2 for usage, 1 for failures), never stack traces. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new JourneyboardCommand());
        line.setExecutionExceptionHandler(new UserErrorHandler());
        // enum options (--format, --on-error, --sentiment) take their values in any case: skip, SKIP
        line.setCaseInsensitiveEnumValuesAllowed(true);
        CommandLine serve = line.getSubcommands().get("serve");
        serve.setDefaultValueProvider(((ServeCommand) serve.getCommand()).settings());
        return line;
    }
}
