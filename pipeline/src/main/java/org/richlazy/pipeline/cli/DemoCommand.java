package org.richlazy.pipeline.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import org.richlazy.pipeline.ExperimentRunner;
import org.richlazy.pipeline.config.ConfigLoader;
import org.richlazy.pipeline.config.ExperimentConfig;
import picocli.CommandLine.Command;

/** {@code richlazy demo}: the built-in mouse V1 L2/3 preset against two baselines, no input file. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run the built-in demo: the mouse V1 layer-2/3 four-class cell-type table (SPEC §9) sampled "
                + "to 300 neurons, against gaussian and rank-matched baselines, on 2AF with 3 seeds (neuron time "
                + "constant 200 ms, a = dt/tau = 0.5, so that every measure is defined; the paper's a = 1 with "
                + "--set training.tau=100), then write the results and report.html (default folder ./richlazy-demo).")
final class DemoCommand extends ExperimentCommand {
    /** The built-in demo experiment, a resource of this module. */
    static final String CONFIG_RESOURCE = "/org/richlazy/pipeline/demo.yaml";

    @Inject
    DemoCommand(ExperimentRunner runner, ConfigLoader configs) {
        super(runner, configs);
    }

    @Override
    ExperimentConfig config() throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(CONFIG_RESOURCE)) {
            return configs.parse(in, "built-in demo config", options.overrides());
        }
    }
}
