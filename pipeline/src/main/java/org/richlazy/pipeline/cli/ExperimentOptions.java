package org.richlazy.pipeline.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options that change an experiment config from the command line, shared by {@code demo} and {@code run}. */
final class ExperimentOptions {
    @Option(names = "--out", paramLabel = "DIR", description = "Results folder (overrides the config's 'out').")
    Path out;

    @Option(names = "--workers", paramLabel = "N",
            description = "Runs trained at once (default: the config's, else the number of cores).")
    Integer workers;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override one config value by its dotted key, e.g. --set training.iterations=500 "
                    + "or --set 'training.seeds=[1,2]'. Repeatable.")
    Map<String, String> set = new LinkedHashMap<>();

    /** Every override as dotted key path to YAML value. */
    Map<String, String> overrides() {
        Map<String, String> all = new LinkedHashMap<>(set);
        if (out != null) {
            all.put("out", quoted(out.toString()));
        }
        if (workers != null) {
            all.put("workers", workers.toString());
        }
        return all;
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
