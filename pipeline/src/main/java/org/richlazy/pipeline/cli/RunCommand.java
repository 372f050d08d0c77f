package org.richlazy.pipeline.cli;

import jakarta.inject.Inject;
import java.nio.file.Path;
import org.richlazy.ingest.Readers;
import org.richlazy.pipeline.ExperimentRunner;
import org.richlazy.pipeline.config.ConfigLoader;
import org.richlazy.pipeline.config.ExperimentConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code richlazy run <experiment.yaml>}: the whole pipeline from a config file. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run an experiment from a YAML config: ingest, initial weights and baselines, training, "
                + "report. Every default used is written to <out>/experiment.yaml. Rerunning the same command "
                + "keeps completed runs and trains only the missing ones.")
final class RunCommand extends ExperimentCommand {
    @Parameters(index = "0", paramLabel = "EXPERIMENT.yaml", description = "The experiment config.")
    Path configFile;

    @Inject
    RunCommand(ExperimentRunner runner, ConfigLoader configs, Readers readers) {
        super(runner, configs, readers);
    }

    @Override
    ExperimentConfig config() {
        return configs.readForRun(configFile, options.overrides());
    }
}
