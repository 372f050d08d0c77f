package org.richlazy.train;

import org.richlazy.transform.matrix.RecurrentMatrix;

/**
 * A run's result with the recurrent weights before and after training, held as training held them (sparse weights
 * on their synapses, docs/science.md#connectome-scale).
 *
 * @param result         the measures, curve and status
 * @param initialWeights W_h(0), [post][pre]
 * @param finalWeights   W_h at the end (or at divergence), [post][pre]
 */
public record TrainedRun(RunResult result, RecurrentMatrix initialWeights, RecurrentMatrix finalWeights) {
}
