package org.richlazy.train;

/**
 * Flatness, compression and generalisation at the end of a run (docs/science.md#flatness-compression-and-generalisation):
 * the curvature of the training loss where training ended (Liu et al. 2022, "Beyond accuracy": generalisation tracks
 * it), how many dimensions the decision-step representation uses, and how much worse the network does on trials it
 * never trained on.
 *
 * @param sharpness               the top eigenvalue of the Hessian of the training loss (on the first
 *                                {@code curvature-batches} probe batches) with respect to every trained parameter, by
 *                                Lanczos on Hessian-vector products; NaN when not computed ({@link #notComputed})
 * @param hessianTrace            its trace by Hutchinson's estimator ({@code trace-probes} Rademacher vectors); NaN when
 *                                not computed
 * @param hessianTraceError       the estimate's standard error
 * @param representationDimension the participation ratio of the decision-step hidden states of the probe trials
 * @param trainingLoss            the final network's mean loss on the last training batches it trained on
 * @param freshLoss               its mean loss on trials it never trained on ({@link #freshTrials})
 * @param generalizationGap       {@code freshLoss - trainingLoss}
 * @param freshTrials             which trials: the task's held-out set, or as many fresh batches as the training
 *                                loss averages, drawn from the run seed
 * @param notComputed             why a value is NaN, in words; null when every value was computed
 */
public record Flatness(double sharpness, double hessianTrace, double hessianTraceError, double representationDimension,
                       double trainingLoss, double freshLoss, double generalizationGap, String freshTrials,
                       String notComputed) {
}
