package org.richlazy.pipeline.cli;

import java.util.concurrent.Callable;
import org.richlazy.ingest.Readers;
import org.richlazy.pipeline.ExperimentRunner;
import org.richlazy.pipeline.PipelineOutcome;
import org.richlazy.pipeline.SweepEngine;
import org.richlazy.pipeline.config.ConfigLoader;
import org.richlazy.pipeline.config.ExperimentConfig;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that runs a whole experiment: {@code demo} and {@code run}. */
abstract class ExperimentCommand implements Callable<Integer> {
    @Mixin(name = "debug")
    DebugOption debug;

    @ArgGroup(exclusive = false, heading = "Experiment options:%n")
    ExperimentOptions options = new ExperimentOptions();

    @Spec
    CommandSpec spec;

    final ExperimentRunner runner;
    final ConfigLoader configs;
    private final Readers readers;

    ExperimentCommand(ExperimentRunner runner, ConfigLoader configs, Readers readers) {
        this.runner = runner;
        this.configs = configs;
        this.readers = readers;
    }

    /** The experiment, with the command line's overrides applied. */
    abstract ExperimentConfig config() throws Exception;

    @Override
    public final Integer call() throws Exception {
        SweepEngine engine = options.sweepEngine();
        PipelineOutcome outcome = runner.run(config().withAbsolutePaths(readers), engine, options.force);
        OutcomePrinter.print(outcome, spec.commandLine().getOut());
        if (!closingNote().isEmpty()) {
            spec.commandLine().getOut().println(closingNote());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    /** A paragraph printed after the verdicts; empty for none. */
    String closingNote() {
        return "";
    }
}
