package org.richlazy.transform.baseline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.richlazy.transform.ScalingRule;
import org.richlazy.transform.TransformException;
import org.richlazy.transform.TransformSpec;
import org.richlazy.transform.matrix.LowRank;
import org.richlazy.transform.matrix.RandomMatrices;

/**
 * The paper's rank sweep (Liu et al. 2024, Fig. 1; docs/science.md#initial-weights-and-baselines): one Gaussian draw
 * {@code g * randn(N,N) / sqrt(N)} truncated to each rank r of {@code spec.ranks()} by its SVD,
 * one init {@code rank-<r>} per rank. All ranks share the one draw. The paper then rescales each
 * truncation to the draw's Frobenius norm; here every init is rescaled by the configured
 * {@link ScalingRule} instead, which for {@code frobenius} sets the same norm {@code g sqrt(N)} on all.
 */
final class TruncatedRankBaseline implements Baseline {
    @Override
    public String kind() {
        return "truncated-rank";
    }

    @Override
    public List<Draft> drafts(Studied studied, TransformSpec spec, long seed) {
        if (spec.ranks().isEmpty()) {
            throw new TransformException("TransformSpec.ranks", "empty for baseline 'truncated-rank'",
                    "at least one rank, e.g. [1, 30, 100, 300]");
        }
        if (spec.ranks().stream().distinct().count() != spec.ranks().size()) {
            throw new TransformException("TransformSpec.ranks", "repeated rank in " + spec.ranks(), "distinct ranks");
        }
        double[][] draw = RandomMatrices.gaussian(studied.size(), spec.gain(), new SplittableRandom(seed));
        List<Draft> out = new ArrayList<>();
        for (Map.Entry<Integer, double[][]> t : LowRank.truncations(draw, spec.ranks()).entrySet()) {
            Map<String, String> recipe = new LinkedHashMap<>();
            recipe.put("kind", kind());
            recipe.put("rank", Integer.toString(t.getKey()));
            recipe.put("baseline", "top-" + t.getKey() + " SVD truncation of g * randn(N, N) / sqrt(N), g = "
                    + spec.gain());
            recipe.put("shared-draw", "one Gaussian draw for ranks " + spec.ranks());
            out.add(new Draft("rank-" + t.getKey(), t.getValue(), recipe));
        }
        return out;
    }
}
