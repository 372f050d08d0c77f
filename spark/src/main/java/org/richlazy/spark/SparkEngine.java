package org.richlazy.spark;

import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.richlazy.pipeline.SweepEngine;
import org.richlazy.pipeline.SweepJob;
import org.richlazy.pipeline.config.ConfigLoader;

/**
 * The {@code spark} engine ({@code --engine spark}): the pending runs are parallelised with one
 * partition per run, so each run is one Spark task; the task reads its init from
 * {@code <out>/inits/<name>.h5}, trains and writes its run folder ({@link RunTask}). The driver (this
 * process) then rebuilds {@code results.csv} from the run folders as with the local engine, so the
 * table is the same bytes. The results folder must be on a filesystem every executor sees.
 *
 * <p>The master is, in this order: {@code --master}; {@code spark.master} of the Spark configuration
 * (what spark-submit's {@code --master} sets); {@code local[N]} with N the experiment's workers (the
 * machine's cores by default). Spark's console progress bar is off unless configured: the sweep's own
 * progress lines say which run finished.
 */
public final class SparkEngine implements SweepEngine {
    /** The name {@code --engine} selects. */
    public static final String NAME = "spark";

    /** {@code --master}, or null for the configured or local default. */
    private final String master;

    /** The engine on the configured master, else local (ServiceLoader's constructor). */
    public SparkEngine() {
        this(null);
    }

    private SparkEngine(String master) {
        this.master = master;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SweepEngine on(String url) {
        if (url.isBlank()) {
            throw new IllegalArgumentException("--master is empty; expected a Spark master URL such as "
                    + "spark://host:7077 or local[4]");
        }
        return new SparkEngine(url);
    }

    @Override
    public String describe(SweepJob job) {
        return "as Spark tasks on " + master(job);
    }

    @Override
    public void train(SweepJob job) {
        SparkConf conf = new SparkConf().setMaster(master(job)).setAppName("richlazy: " + job.config().name())
                .setIfMissing("spark.ui.showConsoleProgress", "false");
        List<RunCoordinates> runs = job.runs().stream()
                .map(k -> new RunCoordinates(k.init().name(), k.task(), k.seed())).toList();
        RunTask task = new RunTask(job.out().toString(), SparkRoot.get(ConfigLoader.class).toYaml(job.config()));
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.sc().addSparkListener(new RunListener(job));
            spark.parallelize(runs, runs.size()).foreach(task);
        } catch (Exception e) { // Spark throws its checked SparkException without declaring it
            throw new IllegalStateException("Spark could not train the runs: " + firstLine(e.getMessage()), e);
        }
    }

    private String master(SweepJob job) {
        return master != null ? master : new SparkConf().get("spark.master", "local[" + job.config().workers() + "]");
    }

    private static String firstLine(String text) {
        return text == null ? "(no message)" : text.lines().findFirst().orElse(text);
    }
}
