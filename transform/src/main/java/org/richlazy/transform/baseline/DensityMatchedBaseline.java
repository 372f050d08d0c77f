package org.richlazy.transform.baseline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.List;
import org.richlazy.transform.TransformSpec;
import org.richlazy.transform.matrix.SparseMatrix;

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
        SparseMatrix w = studied.requireSynapses(kind());
        int n = w.size();
        long[] counts = new long[2];
        w.forEachNonzero((i, j, v) -> counts[i == j ? 1 : 0]++);
        long offDiagonal = counts[0];
        long diagonal = counts[1];
        SplittableRandom rng = new SplittableRandom(seed);
        Synapses out = new Synapses();
        for (long p : EntryPermutation.distinct(offDiagonal, (long) n * (n - 1), rng)) {
            int i = (int) (p / (n - 1));
            int r = (int) (p % (n - 1));
            out.add(i, r < i ? r : r + 1, rng.nextGaussian());
        }
        for (long p : EntryPermutation.distinct(diagonal, n, rng)) {
            out.add((int) p, (int) p, rng.nextGaussian());
        }
        Map<String, String> recipe = new LinkedHashMap<>();
        recipe.put("kind", kind());
        recipe.put("baseline", "independent N(0, 1) weights on " + offDiagonal + " off-diagonal and " + diagonal
                + " diagonal positions drawn uniformly (the synapse counts of " + studied.name()
                + ", before scaling)");
        return List.of(new Draft(kind(), out.matrix(n), recipe));
    }
}
