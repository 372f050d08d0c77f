package org.richlazy.pipeline.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.richlazy.pipeline.AtomicFile;
import org.richlazy.pipeline.config.ConfigLoader;
import org.richlazy.pipeline.config.TheoryConfig;
import org.richlazy.report.Report;
import org.richlazy.report.RunInfo;
import org.richlazy.report.TheoryReport;
import org.richlazy.train.theory.TheoryRun;
import org.richlazy.train.theory.TheorySweep;
import org.richlazy.train.theory.TheoryTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code richlazy theory <config.yaml>}: the paper's two-layer linear theory, simulated and predicted
 * ({@link TheorySweep}); writes {@code experiment.yaml}, {@code run-info.json}, {@code results.csv} and
 * {@code report.html} into the config's {@code out} and prints one line per group of runs.
 */
@Command(name = "theory", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Simulate two-layer linear student-teacher networks (gradient flow from a small initial "
                + "scale) and compare their kernel alignment with the theory's prediction: a sweep over the "
                + "effective rank of W(0) or over feature anisotropy. See examples/theory-*.yaml.")
final class TheoryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "THEORY.yaml", description = "The theory config.")
    Path configFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder (overrides the config's 'out').")
    Path out;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override one config value by its dotted key, e.g. --set theory.teachers=4. Repeatable.")
    Map<String, String> set = new LinkedHashMap<>();

    @Mixin(name = "debug")
    DebugOption debug;

    @Spec
    CommandSpec spec;

    private final ConfigLoader configs;

    @Inject
    TheoryCommand(ConfigLoader configs) {
        this.configs = configs;
    }

    @Override
    public Integer call() {
        Map<String, String> overrides = new LinkedHashMap<>(set);
        if (out != null) {
            overrides.put("out", ExperimentOptions.quoted(out.toString()));
        }
        TheoryConfig config = configs.readTheory(configFile, overrides).withAbsolutePaths();
        Path folder = Path.of(config.out());
        PrintWriter console = spec.commandLine().getOut();
        long start = System.nanoTime();
        List<TheoryRun> runs = TheorySweep.run(config.theory());
        try {
            Files.createDirectories(folder);
            configs.write(config, folder.resolve("experiment.yaml"));
            RunInfo.writeIfAbsent(folder);
            TheoryTable.write(folder.resolve(TheoryTable.FILE), runs);
            String command = "./richlazy theory " + folder.resolve("experiment.yaml");
            AtomicFile.writeString(folder.resolve(Report.FILE_NAME), TheoryReport.render(config.name(), command,
                    RunInfo.toolVersion(), config.theory(), runs));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder + ": " + e.getMessage(), e);
        }
        console.printf("%d runs in %.1f s; report: %s%n", runs.size(), (System.nanoTime() - start) / 1e9,
                folder.resolve(Report.FILE_NAME));
        for (String line : TheoryReport.summary(config.theory(), runs)) {
            console.println(line);
        }
        return 0;
    }
}
