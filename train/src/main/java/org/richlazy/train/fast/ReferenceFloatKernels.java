package org.richlazy.train.fast;

/**
 * The textbook loops in float32. Products: each entry of C is the chain {@code c = fma(A(i,p), B(p,j), c)} over
 * p in order, starting from C's entry (or from +0 for the storing forms). The reference {@link VectorFloatKernels} is tested against (its
 * {@code A B} and {@code A^T B} equal this bit for bit), and the fallback when the Vector API is absent.
 */
public final class ReferenceFloatKernels implements FloatKernels {

    @Override
    public void leakyRelu(int n, float alpha, float[] h, int prev, int cur) {
        float keep = 1 - alpha;
        for (int i = 0; i < n; i++) {
            float u = keep * h[prev + i] + alpha * h[cur + i];
            h[cur + i] = u > 0 ? u : 0f;
        }
    }

    @Override
    public void maskInactive(int n, float[] d, int dOff, float[] h, int hOff) {
        for (int i = 0; i < n; i++) {
            if (!(h[hOff + i] > 0)) {
                d[dOff + i] = 0f;
            }
        }
    }

    @Override
    public void leakCarry(int n, float alpha, float[] d, int dOff, float[] carry) {
        float keep = 1 - alpha;
        for (int i = 0; i < n; i++) {
            carry[i] = keep * d[dOff + i] + alpha * carry[i];
        }
    }

    @Override
    public boolean allFinite(int n, float[] a, int off) {
        for (int i = 0; i < n; i++) {
            if (!Float.isFinite(a[off + i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void transpose(int rows, int cols, float[] from, int fOff, int ldf, float[] to, int tOff, int ldt) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                to[tOff + j * ldt + i] = from[fOff + i * ldf + j];
            }
        }
    }

    @Override
    public void multiply(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                         float[] c, int cOff, int ldc) {
        product(m, k, n, a, aOff, lda, 1, b, bOff, ldb, c, cOff, ldc, false);
    }

    @Override
    public void transposeMultiply(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                                  float[] c, int cOff, int ldc) {
        product(m, k, n, a, aOff, 1, lda, b, bOff, ldb, c, cOff, ldc, false);
    }

    @Override
    public void multiplyAdd(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                            float[] c, int cOff, int ldc) {
        product(m, k, n, a, aOff, lda, 1, b, bOff, ldb, c, cOff, ldc, true);
    }

    @Override
    public void transposeMultiplyAdd(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff,
                                     int ldb, float[] c, int cOff, int ldc) {
        product(m, k, n, a, aOff, 1, lda, b, bOff, ldb, c, cOff, ldc, true);
    }

    /**
     * {@code C[i][j] (+)= sum_p A(i, p) B(p, j)} with {@code A(i, p) = a[aOff + i ai + p ap]} and B row-major, fused;
     * the sum starts from C's entry if {@code add}, else from +0.
     */
    static void product(int m, int k, int n, float[] a, int aOff, int ai, int ap, float[] b, int bOff,
                        int ldb, float[] c, int cOff, int ldc, boolean add) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float sum = add ? c[cOff + i * ldc + j] : 0f;
                for (int p = 0; p < k; p++) {
                    sum = Math.fma(a[aOff + i * ai + p * ap], b[bOff + p * ldb + j], sum);
                }
                c[cOff + i * ldc + j] = sum;
            }
        }
    }
}
