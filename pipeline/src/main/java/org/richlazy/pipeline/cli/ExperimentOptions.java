package org.richlazy.pipeline.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.richlazy.pipeline.LocalEngine;
import org.richlazy.pipeline.SweepEngine;
import org.richlazy.pipeline.SweepEngines;
import picocli.CommandLine.Option;

/**
 * Options that change an experiment config from the command line, and the engine its runs train on,
 * shared by {@code demo} and {@code run}. The engine is not part of the experiment: a sweep started on
 * one engine can be completed on another, with the same {@code results.csv}.
 */
final class ExperimentOptions {
    @Option(names = "--out", paramLabel = "DIR", description = "Results folder (overrides the config's 'out').")
    Path out;

    @Option(names = "--force",
            description = "Write into a results folder that holds other files and is not a results folder (a "
                    + "results.csv or report.html there is replaced). Never the filesystem root or the home folder, "
                    + "and never a folder holding another experiment's results.")
    boolean force;

    @Option(names = "--workers", paramLabel = "N",
            description = "Runs trained at once (default: the config's, else the number of cores).")
    Integer workers;

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = LocalEngine.NAME,
            description = "Where the runs train: local (a thread pool in this process; default) or spark (one "
                    + "Spark task per run; needs the richlazy-spark module, see docs/spark.md).")
    String engine = LocalEngine.NAME;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master for --engine spark, e.g. spark://host:7077 or local[4] (default: the one "
                    + "spark-submit was given, else local[N] with N the workers).")
    String master;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override one config value by its dotted key, e.g. --set training.iterations=500 "
                    + "or --set 'training.seeds=[1,2]'. Repeatable.")
    Map<String, String> set = new LinkedHashMap<>();

    /** The engine the runs train on. */
    SweepEngine sweepEngine() {
        return SweepEngines.named(engine, master);
    }

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

    /** {@code text} as a single-quoted YAML scalar, for an override's value. */
    static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
