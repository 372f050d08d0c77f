package org.richlazy.transform.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiPredicate;

/** Entries of a matrix moved among chosen positions by a uniform permutation (Fisher-Yates). */
final class EntryPermutation {
    private EntryPermutation() {
    }

    /** The positions {i, j} of {@code m} (row by row) where {@code keep} holds. */
    static List<int[]> positions(double[][] m, BiPredicate<Integer, Integer> keep) {
        List<int[]> p = new ArrayList<>();
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                if (keep.test(i, j)) {
                    p.add(new int[] {i, j});
                }
            }
        }
        return p;
    }

    /** Permutes the values at the given positions of {@code m}, in place, uniformly at random. */
    static void permute(double[][] m, List<int[]> positions, SplittableRandom rng) {
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
