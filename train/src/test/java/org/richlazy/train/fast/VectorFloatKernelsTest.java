package org.richlazy.train.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.random.RandomGenerator;
import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Test;
import org.richlazy.train.SeededRandom;

/**
 * The Vector API kernels against the plain float reference, and the reference against a hand computation. The
 * train module runs this class (and the rest of this package's tests) three times: with the JVM's preferred
 * species, and with 8 and with 16 lanes forced ({@link VectorFloatKernels#LANES_PROPERTY}), so the tiles of
 * both the AVX2 and the AVX-512 path are held to the reference bit for bit on any machine.
 */
class VectorFloatKernelsTest {

    /** The kernels use the lane count forced by the system property, or the preferred species' without it. */
    @Test
    void usesTheForcedLaneCount() {
        int forced = Integer.getInteger(VectorFloatKernels.LANES_PROPERTY, 0);
        assertThat(VectorFloatKernels.lanes()).isEqualTo(forced == 0 ? FloatVector.SPECIES_PREFERRED.length() : forced);
    }

    @Test
    void referenceByHand() {
        float[] a = {1, 2, 3, 4, 5, 6};          // 2 x 3
        float[] b = {1, 0, 0, 1, 1, 1};          // 3 x 2
        float[] c = {10, 0, 0, 0};
        new ReferenceFloatKernels().multiplyAdd(2, 3, 2, a, 0, 3, b, 0, 2, c, 0, 2);
        assertThat(c).containsExactly(14, 5, 10, 11);
        float[] at = {1, 4, 2, 5, 3, 6};         // A^T stored 3 x 2
        float[] d = new float[4];
        new ReferenceFloatKernels().transposeMultiplyAdd(2, 3, 2, at, 0, 2, b, 0, 2, d, 0, 2);
        assertThat(d).containsExactly(4, 5, 10, 11);
        float[] stored = {Float.NaN, 7, 7, 7};
        new ReferenceFloatKernels().multiply(2, 3, 2, a, 0, 3, b, 0, 2, stored, 0, 2);
        assertThat(stored).as("C is overwritten, not read").containsExactly(4, 5, 10, 11);
        float[] t = new float[6];
        new ReferenceFloatKernels().transpose(2, 3, a, 0, 3, t, 0, 2);
        assertThat(t).containsExactly(at);
    }

    /**
     * Shapes cover whole tiles of eight rows (16 lanes) or four rows (fewer lanes) by three vectors, single
     * vectors and scalar tails, leftover rows, zero entries, offsets and strides, an empty sum and sums cut
     * into two and three blocks. All four
     * forms (adding and storing, {@code A B} and {@code A^T B}) sum each entry in the reference's order with
     * fused multiply-adds, so they must equal it bit for bit; the storing forms must also not read C (its NaN
     * entries do not leak through).
     */
    @Test
    void matchesReferenceOnStridedMatrices() {
        RandomGenerator rng = SeededRandom.create(1);
        int lanes = VectorFloatKernels.lanes();
        int[][] shapes = {{1, 1, 1}, {3, 5, 7}, {8, 4, 9}, {13, 11, 17}, {32, 30, 29},
            {5, 2 * lanes + 3, 4 * lanes + lanes + 5}, {9, 4 * lanes, 8 * lanes}, {17, 7, 3 * lanes},
            {32, 304, 300}, {300, 224, 304}, {9, 0, 3 * lanes}, {10, 129, 3 * lanes + 1}, {17, 257, 4 * lanes}};
        for (int[] s : shapes) {
            int m = s[0];
            int k = s[1];
            int n = s[2];
            int lda = Math.max(m, k) + 2;
            int ldb = Math.max(n, k) + 3;
            int ldc = n + 1;
            float[] a = random(rng, 1 + lda * Math.max(m, k));
            float[] b = random(rng, 2 + ldb * Math.max(n, k));
            float[] c0 = random(rng, 3 + ldc * m);
            c0[3] = Float.NaN;
            for (int form = 0; form < 4; form++) {
                float[] expected = c0.clone();
                float[] actual = c0.clone();
                apply(form, new ReferenceFloatKernels(), m, k, n, a, lda, b, ldb, expected, ldc);
                apply(form, new VectorFloatKernels(), m, k, n, a, lda, b, ldb, actual, ldc);
                assertThat(actual).as("form %d, shape %dx%dx%d", form, m, k, n).containsExactly(expected);
                assertThat(Float.isNaN(actual[3])).as("form %d reads C", form).isEqualTo(form < 2);
            }
        }
    }

    /** The sum is cut evenly into the fewest blocks of at most 128; an empty sum is one empty block. */
    @Test
    void sumBlocksAreEvenAndAtMost128() {
        assertThat(VectorFloatKernels.sumBlock(0)).isEqualTo(1);
        assertThat(VectorFloatKernels.sumBlock(7)).isEqualTo(7);
        assertThat(VectorFloatKernels.sumBlock(128)).isEqualTo(128);
        assertThat(VectorFloatKernels.sumBlock(129)).isEqualTo(65);
        assertThat(VectorFloatKernels.sumBlock(224)).isEqualTo(112);
        assertThat(VectorFloatKernels.sumBlock(300)).isEqualTo(100);
        assertThat(VectorFloatKernels.sumBlock(257)).isEqualTo(86);
    }

