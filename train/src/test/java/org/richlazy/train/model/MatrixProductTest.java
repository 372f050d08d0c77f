package org.richlazy.train.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.richlazy.train.SeededRandom;

/** Every product against the plain reference, and the reference against a hand computation. */
class MatrixProductTest {
    private static final List<MatrixProduct> PRODUCTS = List.of(new AxpyProduct());

    @Test
    void referenceByHand() {
        double[] a = {1, 2, 3, 4, 5, 6};          // 2 x 3
        double[] b = {1, 0, 0, 1, 1, 1};          // 3 x 2
        double[] c = {10, 0, 0, 0};
        new ReferenceProduct().multiplyAdd(2, 3, 2, a, b, c);
        assertThat(c).containsExactly(14, 5, 10, 11);
        double[] at = {1, 4, 2, 5, 3, 6};         // A^T stored 3 x 2
        double[] d = new double[4];
        new ReferenceProduct().transposeMultiplyAdd(2, 3, 2, at, b, d);
        assertThat(d).containsExactly(4, 5, 10, 11);
    }

    @Test
    void matchesReferenceOnStridedMatrices() {
        RandomGenerator rng = SeededRandom.create(1);
        int[][] shapes = {{1, 1, 1}, {3, 5, 7}, {8, 4, 9}, {13, 11, 17}, {32, 30, 29}};
        for (MatrixProduct product : PRODUCTS) {
            for (int[] s : shapes) {
                int m = s[0];
                int k = s[1];
                int n = s[2];
                int lda = Math.max(m, k) + 2;
                int ldb = n + 3;
                int ldc = n + 1;
                double[] a = random(rng, 1 + lda * Math.max(m, k));
                double[] b = random(rng, 2 + ldb * k);
                double[] c0 = random(rng, 3 + ldc * m);
                double[] expected = c0.clone();
                double[] actual = c0.clone();
                new ReferenceProduct().multiplyAdd(m, k, n, a, 1, lda, b, 2, ldb, expected, 3, ldc);
                product.multiplyAdd(m, k, n, a, 1, lda, b, 2, ldb, actual, 3, ldc);
                assertClose(actual, expected);
                expected = c0.clone();
                actual = c0.clone();
                new ReferenceProduct().transposeMultiplyAdd(m, k, n, a, 1, lda, b, 2, ldb, expected, 3, ldc);
                product.transposeMultiplyAdd(m, k, n, a, 1, lda, b, 2, ldb, actual, 3, ldc);
                assertClose(actual, expected);
            }
        }
    }

    private static void assertClose(double[] actual, double[] expected) {
        for (int i = 0; i < actual.length; i++) {
            assertThat(actual[i]).as("entry %d", i).isCloseTo(expected[i], within(1e-12));
        }
    }

    private static double[] random(RandomGenerator rng, int size) {
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            v[i] = rng.nextDouble() < 0.3 ? 0 : rng.nextGaussian();
        }
        return v;
    }
}
