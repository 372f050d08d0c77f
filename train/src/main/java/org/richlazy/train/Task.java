package org.richlazy.train;

import java.util.random.RandomGenerator;

/** A seeded trial generator (docs/science.md#tasks). */
public interface Task {

    /** Short name used in file names and the report, e.g. {@code "2af"}. */
    String name();

    /** Number of input channels I. */
    int inputSize();

    /** Number of output classes (logits) N_out. */
    int outputSize();

    /** Number of steps T of a trial. */
    int steps();

    /** Whether the loss covers every step (neurogym tasks) or only the last (sMNIST). */
    boolean lossOnAllSteps();

    /** Draws {@code batchSize} independent trials from {@code rng}. */
    TrialBatch sample(int batchSize, RandomGenerator rng);

    /**
     * Size of the task's fixed held-out set, never trained on and scored once at the end of a run
     * ({@link HeldOutScore}); 0, the default, for a task whose trials are generated afresh and so has none.
     */
    default int heldOutSize() {
        return 0;
    }

    /** Held-out trials {@code from} (inclusive) to {@code to} (exclusive), the same on every call. */
    default TrialBatch heldOut(int from, int to) {
        throw new IndexOutOfBoundsException("task " + name() + " has no held-out set");
    }

    /** Where the task's trials come from and how they are split, in words; null for a generated task. */
    default String description() {
        return null;
    }
}
