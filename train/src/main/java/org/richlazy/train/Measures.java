package org.richlazy.train;

/**
 * The laziness measures of a network against its initial state (SPEC §5). Richer learning
 * means larger weight change, lower representation and kernel alignment.
 *
 * @param weightChange          ||W_h - W_h(0)||_F
 * @param relativeWeightChange  ||W_h - W_h(0)||_F / ||W_h(0)||_F
 * @param representationAlignment RA = &lt;K0, K&gt; / (||K0|| ||K||), K = R R^T on the decision-step
 *                              hidden states of the probe set (uncentred)
 * @param kernelAlignment       KA, the same on the recurrent-weight tangent kernel
 * @param signSimilarity        fraction of decision-step hidden units whose active/inactive state is unchanged
 * @param kernelTargetAlignment y^T K y / (||y||^2 tr K) of the current tangent kernel (ours)
 */
public record Measures(double weightChange, double relativeWeightChange, double representationAlignment,
                       double kernelAlignment, double signSimilarity, double kernelTargetAlignment) {
}
