package org.richlazy.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.richlazy.pipeline.config.ExperimentConfig;
import org.richlazy.train.RunResult;

/**
 * The runs a sweep still has to train, handed to a {@link SweepEngine}: the resolved experiment (its
 * results folder, training spec and worker count) and the runs not yet complete on disk, in plan order.
 * Engines report progress through it; its methods are thread-safe.
 */
public final class SweepJob {
    private final ExperimentConfig config;
    private final List<RunKey> runs;
    private final SweepProgress progress;

    SweepJob(ExperimentConfig config, List<RunKey> runs, SweepProgress progress) {
        this.config = config;
        this.runs = List.copyOf(runs);
        this.progress = progress;
    }

    /** The resolved experiment, paths absolute. */
    public ExperimentConfig config() {
        return config;
    }

    /** The results folder the runs are written to. */
    public Path out() {
        return Path.of(config.out());
    }

    /** The runs to train, in init, task, seed order. */
    public List<RunKey> runs() {
        return runs;
    }

    /** {@code count} more training iterations done by some run. */
    public void iterations(int count) {
        progress.iterations(count);
    }

    /** A run is trained and written. */
    public void finished(RunResult run) {
        progress.finished(run);
    }
}
