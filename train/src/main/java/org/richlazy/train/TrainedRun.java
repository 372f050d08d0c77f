package org.richlazy.train;

import org.richlazy.transform.matrix.RecurrentMatrix;

/**
 * A run's result with the recurrent weights before and after training, held as training held them (sparse weights
 * on their synapses, docs/science.md#connectome-scale).
 *
 * @param result         the measures, curve and status
 * @param initialWeights W_h(0), [post][pre]
 * @param finalWeights   W_h at the end (or at divergence), [post][pre]
 * @param network        the rest of the network and trials to check a rebuild against ({@link SavedNetwork}); null
 *                       when not kept (weights.h5 then holds W_h alone)
 */
public record TrainedRun(RunResult result, RecurrentMatrix initialWeights, RecurrentMatrix finalWeights,
                         SavedNetwork network) {
    /** W_h alone. */
    public TrainedRun(RunResult result, RecurrentMatrix initialWeights, RecurrentMatrix finalWeights) {
        this(result, initialWeights, finalWeights, null);
    }
}
