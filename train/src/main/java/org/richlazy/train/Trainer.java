package org.richlazy.train;

import java.util.function.IntConsumer;
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
     * @throws TrainException for an invalid spec (a size, count or rate outside its range)
     */
    public static TrainedRun train(InitialWeights init, Task task, long seed, TrainingSpec spec) {
        return train(init, task, seed, spec, done -> { });
    }

    /**
     * The same, telling {@code progress} the number of iterations done since its last call, every
     * {@value TrainingLoop#PROGRESS_EVERY} iterations and at the end; a run's reports add up to the planned
     * iterations (a diverged run reports the rest when it stops). Called on the training thread.
     */
    public static TrainedRun train(InitialWeights init, Task task, long seed, TrainingSpec spec,
                                   IntConsumer progress) {
        return train(init, task, seed, spec, progress, 1);
    }

    /**
     * The same with each float32 product split across {@code threads} threads (the same numbers with any number:
     * {@link org.richlazy.train.fast.ThreadedFloatKernels}), for a run that has cores to itself.
     */
    public static TrainedRun train(InitialWeights init, Task task, long seed, TrainingSpec spec,
                                   IntConsumer progress, int threads) {
        if (task instanceof org.richlazy.train.sequence.TaskSequence sequence) {
            return new SequenceLoop(sequence, spec, threads).run(init, seed, progress);
        }
        return new TrainingLoop(task, spec, threads).run(init, seed, progress);
    }
}
