package org.richlazy.transform;

import java.util.function.IntPredicate;

/**
 * Whether the recurrent weights of N neurons are held on their synapses (docs/science.md#connectome-scale), and the
 * setting that says so, for the errors that name it. With sparse weights the transform makes nothing N x N: the
 * studied matrix stays compressed, the baselines that keep its sparsity are drawn on the synapses, the dense-by-nature
 * ones and the steps that fill every entry (row balance, truncation) are refused.
 *
 * @param at      whether N neurons are held sparse
 * @param setting the setting as the user wrote it, e.g. {@code training.weights auto}
 */
public record SparseWeights(IntPredicate at, String setting) {
    /** Every init dense (the random rank sweep, tools that only inspect). */
    public static final SparseWeights NEVER = new SparseWeights(n -> false, "dense");
}
