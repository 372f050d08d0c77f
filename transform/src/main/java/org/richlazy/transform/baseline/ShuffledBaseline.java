package org.richlazy.transform.baseline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.richlazy.transform.Shuffle;
import org.richlazy.transform.TransformSpec;
import org.richlazy.transform.matrix.Matrices;

/**
 * The studied matrix's entries permuted (docs/science.md#initial-weights-and-baselines): same weight distribution,
 * same number of
 * zeros. {@code all}: a uniform permutation (Fisher-Yates) of all N^2 entries, so zeros move too
 * and the diagonal may gain entries. {@code within-sign}: positive entries permuted among the
 * positive positions and negative among the negative, so the sparsity and sign pattern stay exactly.
 */
final class ShuffledBaseline implements Baseline {
    @Override
    public String kind() {
        return "shuffled";
    }

    @Override
    public List<Draft> drafts(Studied studied, TransformSpec spec, long seed) {
        double[][] w = studied.matrix();
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] out = Matrices.copy(w);
        switch (spec.shuffle()) {
            case ALL -> EntryPermutation.permute(out, EntryPermutation.positions(w, (i, j) -> true), rng);
            case WITHIN_SIGN -> {
                EntryPermutation.permute(out, EntryPermutation.positions(w, (i, j) -> w[i][j] > 0), rng);
                EntryPermutation.permute(out, EntryPermutation.positions(w, (i, j) -> w[i][j] < 0), rng);
            }
        }
        Map<String, String> recipe = new LinkedHashMap<>();
        recipe.put("kind", kind());
        recipe.put("shuffle", spec.shuffle().word());
        recipe.put("baseline", "entries of " + studied.name() + " (signed, before scaling) permuted"
                + (spec.shuffle() == Shuffle.ALL ? " over all positions" : " within their sign class; zeros stay"));
        return List.of(new Draft(kind(), out, recipe));
    }
}
