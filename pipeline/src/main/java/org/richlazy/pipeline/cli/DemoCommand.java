package org.richlazy.pipeline.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import org.richlazy.ingest.Readers;
import org.richlazy.pipeline.ExperimentRunner;
import org.richlazy.pipeline.config.ConfigLoader;
import org.richlazy.pipeline.config.ExperimentConfig;
import picocli.CommandLine.Command;

/** {@code richlazy demo}: the built-in mouse V1 L2/3 preset against two baselines, no input file. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run the built-in demo: the mouse V1 layer-2/3 four-class cell-type table (docs/science.md, \"Built-in preset\") sampled "
                + "to 300 neurons, against gaussian and rank-matched baselines, on 2AF with 5 seeds per init, each "
                + "run trained until its accuracy reaches 0.8 (at most 2,000 iterations) so the inits are compared "
                + "at equal performance (neuron time constant 200 ms, a = dt/tau = 0.5, so that every measure is "
                + "defined; the paper's a = 1 with --set training.tau=100), then write the results and report.html "
                + "(default folder ./richlazy-demo).")
final class DemoCommand extends ExperimentCommand {
    /** The built-in demo experiment, a resource of this module. */
    static final String CONFIG_RESOURCE = "/org/richlazy/pipeline/demo.yaml";

    @Inject
    DemoCommand(ExperimentRunner runner, ConfigLoader configs, Readers readers) {
        super(runner, configs, readers);
    }

    /** What the demo's sample can and cannot show, printed after its verdicts. */
    static final String WHAT_IT_SHOWS = "What this demo can show: with 5 seeds per init, each trained to accuracy 0.8,"
            + " a direction at p < 0.05 when the seeds of one init separate from the other's (smallest attainable p"
            + " 0.008). What it cannot: a precise size (see the ratio's interval), or anything about other tasks,"
            + " the paper's a = 1 and 10,000 iterations (richlazy run examples/v1-l23-2af.yaml), or other N.";

    @Override
    String closingNote() {
        return WHAT_IT_SHOWS;
    }

    @Override
    ExperimentConfig config() throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(CONFIG_RESOURCE)) {
            return configs.parse(in, "built-in demo config", options.overrides());
        }
    }
}
