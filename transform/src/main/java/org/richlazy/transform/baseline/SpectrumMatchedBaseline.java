package org.richlazy.transform.baseline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.richlazy.transform.TransformSpec;
import org.richlazy.transform.matrix.RandomMatrices;

/**
 * Same singular values, random directions (docs/science.md#initial-weights-and-baselines): {@code U diag(s) V^T}
 * with s the studied
 * matrix's singular values and U, V independent Haar-random orthogonal matrices
 * ({@link RandomMatrices#haarOrthogonal}, U drawn first). Under {@code frobenius} or
 * {@code max-singular-value} scaling the scaled baseline has exactly the scaled studied matrix's
 * singular values; under {@code spectral-radius} scaling they differ by one common factor.
 */
final class SpectrumMatchedBaseline implements Baseline {
    @Override
    public String kind() {
        return "spectrum-matched";
    }

    @Override
    public List<Draft> drafts(Studied studied, TransformSpec spec, long seed) {
        int n = studied.size();
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] u = RandomMatrices.haarOrthogonal(n, rng);
        double[][] v = RandomMatrices.haarOrthogonal(n, rng);
        double[] s = studied.spectrum().singularValues();
        double[][] m = new double[n][n];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                double a = s[k] * u[i][k];
                for (int j = 0; j < n; j++) {
                    m[i][j] += a * v[j][k];
                }
            }
        }
        Map<String, String> recipe = new LinkedHashMap<>();
        recipe.put("kind", kind());
        recipe.put("baseline", "U diag(s) V^T: s = singular values of " + studied.name()
                + ", U and V Haar-random orthogonal (QR of a Gaussian with the Mezzadri 2007 sign fix)");
        return List.of(new Draft(kind(), m, recipe));
    }
}
