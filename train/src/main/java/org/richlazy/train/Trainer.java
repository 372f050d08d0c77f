package org.richlazy.train;

import org.richlazy.train.task.TaskCatalog;
import org.richlazy.transform.InitialWeights;

/** The train stage: one init, one task, one seed to a {@link RunResult} (and final weights). */
public final class Trainer {
    private Trainer() {
    }

    /**
     * Trains the CTRNN from {@code init} on {@code task} with every draw from {@code seed}.
     * Diverged runs are returned with status {@code diverged}, never thrown away.
     */
    public static TrainedRun train(InitialWeights init, Task task, long seed, TrainingSpec spec) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** The task of that name, configured by {@code spec} (e.g. the MNIST path). */
    public static Task task(String name, TrainingSpec spec) {
        return TaskCatalog.byName(name, spec);
    }
}
