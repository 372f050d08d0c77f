package org.richlazy.train;

import java.util.random.RandomGenerator;

/** A seeded trial generator (SPEC §4). */
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
}
