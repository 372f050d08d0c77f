package org.richlazy.train.model;

/**
 * The default float64 product. Every inner loop is an axpy over a contiguous row of B and C,
 * {@code c[j] += x0 b0[j] + x1 b1[j]}, with no reduction, so HotSpot's superword pass can vectorise
 * it. Four rows of C are updated together from two rows of B at a time, so each B row loaded serves
 * four C rows; the four C rows are copied into separate work arrays so the inner loop has no possible
 * overlap between what it reads and writes. {@code A B} and {@code A^T B} share the code and differ
 * only in how A is indexed.
 *
 * <p>Groups of A entries that are all exactly zero (inactive ReLU units) are skipped, so
 * {@code 0 * inf} does not turn into NaN here as it would in the reference; a non-finite weight
 * still shows in the loss, which is what divergence detection watches.
 */
public final class AxpyProduct implements MatrixProduct {
    private static final int ROWS = 4;

    @Override
    public void multiplyAdd(int m, int k, int n, double[] a, int aOff, int lda, double[] b, int bOff, int ldb,
                            double[] c, int cOff, int ldc) {
        product(m, k, n, a, aOff, lda, 1, b, bOff, ldb, c, cOff, ldc);
    }

    @Override
    public void transposeMultiplyAdd(int m, int k, int n, double[] a, int aOff, int lda, double[] b, int bOff,
                                     int ldb, double[] c, int cOff, int ldc) {
        product(m, k, n, a, aOff, 1, lda, b, bOff, ldb, c, cOff, ldc);
    }

    /** {@code C += X B} where {@code X[i][p] = a[aOff + i * strideI + p * strideP]}. */
    private static void product(int m, int k, int n, double[] a, int aOff, int strideI, int strideP, double[] b,
                                int bOff, int ldb, double[] c, int cOff, int ldc) {
        double[][] rows = new double[ROWS][n];
        for (int i = 0; i < m; i += ROWS) {
            int count = Math.min(ROWS, m - i);
            for (int r = 0; r < count; r++) {
                System.arraycopy(c, cOff + (i + r) * ldc, rows[r], 0, n);
            }
            for (int r = count; r < ROWS; r++) {
                java.util.Arrays.fill(rows[r], 0.0);
            }
            double[] x = new double[2 * ROWS];
            int p = 0;
            for (; p < k; p += 2) {
                boolean pair = p + 1 < k;
                boolean any = false;
                for (int r = 0; r < ROWS; r++) {
                    int at = aOff + (i + r) * strideI + p * strideP;
                    x[2 * r] = r < count ? a[at] : 0;
                    x[2 * r + 1] = r < count && pair ? a[at + strideP] : 0;
                    any |= x[2 * r] != 0 || x[2 * r + 1] != 0;
                }
                if (any) {
                    int r0 = bOff + p * ldb;
                    addTwoRows(n, x, b, r0, pair ? r0 + ldb : r0, rows);
                }
            }
            for (int r = 0; r < count; r++) {
                System.arraycopy(rows[r], 0, c, cOff + (i + r) * ldc, n);
            }
        }
    }

    /** {@code rows[r][j] += x[2r] b[r0 + j] + x[2r+1] b[r1 + j]} for the four work rows. */
    private static void addTwoRows(int n, double[] x, double[] b, int r0, int r1, double[][] rows) {
        double x00 = x[0];
        double x01 = x[1];
        double x10 = x[2];
        double x11 = x[3];
        double x20 = x[4];
        double x21 = x[5];
        double x30 = x[6];
        double x31 = x[7];
        double[] c0 = rows[0];
        double[] c1 = rows[1];
        double[] c2 = rows[2];
        double[] c3 = rows[3];
        for (int j = 0; j < n; j++) {
            double b0 = b[r0 + j];
            double b1 = b[r1 + j];
            c0[j] += x00 * b0 + x01 * b1;
            c1[j] += x10 * b0 + x11 * b1;
            c2[j] += x20 * b0 + x21 * b1;
            c3[j] += x30 * b0 + x31 * b1;
        }
    }
}
