package org.richlazy.train.fast;

/**
 * The textbook triple loop in float32, one dot product per entry of C accumulated in float: the
 * reference {@link VectorFloatProduct} is tested against, and the fallback when the Vector API is absent.
 */
public final class ReferenceFloatProduct implements FloatProduct {

    @Override
    public void multiplyAdd(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                            float[] c, int cOff, int ldc) {
        product(m, k, n, a, aOff, lda, 1, b, bOff, ldb, 1, c, cOff, ldc);
    }

    @Override
    public void transposeMultiplyAdd(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff,
                                     int ldb, float[] c, int cOff, int ldc) {
        product(m, k, n, a, aOff, 1, lda, b, bOff, ldb, 1, c, cOff, ldc);
    }

    @Override
    public void multiplyTransposeAdd(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff,
                                     int ldb, float[] c, int cOff, int ldc) {
        product(m, k, n, a, aOff, lda, 1, b, bOff, 1, ldb, c, cOff, ldc);
    }

    /** {@code C[i][j] += sum_p A(i, p) B(p, j)} with {@code A(i, p) = a[aOff + i ai + p ap]}, likewise B. */
    private static void product(int m, int k, int n, float[] a, int aOff, int ai, int ap, float[] b, int bOff,
                                int bp, int bj, float[] c, int cOff, int ldc) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float sum = 0;
                for (int p = 0; p < k; p++) {
                    sum += a[aOff + i * ai + p * ap] * b[bOff + p * bp + j * bj];
                }
                c[cOff + i * ldc + j] += sum;
            }
        }
    }
}
