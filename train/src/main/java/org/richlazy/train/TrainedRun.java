package org.richlazy.train;

/**
 * A run's result with the recurrent weights before and after training.
 *
 * @param result         the measures, curve and status
 * @param initialWeights W_h(0), [post][pre]
 * @param finalWeights   W_h at the end (or at divergence), [post][pre]
 */
public record TrainedRun(RunResult result, double[][] initialWeights, double[][] finalWeights) {
}
