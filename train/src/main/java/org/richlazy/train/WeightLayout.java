package org.richlazy.train;

import org.richlazy.transform.ConfigWord;

/**
 * How the recurrent weights are held in training ({@code training.weights}, docs/science.md#connectome-scale):
 * {@code dense} (an N x N array, every entry a parameter), {@code sparse} (the init's synapses only, compressed;
 * only they are trained, which is the {@code mask} constraint) or {@code auto} (sparse above
 * {@value #AUTO_SPARSE_ABOVE} neurons in float32, dense otherwise).
 */
public enum WeightLayout implements ConfigWord {
    DENSE, SPARSE, AUTO;

    /** {@code auto} holds the weights sparse when the network has more neurons than this. */
    public static final int AUTO_SPARSE_ABOVE = 4_096;

    /** The layout a run of {@code neurons} neurons in {@code precision} uses: this one, or auto's choice. */
    public WeightLayout resolve(int neurons, Precision precision) {
        if (this != AUTO) {
            return this;
        }
        return neurons > AUTO_SPARSE_ABOVE && precision == Precision.FLOAT32 ? SPARSE : DENSE;
    }
}
