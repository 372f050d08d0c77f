package org.richlazy.train.sequence;

import java.util.random.RandomGenerator;
import org.richlazy.train.Task;
import org.richlazy.train.TrialBatch;

/**
 * One phase's task in the input space of its sequence (docs/science.md#forgetting): the task's own inputs {@code x}
 * are written to its block of channels as {@code cos(theta) x} and, for a rotated variant, {@code sin(theta) x} to a
 * block of its own (so 0 degrees is the task itself and 90 degrees orthogonal inputs, with {@code |x|} kept); a
 * pixel-permuted variant reads its inputs' (step, channel) positions in a fixed shuffled order (for sMNIST, its 784
 * pixels); and the phase's rule input is 1 on every step
 * (Yang et al. 2019). Its outputs are its task's, or the shared head's when the phases share one (labels then below
 * the task's own count).
 */
public final class PhaseTask implements Task {
    private final Task task;
    private final String name;
    private final int inputs;
    private final int outputs;
    private final int block;
    private final int rotatedBlock;
    private final double angle;
    private final int rule;
    private final int[] order;

    /**
     * @param task         the task
     * @param name         the entry as written
     * @param inputs       channels of the sequence
     * @param outputs      logits of the phase's head
     * @param block        the first channel of the task's block
     * @param rotatedBlock the first channel of the rotated variant's own block (-1 for none)
     * @param angle        the rotation in degrees
     * @param rule         the channel of the phase's rule input
     * @param order        for each (step, channel) position of the task's inputs, {@code t * channels + c}, the
     *                     position it reads (null: in order)
     */
    PhaseTask(Task task, String name, int inputs, int outputs, int block, int rotatedBlock, double angle, int rule,
              int[] order) {
        this.task = task;
        this.name = name;
        this.inputs = inputs;
        this.outputs = outputs;
        this.block = block;
        this.rotatedBlock = rotatedBlock;
        this.angle = angle;
        this.rule = rule;
        this.order = order;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int inputSize() {
        return inputs;
    }

    @Override
    public int outputSize() {
        return outputs;
    }

    @Override
    public int steps() {
        return task.steps();
    }

    @Override
    public boolean lossOnAllSteps() {
        return task.lossOnAllSteps();
    }

    @Override
    public TrialBatch sample(int batchSize, RandomGenerator rng) {
        return embed(task.sample(batchSize, rng));
    }

    @Override
    public int heldOutSize() {
        return task.heldOutSize();
    }

    @Override
    public TrialBatch heldOut(int from, int to) {
        return embed(task.heldOut(from, to));
    }

    @Override
    public String description() {
        return task.description();
    }

    /** The task's trials in the sequence's channels. */
    TrialBatch embed(TrialBatch own) {
        int steps = own.steps();
        int batch = own.batchSize();
        int channels = own.inputs()[0][0].length;
        double cos = angle == 90 ? 0 : Math.cos(Math.toRadians(angle));
        double sin = angle == 180 ? 0 : Math.sin(Math.toRadians(angle));
        double[][][] x = new double[steps][batch][inputs];
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                for (int c = 0; c < channels; c++) {
                    int read = order == null ? t * channels + c : order[t * channels + c];
                    double v = own.inputs()[read / channels][b][read % channels];
                    x[t][b][block + c] = cos * v;
                    if (rotatedBlock >= 0) {
                        x[t][b][rotatedBlock + c] = sin * v;
                    }
                }
                x[t][b][rule] = 1;
            }
        }
        return new TrialBatch(x, own.labels(), own.decisionStep());
    }
}
