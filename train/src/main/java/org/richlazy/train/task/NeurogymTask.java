package org.richlazy.train.task;

import java.util.random.RandomGenerator;
import org.richlazy.train.Task;
import org.richlazy.train.TrialBatch;

/**
 * A neurogym-style task (docs/science.md#tasks): {@link NeurogymTrials#STEPS} = 8 steps, three output classes
 * (fixate and two choices), loss over every step. A subclass fills one trial at a time.
 */
abstract class NeurogymTask implements Task {
    /** Logits: fixate, choice 1, choice 2. */
    static final int OUTPUTS = 3;

    private final String name;
    private final int inputs;

    NeurogymTask(String name, int inputs) {
        this.name = name;
        this.inputs = inputs;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int inputSize() {
        return inputs;
    }

    @Override
    public final int outputSize() {
        return OUTPUTS;
    }

    @Override
    public final int steps() {
        return NeurogymTrials.STEPS;
    }

    @Override
    public final boolean lossOnAllSteps() {
        return true;
    }

    @Override
    public final TrialBatch sample(int batchSize, RandomGenerator rng) {
        return NeurogymTrials.sample(batchSize, inputs, rng, this::fillTrial);
    }

    /** Fills one trial's observations {@code [T][inputs]} from {@code rng} and returns its choice label. */
    abstract int fillTrial(double[][] observations, RandomGenerator rng);
}
