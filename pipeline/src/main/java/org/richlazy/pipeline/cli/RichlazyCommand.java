package org.richlazy.pipeline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code richlazy} command. */
@Command(name = "richlazy", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Does measured connectivity learn richer or lazier than random baselines of the same norm, "
                + "rank or spectrum? (Liu et al., ICLR 2024)",
        subcommands = {DemoCommand.class, RunCommand.class, InspectCommand.class, ReportCommand.class, BenchCommand.class,
            TheoryCommand.class, DataCommand.class, ExportCommand.class})
public final class RichlazyCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: demo, run, inspect, report, bench, theory, data or export");
    }
}
