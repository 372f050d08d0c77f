package org.richlazy.train;

/**
 * A batch of complete trials.
 *
 * @param inputs       {@code [T][B][I]} observations per step, trial and channel
 * @param labels       {@code [T][B]} target class per step and trial
 * @param decisionStep the step at which the choice is read (last step for the neurogym tasks)
 */
public record TrialBatch(double[][][] inputs, int[][] labels, int decisionStep) {

    public int steps() {
        return inputs.length;
    }

    public int batchSize() {
        return inputs[0].length;
    }
}
