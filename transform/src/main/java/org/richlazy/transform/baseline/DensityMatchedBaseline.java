package org.richlazy.transform.baseline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.List;
import org.richlazy.transform.TransformException;
import org.richlazy.transform.TransformSpec;

/**
 * {@code density-matched}: an Erdos-Renyi pattern with the studied matrix's number of synapses, independent N(0, 1)
 * weights on it (docs/science.md#initial-weights-and-baselines). With K the studied matrix's nonzero entries off
 * the diagonal and D on it, K positions are drawn uniformly without repeats among the N (N - 1) off-diagonal
 * entries and D among the N diagonal ones (Floyd's algorithm, seeded), so the density and the number of
 * self-connections are kept and nothing else is: the rung between {@code gaussian} (every entry) and
 * {@code same-mask} (the studied synapses themselves). Scaling then matches the norm.
 */
final class DensityMatchedBaseline implements Baseline {

    @Override
    public String kind() {
        return "density-matched";
    }

    @Override
    public List<Draft> drafts(Studied studied, TransformSpec spec, long seed) {
        double[][] w = studied.matrix();
        int n = w.length;
        long offDiagonal = 0;
        int diagonal = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (w[i][j] != 0) {
                    if (i == j) {
                        diagonal++;
                    } else {
                        offDiagonal++;
                    }
                }
            }
        }
        if (offDiagonal + diagonal == 0) {
            throw new TransformException("baseline " + kind(), studied.name() + " has no nonzero entry",
                    "a studied matrix with synapses");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] out = new double[n][n];
        for (long p : distinct(offDiagonal, (long) n * (n - 1), rng)) {
            int i = (int) (p / (n - 1));
            int r = (int) (p % (n - 1));
            out[i][r < i ? r : r + 1] = rng.nextGaussian();
        }
        for (long p : distinct(diagonal, n, rng)) {
            out[(int) p][(int) p] = rng.nextGaussian();
        }
        Map<String, String> recipe = new LinkedHashMap<>();
        recipe.put("kind", kind());
        recipe.put("baseline", "independent N(0, 1) weights on " + offDiagonal + " off-diagonal and " + diagonal
                + " diagonal positions drawn uniformly (the synapse counts of " + studied.name()
                + ", before scaling)");
        return List.of(new Draft(kind(), out, recipe));
    }

    /** {@code k} distinct numbers uniform in [0, range), by Floyd's algorithm, in the order drawn. */
    static java.util.Collection<Long> distinct(long k, long range, SplittableRandom rng) {
        java.util.LinkedHashSet<Long> chosen = new java.util.LinkedHashSet<>();
        for (long r = range - k; r < range; r++) {
            long t = rng.nextLong(r + 1);
            chosen.add(chosen.contains(t) ? r : t);
        }
        return chosen;
    }
}
