package org.richlazy.transform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The studied matrix's entries permuted (SPEC §7): same weight distribution, same number of
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
        int n = w.length;
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] out = Matrices.copy(w);
        switch (spec.shuffle()) {
            case "all" -> permute(out, allPositions(n), rng);
            case "within-sign" -> {
                permute(out, positionsWhere(w, +1), rng);
                permute(out, positionsWhere(w, -1), rng);
            }
            default -> throw new TransformException("TransformSpec.shuffle", "'" + spec.shuffle() + "'",
                    "'all' or 'within-sign'");
        }
        Map<String, String> recipe = new LinkedHashMap<>();
        recipe.put("kind", kind());
        recipe.put("shuffle", spec.shuffle());
        recipe.put("baseline", "entries of " + studied.name() + " (signed, before scaling) permuted"
                + (spec.shuffle().equals("all") ? " over all positions" : " within their sign class; zeros stay"));
        return List.of(new Draft(kind(), out, recipe));
    }

    private static List<int[]> allPositions(int n) {
        List<int[]> p = new ArrayList<>(n * n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                p.add(new int[] {i, j});
            }
        }
        return p;
    }

    private static List<int[]> positionsWhere(double[][] w, int sign) {
        List<int[]> p = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                if (Math.signum(w[i][j]) == sign) {
                    p.add(new int[] {i, j});
                }
            }
        }
        return p;
    }

    /** Fisher-Yates over the values at the given positions, in place. */
    private static void permute(double[][] m, List<int[]> positions, SplittableRandom rng) {
        for (int a = positions.size() - 1; a > 0; a--) {
            int b = rng.nextInt(a + 1);
            int[] pa = positions.get(a);
            int[] pb = positions.get(b);
            double t = m[pa[0]][pa[1]];
            m[pa[0]][pa[1]] = m[pb[0]][pb[1]];
            m[pb[0]][pb[1]] = t;
        }
    }
}
