package org.richlazy.pipeline.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.Callable;
import org.richlazy.pipeline.ExperimentRunner;
import org.richlazy.pipeline.PipelineOutcome;
import org.richlazy.pipeline.config.ConfigLoader;
import org.richlazy.pipeline.config.ExperimentConfig;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code richlazy demo}: the built-in mouse V1 L2/3 preset against two baselines, no input file. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run the built-in demo: the mouse V1 layer-2/3 four-class cell-type table (SPEC §9) sampled to 300 neurons, against gaussian and rank-matched baselines, on 2AF with 3 seeds, then write the results and report.html (default folder ./richlazy-demo).")
final class DemoCommand implements Callable<Integer> {
    /** The built-in demo experiment, a resource of this module. */
    static final String CONFIG_RESOURCE = "/org/richlazy/pipeline/demo.yaml";

    @Mixin(name = "debug")
    DebugOption debug;

    @ArgGroup(exclusive = false, heading = "Experiment options:%n")
    ExperimentOptions options = new ExperimentOptions();

    @Spec
    CommandSpec spec;

    private final ExperimentRunner runner;
    private final ConfigLoader configs;

    @Inject
    DemoCommand(ExperimentRunner runner, ConfigLoader configs) {
        this.runner = runner;
        this.configs = configs;
    }

    @Override
    public Integer call() throws IOException {
        Map<String, String> overrides = options.overrides();
        ExperimentConfig config;
        try (InputStream in = DemoCommand.class.getResourceAsStream(CONFIG_RESOURCE)) {
            config = configs.parse(in, "built-in demo config", overrides);
        }
        PipelineOutcome outcome = runner.run(config.withAbsolutePaths());
        OutcomePrinter.print(outcome, spec.commandLine().getOut());
        return 0;
    }
}
