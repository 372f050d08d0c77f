package org.richlazy.transform.baseline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.richlazy.transform.TransformSpec;
import org.richlazy.transform.matrix.SparseMatrix;

/**
 * The studied matrix's nonzero pattern (its synapses) kept, the weights not: {@code same-mask} draws an
 * independent N(0, 1) at every nonzero position (signs random), {@code same-mask-permuted} permutes the
 * studied weights among the nonzero positions (weight distribution and mask kept, which synapse carries
 * which weight, and so Dale's column signs, not). Zeros stay zeros in both; scaling then matches the norm.
 */
final class SameMaskBaseline implements Baseline {
    private final boolean permuted;

    SameMaskBaseline(boolean permuted) {
        this.permuted = permuted;
    }

    @Override
    public String kind() {
        return permuted ? "same-mask-permuted" : "same-mask";
    }

    @Override
    public List<Draft> drafts(Studied studied, TransformSpec spec, long seed) {
        SparseMatrix w = studied.requireSynapses(kind());
        double[] values = w.values();
        int[] synapses = java.util.stream.IntStream.range(0, values.length).filter(k -> values[k] != 0).toArray();
        SplittableRandom rng = new SplittableRandom(seed);
        if (permuted) {
            EntryPermutation.permute(values, synapses, rng);
        } else {
            for (int k : synapses) {
                values[k] = rng.nextGaussian();
            }
        }
        Map<String, String> recipe = new LinkedHashMap<>();
        recipe.put("kind", kind());
        recipe.put("baseline", (permuted ? "the weights of " + studied.name() + " permuted among its "
                : "independent N(0, 1) weights on the ") + synapses.length + " nonzero positions of " + studied.name()
                + " (signed, before scaling); zeros stay");
        return List.of(new Draft(kind(), w.withValues(values), recipe));
    }
}