    /**
     * The element-wise steps equal the reference bit for bit on lengths with and without a vector tail,
     * including the edge cases of the ReLU (negative, zero, -0, NaN all give +0 or zero the delta).
     */
    @Test
    void elementWiseStepsMatchReference() {
        RandomGenerator rng = SeededRandom.create(2);
        FloatKernels vector = new VectorFloatKernels();
        FloatKernels reference = new ReferenceFloatKernels();
        for (int n : new int[] {1, VectorFloatKernels.lanes(), 3 * VectorFloatKernels.lanes() + 5, 304}) {
            float[] h = random(rng, 2 * n + 5);
            h[3] = -0f;
            h[n + 3] = Float.NaN;
            h[n + 4] = -0f;
            float[] h1 = h.clone();
            float[] h2 = h.clone();
            reference.leakyRelu(n, 0.3f, h1, 3, n + 3);
            vector.leakyRelu(n, 0.3f, h2, 3, n + 3);
            assertThat(h2).as("leaky ReLU, n = %d", n).containsExactly(h1);
            assertThat(h2[n + 3]).as("NaN input gives +0").isEqualTo(0f);

            float[] d1 = random(rng, n + 1);
            float[] d2 = d1.clone();
            reference.maskInactive(n, d1, 1, h1, n + 3);
            vector.maskInactive(n, d2, 1, h1, n + 3);
            assertThat(d2).as("mask, n = %d", n).containsExactly(d1);

            float[] c1 = random(rng, n);
            float[] c2 = c1.clone();
            reference.leakCarry(n, 0.3f, d1, 1, c1);
            vector.leakCarry(n, 0.3f, d1, 1, c2);
            assertThat(c2).as("carry, n = %d", n).containsExactly(c1);
        }
        float[] byHand = {-1f, 2f, 0f, 4f};
        reference.leakyRelu(2, 0.5f, byHand, 0, 2);
        assertThat(byHand).containsExactly(-1f, 2f, 0f, 3f);
    }

    /**
     * The transpose equals the reference on whole blocks, partial blocks and offsets (the paper's padded
     * 300 x 300 among them).
     */
    @Test
    void transposeMatchesReference() {
        RandomGenerator rng = SeededRandom.create(3);
        FloatKernels vector = new VectorFloatKernels();
        FloatKernels reference = new ReferenceFloatKernels();
        int lanes = VectorFloatKernels.lanes();
        int[][] shapes = {{lanes, lanes, lanes, lanes}, {300, 300, 304, 304}, {2 * lanes + 3, 3 * lanes + 1, 70, 90},
            {3, 300, 300, 304}, {5, 2, 2, 7}};
        for (int[] s : shapes) {
            int rows = s[0];
            int cols = s[1];
            int ldf = s[2];
            int ldt = s[3];
            float[] from = random(rng, 1 + rows * ldf);
            float[] expected = random(rng, 2 + cols * ldt);
            float[] actual = expected.clone();
            reference.transpose(rows, cols, from, 1, ldf, expected, 2, ldt);
            vector.transpose(rows, cols, from, 1, ldf, actual, 2, ldt);
            assertThat(actual).as("transpose %dx%d", rows, cols).containsExactly(expected);
            assertThat(actual[2 + (cols - 1) * ldt + rows - 1]).isEqualTo(from[1 + (rows - 1) * ldf + cols - 1]);
        }
    }

    /** Finiteness agrees with the reference for every non-finite value at every position, tails included. */
    @Test
    void allFiniteMatchesReference() {
        FloatKernels vector = new VectorFloatKernels();
        FloatKernels reference = new ReferenceFloatKernels();
        int n = 3 * VectorFloatKernels.lanes() + 5;
        float[] a = random(SeededRandom.create(4), n + 1);
        a[7] = Float.MAX_VALUE;
        a[8] = -Float.MAX_VALUE;
        assertThat(vector.allFinite(n, a, 1)).isTrue();
        assertThat(reference.allFinite(n, a, 1)).isTrue();
        for (float bad : new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}) {
            for (int i = 1; i <= n; i++) {
                float[] b = a.clone();
                b[i] = bad;
                assertThat(vector.allFinite(n, b, 1)).as("%s at %d", bad, i).isFalse();
                assertThat(reference.allFinite(n, b, 1)).as("%s at %d", bad, i).isFalse();
            }
            float[] outside = a.clone();
            outside[0] = bad;
            assertThat(vector.allFinite(n, outside, 1)).as("%s before the range", bad).isTrue();
        }
    }

    private static void apply(int form, FloatKernels p, int m, int k, int n, float[] a, int lda, float[] b, int ldb,
                              float[] c, int ldc) {
        switch (form) {
            case 0 -> p.multiplyAdd(m, k, n, a, 1, lda, b, 2, ldb, c, 3, ldc);
            case 1 -> p.transposeMultiplyAdd(m, k, n, a, 1, lda, b, 2, ldb, c, 3, ldc);
            case 2 -> p.multiply(m, k, n, a, 1, lda, b, 2, ldb, c, 3, ldc);
            default -> p.transposeMultiply(m, k, n, a, 1, lda, b, 2, ldb, c, 3, ldc);
        }
    }

    private static float[] random(RandomGenerator rng, int size) {
        float[] v = new float[size];
        for (int i = 0; i < size; i++) {
            v[i] = rng.nextDouble() < 0.4 ? 0 : (float) rng.nextGaussian();
        }
        return v;
    }
}
