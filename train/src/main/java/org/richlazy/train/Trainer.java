package org.richlazy.train;

import org.richlazy.train.task.TaskCatalog;
import org.richlazy.transform.InitialWeights;

/** The train stage: one init, one task, one seed to a {@link RunResult} (and final weights). */
public final class Trainer {
    private Trainer() {
    }

    /**
     * Trains the CTRNN from {@code init} on {@code task} with every draw from {@code seed}.
     * Diverged runs are returned with status {@code diverged}, never thrown away. The curve holds
     * the mean loss and decision-step accuracy of each window of {@code curveEvery} iterations
     * (a last, shorter window when the run ends or diverges mid-window); the measures are taken at
     * iteration 0, every {@code checkpoints} iterations, and at the end (or at divergence, on the
     * weights reached, NaN when these are not finite). See {@link TrainingLoop} for the order of draws.
     *
     * @throws IllegalArgumentException for an invalid spec (unknown optimiser or leak, non-positive sizes)
     */
    public static TrainedRun train(InitialWeights init, Task task, long seed, TrainingSpec spec) {
        return new TrainingLoop(task, spec).run(init, seed);
    }

    /** The task of that name, configured by {@code spec} (e.g. the MNIST path). */
    public static Task task(String name, TrainingSpec spec) {
        return TaskCatalog.byName(name, spec);
    }
}
