package org.richlazy.transform.baseline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.richlazy.transform.TransformSpec;
import org.richlazy.transform.matrix.RandomMatrices;

/** The paper's Gaussian init {@code g * randn(N,N) / sqrt(N)} of the studied matrix's size (docs/science.md#initial-weights-and-baselines). */
final class GaussianBaseline implements Baseline {
    @Override
    public String kind() {
        return "gaussian";
    }

    @Override
    public List<Draft> drafts(Studied studied, TransformSpec spec, long seed) {
        Map<String, String> recipe = new LinkedHashMap<>();
        recipe.put("kind", kind());
        recipe.put("baseline", "g * randn(N, N) / sqrt(N), g = " + spec.gain() + ", entries row by row");
        return List.of(new Draft(kind(), RandomMatrices.gaussian(studied.size(), spec.gain(),
                new SplittableRandom(seed)), recipe));
    }
}
