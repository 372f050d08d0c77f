package org.richlazy.train;

/**
 * Everything but W_h that rebuilds a run's network outside this tool (docs/results-format.md#weightsh5-the-whole-trained-network): the input and
 * readout weights at the start and the end, the dynamics, and a batch of trials with the loss the trained network
 * gives on them, so a reimplementation can check itself. The model has no biases
 * (docs/science.md#model-transform---train): {@code h_0 = 0}, {@code h_t = relu((1 - a) h_{t-1} + a (W_in x_t +
 * W_h h_{t-1}))}, {@code y_t = W_out h_t}.
 *
 * @param inputInitial  W_in at the start, {@code [N][I]}
 * @param inputFinal    W_in at the end
 * @param readoutInitial W_out at the start, {@code [O][N]}
 * @param readoutFinal  W_out at the end
 * @param dynamics      dt, tau and the leak rule that give a
 * @param lossOnAllSteps whether the loss covers every step (else the last)
 * @param trials        the run's first probe batch
 * @param trialsLoss    the trained network's mean loss on them, in the run's arithmetic
 */
public record SavedNetwork(double[][] inputInitial, double[][] inputFinal, double[][] readoutInitial,
                           double[][] readoutFinal, Dynamics dynamics, boolean lossOnAllSteps, TrialBatch trials,
                           double trialsLoss) {
}
