package org.richlazy.train.model;

/** The textbook triple loop, one dot product per entry of C: the reference other products are tested against. */
public final class ReferenceProduct implements MatrixProduct {

    @Override
    public void multiplyAdd(int m, int k, int n, double[] a, int aOff, int lda, double[] b, int bOff, int ldb,
                            double[] c, int cOff, int ldc) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    sum += a[aOff + i * lda + p] * b[bOff + p * ldb + j];
                }
                c[cOff + i * ldc + j] += sum;
            }
        }
    }

    @Override
    public void transposeMultiplyAdd(int m, int k, int n, double[] a, int aOff, int lda, double[] b, int bOff,
                                     int ldb, double[] c, int cOff, int ldc) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    sum += a[aOff + p * lda + i] * b[bOff + p * ldb + j];
                }
                c[cOff + i * ldc + j] += sum;
            }
        }
    }
}
