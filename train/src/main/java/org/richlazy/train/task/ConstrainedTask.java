package org.richlazy.train.task;

import java.util.List;
import java.util.random.RandomGenerator;
import org.richlazy.train.Task;
import org.richlazy.train.TrialBatch;

/**
 * A task trained under constraints, written {@code <task>+<constraint>[+<constraint>]} in {@code training.tasks}
 * (e.g. {@code 2af+dale}): the same trials as {@code base}, a run of it keeps the constraints
 * ({@link org.richlazy.train.model.WeightConstraints}) during training. Its name is the written label, so its
 * runs have their own folders, rows and verdicts beside the unconstrained task's.
 *
 * @param base        the task whose trials it draws
 * @param constraints the constraint words, in the order written
 */
public record ConstrainedTask(Task base, List<String> constraints) implements Task {
    public ConstrainedTask {
        constraints = List.copyOf(constraints);
    }

    @Override
    public String name() {
        return new TaskLabel(base.name(), constraints).label();
    }

    @Override
    public int inputSize() {
        return base.inputSize();
    }

    @Override
    public int outputSize() {
        return base.outputSize();
    }

    @Override
    public int steps() {
        return base.steps();
    }

    @Override
    public boolean lossOnAllSteps() {
        return base.lossOnAllSteps();
    }

    @Override
    public TrialBatch sample(int batchSize, RandomGenerator rng) {
        return base.sample(batchSize, rng);
    }

    @Override
    public int heldOutSize() {
        return base.heldOutSize();
    }

    @Override
    public TrialBatch heldOut(int from, int to) {
        return base.heldOut(from, to);
    }

    @Override
    public String description() {
        return base.description();
    }
}
