package org.richlazy.train.model;

/**
 * The default float64 product: for each row of C, four rows of B at a time are added into it,
 * {@code c[j] += a0 b0[j] + a1 b1[j] + a2 b2[j] + a3 b3[j]}, so the inner loop runs over contiguous
 * memory with no reduction and HotSpot's superword pass vectorises it. The four-row unroll reads
 * and writes each row of C a quarter as often as a plain axpy. Groups of A entries that are all
 * exactly zero (inactive ReLU units) are skipped, so {@code 0 * inf} does not turn into NaN here as
 * it would in the reference; a non-finite weight still shows in the loss, which is what divergence
 * detection watches.
 */
public final class AxpyProduct implements MatrixProduct {
    private static final int UNROLL = 4;

    @Override
    public void multiplyAdd(int m, int k, int n, double[] a, int aOff, int lda, double[] b, int bOff, int ldb,
                            double[] c, int cOff, int ldc) {
        for (int i = 0; i < m; i++) {
            int ai = aOff + i * lda;
            int ci = cOff + i * ldc;
            int p = 0;
            for (; p + UNROLL <= k; p += UNROLL) {
                int b0 = bOff + p * ldb;
                axpy4(n, a[ai + p], a[ai + p + 1], a[ai + p + 2], a[ai + p + 3], b, b0, b0 + ldb, b0 + 2 * ldb,
                        b0 + 3 * ldb, c, ci);
            }
            for (; p < k; p++) {
                axpy(n, a[ai + p], b, bOff + p * ldb, c, ci);
            }
        }
    }

    @Override
    public void transposeMultiplyAdd(int m, int k, int n, double[] a, int aOff, int lda, double[] b, int bOff,
                                     int ldb, double[] c, int cOff, int ldc) {
        int p = 0;
        for (; p + UNROLL <= k; p += UNROLL) {
            int a0 = aOff + p * lda;
            int b0 = bOff + p * ldb;
            for (int i = 0; i < m; i++) {
                axpy4(n, a[a0 + i], a[a0 + lda + i], a[a0 + 2 * lda + i], a[a0 + 3 * lda + i], b, b0, b0 + ldb,
                        b0 + 2 * ldb, b0 + 3 * ldb, c, cOff + i * ldc);
            }
        }
        for (; p < k; p++) {
            for (int i = 0; i < m; i++) {
                axpy(n, a[aOff + p * lda + i], b, bOff + p * ldb, c, cOff + i * ldc);
            }
        }
    }

    private static void axpy4(int n, double s0, double s1, double s2, double s3, double[] b, int r0, int r1, int r2,
                              int r3, double[] c, int ci) {
        if (s0 == 0 && s1 == 0 && s2 == 0 && s3 == 0) {
            return;
        }
        for (int j = 0; j < n; j++) {
            c[ci + j] += s0 * b[r0 + j] + s1 * b[r1 + j] + s2 * b[r2 + j] + s3 * b[r3 + j];
        }
    }

    private static void axpy(int n, double s, double[] b, int r, double[] c, int ci) {
        if (s == 0) {
            return;
        }
        for (int j = 0; j < n; j++) {
            c[ci + j] += s * b[r + j];
        }
    }
}
