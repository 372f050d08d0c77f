package org.richlazy.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.richlazy.pipeline.config.ExperimentConfig;
import org.richlazy.train.RunResult;
import org.richlazy.train.Task;
import org.richlazy.train.task.TaskCatalog;

/**
 * The runs a sweep still has to train, handed to a {@link SweepEngine}: the resolved experiment (its
 * results folder, training spec and worker count), the runs not yet complete on disk, in plan order, and the tasks
 * they train on.
 * Engines report progress through it; its methods are thread-safe.
 */
public final class SweepJob {
    private final ExperimentConfig config;
    private final List<RunKey> runs;
    private final SweepProgress progress;
    private final TaskCatalog tasks;

    SweepJob(ExperimentConfig config, List<RunKey> runs, SweepProgress progress, TaskCatalog tasks) {
        this.config = config;
        this.runs = List.copyOf(runs);
        this.progress = progress;
        this.tasks = tasks;
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

    /** The task labelled {@code label} ({@code 2af+dale}), configured by the experiment's training spec. */
    public Task task(String label) {
        return tasks.task(label, config.training());
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
