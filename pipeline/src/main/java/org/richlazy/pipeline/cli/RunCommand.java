package org.richlazy.pipeline.cli;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.richlazy.pipeline.ExperimentRunner;
import org.richlazy.pipeline.PipelineOutcome;
import org.richlazy.pipeline.config.ConfigLoader;
import org.richlazy.pipeline.config.ExperimentConfig;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code richlazy run <experiment.yaml>}: the whole pipeline from a config file. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run an experiment from a YAML config: ingest, initial weights and baselines, training, report. Every default used is written to <out>/experiment.yaml. Rerunning the same command keeps completed runs and trains only the missing ones.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPERIMENT.yaml", description = "The experiment config.")
    Path configFile;

    @Mixin(name = "debug")
    DebugOption debug;

    @ArgGroup(exclusive = false, heading = "Experiment options:%n")
    ExperimentOptions options = new ExperimentOptions();

    @Spec
    CommandSpec spec;

    private final ExperimentRunner runner;
    private final ConfigLoader configs;

    @Inject
    RunCommand(ExperimentRunner runner, ConfigLoader configs) {
        this.runner = runner;
        this.configs = configs;
    }

    @Override
    public Integer call() {
        ExperimentConfig config = configs.readForRun(configFile, options.overrides()).withAbsolutePaths();
        PipelineOutcome outcome = runner.run(config);
        OutcomePrinter.print(outcome, spec.commandLine().getOut());
        return 0;
    }
}
