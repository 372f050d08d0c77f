package org.richlazy.transform.baseline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.richlazy.transform.Shuffle;
import org.richlazy.transform.TransformSpec;
import org.richlazy.transform.matrix.RecurrentMatrix;
import org.richlazy.transform.matrix.SparseMatrix;

/**
 * The studied matrix's entries permuted (docs/science.md#initial-weights-and-baselines): same weight distribution,
 * same number of
 * zeros. {@code all}: a uniform permutation of all N^2 entries, so zeros move too and the diagonal may gain entries:
 * drawn on the nonzero entries alone, as their values in a uniformly random order (Fisher-Yates) placed on as many
 * positions drawn uniformly without repeats (Floyd), the same distribution in time proportional to the synapses. {@code within-sign}: positive entries permuted among the
 * positive positions and negative among the negative, so the sparsity and sign pattern stay exactly.
 */
final class ShuffledBaseline implements Baseline {
    @Override
    public String kind() {
        return "shuffled";
    }

    @Override
    public List<Draft> drafts(Studied studied, TransformSpec spec, long seed) {
        SparseMatrix w = studied.entries();
        SplittableRandom rng = new SplittableRandom(seed);
        double[] values = w.values();
        RecurrentMatrix out = switch (spec.shuffle()) {
            case ALL -> {
                double[] synapses = java.util.Arrays.stream(values).filter(v -> v != 0).toArray();
                int n = w.size();
                long[] at = EntryPermutation.scatter(synapses, n, n, rng);
                int[] post = new int[at.length];
                int[] pre = new int[at.length];
                for (int k = 0; k < at.length; k++) {
                    post[k] = (int) (at[k] / n);
                    pre[k] = (int) (at[k] % n);
                }
                yield SparseMatrix.ofEntries(n, post, pre, synapses);
            }
            case WITHIN_SIGN -> {
                EntryPermutation.permute(values, java.util.stream.IntStream.range(0, values.length)
                        .filter(k -> values[k] > 0).toArray(), rng);
                EntryPermutation.permute(values, java.util.stream.IntStream.range(0, values.length)
                        .filter(k -> values[k] < 0).toArray(), rng);
                yield w.withValues(values);
            }
        };
        Map<String, String> recipe = new LinkedHashMap<>();
        recipe.put("kind", kind());
        recipe.put("shuffle", spec.shuffle().word());
        recipe.put("baseline", "entries of " + studied.name() + " (signed, before scaling) permuted"
                + (spec.shuffle() == Shuffle.ALL ? " over all positions" : " within their sign class; zeros stay"));
        return List.of(new Draft(kind(), out, recipe));
    }
}
