package org.richlazy.train.fast;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The fast float32 product on the JDK Vector API ({@code FloatVector.SPECIES_PREFERRED}, 16 lanes
 * with AVX-512), register-blocked.
 *
 * <p>{@code A B^T} is a block of dot products, four rows of A against four rows of B with sixteen
 * accumulators (each vector load serves four multiply-adds), reduced across lanes at the end; it carries
 * the large products of {@link FloatCtrnn} and the tangent kernel's Gram matrices.
 *
 * <p>{@code A B} and {@code A^T B} are computed as sums of rows of B, {@code C[i,:] += sum_p A(i,p) B[p,:]},
 * over the non-zero entries of row i of A only (listed first, reading A in memory order), four vectors of a
 * row of C at a time, all rows of C for one panel of columns before the next so the panel of B stays in
 * cache. They carry the small products (inputs, outputs, masked output gradients) where A is mostly zeros;
 * {@code 0 * inf} never turns into NaN there as it would in the reference. Columns that do not fill a vector
 * are done one by one.
 */
public final class VectorFloatProduct implements FloatProduct {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private int[] count = new int[0];
    private int[] index = new int[0];
    private float[] value = new float[0];
    /** Scratch for {@link #sumLanes}. */
    private final float[] lanes = new float[L];

    /** The lane count of the preferred species, e.g. 16 with AVX-512. */
    public static int lanes() {
        return L;
    }

    @Override
    public void multiplyAdd(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                            float[] c, int cOff, int ldc) {
        sumOfRows(m, k, n, a, aOff, lda, 1, b, bOff, ldb, c, cOff, ldc);
    }

    @Override
    public void transposeMultiplyAdd(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff,
                                     int ldb, float[] c, int cOff, int ldc) {
        sumOfRows(m, k, n, a, aOff, 1, lda, b, bOff, ldb, c, cOff, ldc);
    }

    /**
     * {@code C[i,:] += sum_p A(i,p) B[p,:]} over non-zero {@code A(i,p) = a[aOff + i ai + p ap]}. The
     * non-zero entries of every row of A are listed first, reading A in memory order (row by row of the
     * stored matrix, whether it is A or A^T).
     */
    private void sumOfRows(int m, int k, int n, float[] a, int aOff, int ai, int ap, float[] b, int bOff,
                           int ldb, float[] c, int cOff, int ldc) {
        if (count.length < m) {
            count = new int[m];
        }
        if (index.length < m * k) {
            index = new int[m * k];
            value = new float[m * k];
        }
        int[] cnt = count;
        int[] idx = index;
        float[] val = value;
        java.util.Arrays.fill(cnt, 0, m, 0);
        if (ai >= ap) {
            for (int i = 0; i < m; i++) {
                listRow(i, k, a, aOff + i * ai, ap, bOff, ldb, cnt, idx, val);
            }
        } else {
            for (int p = 0; p < k; p++) {
                int at = aOff + p * ap;
                int bRow = bOff + p * ldb;
                for (int i = 0; i < m; i++) {
                    float x = a[at + i * ai];
                    if (x != 0) {
                        int q = i * k + cnt[i]++;
                        idx[q] = bRow;
                        val[q] = x;
                    }
                }
            }
        }
        int j = 0;
        for (; j + 4 * L <= n; j += 4 * L) {
            for (int i = 0; i < m; i++) {
                addPanel4(i * k, cnt[i], idx, val, j, b, c, cOff + i * ldc + j);
            }
        }
        for (; j + L <= n; j += L) {
            for (int i = 0; i < m; i++) {
                addPanel1(i * k, cnt[i], idx, val, j, b, c, cOff + i * ldc + j);
            }
        }
        for (; j < n; j++) {
            for (int i = 0; i < m; i++) {
                float sum = c[cOff + i * ldc + j];
                for (int q = i * k; q < i * k + cnt[i]; q++) {
                    sum = Math.fma(val[q], b[idx[q] + j], sum);
                }
                c[cOff + i * ldc + j] = sum;
            }
        }
    }

    /** Lists the non-zero entries of row i of A, stored with stride {@code ap}, as B row offsets and values. */
    private static void listRow(int i, int k, float[] a, int at, int ap, int bOff, int ldb, int[] cnt, int[] idx,
                                float[] val) {
        int q = i * k;
        for (int p = 0; p < k; p++, at += ap) {
            float x = a[at];
            if (x != 0) {
                idx[q] = bOff + p * ldb;
                val[q] = x;
                q++;
            }
        }
        cnt[i] = q - i * k;
    }

    /**
     * {@code c[o + v] += sum_q val[q] b[idx[q] + j + v]} for v = 0..4L-1, q = first..first+count-1: four
     * vectors of one row of C. Rows of C are taken one after another for the same columns, so the
     * panel of B they read stays in cache.
     */
    private static void addPanel4(int first, int count, int[] idx, float[] val, int j, float[] b, float[] c,
                                  int o) {
        if (count == 0) {
            return;
        }
        int end = first + count;
        FloatVector c0 = FloatVector.fromArray(S, c, o);
        FloatVector c1 = FloatVector.fromArray(S, c, o + L);
        FloatVector c2 = FloatVector.fromArray(S, c, o + 2 * L);
        FloatVector c3 = FloatVector.fromArray(S, c, o + 3 * L);
        for (int q = first; q < end; q++) {
            FloatVector x = FloatVector.broadcast(S, val[q]);
            int r = idx[q] + j;
            c0 = FloatVector.fromArray(S, b, r).fma(x, c0);
            c1 = FloatVector.fromArray(S, b, r + L).fma(x, c1);
            c2 = FloatVector.fromArray(S, b, r + 2 * L).fma(x, c2);
            c3 = FloatVector.fromArray(S, b, r + 3 * L).fma(x, c3);
        }
        c0.intoArray(c, o);
        c1.intoArray(c, o + L);
        c2.intoArray(c, o + 2 * L);
        c3.intoArray(c, o + 3 * L);
    }

    /** The same for one vector, with two accumulators over alternate q to halve the dependency chain. */
    private static void addPanel1(int first, int count, int[] idx, float[] val, int j, float[] b, float[] c,
                                  int o) {
        if (count == 0) {
            return;
        }
        int end = first + count;
        FloatVector c0 = FloatVector.fromArray(S, c, o);
        FloatVector c1 = FloatVector.zero(S);
        int q = first;
        for (; q + 1 < end; q += 2) {
            c0 = FloatVector.fromArray(S, b, idx[q] + j).fma(FloatVector.broadcast(S, val[q]), c0);
            c1 = FloatVector.fromArray(S, b, idx[q + 1] + j).fma(FloatVector.broadcast(S, val[q + 1]), c1);
        }
        if (q < end) {
            c0 = FloatVector.fromArray(S, b, idx[q] + j).fma(FloatVector.broadcast(S, val[q]), c0);
        }
        c0.add(c1).intoArray(c, o);
    }

    @Override
    public void multiplyTransposeAdd(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff,
                                     int ldb, float[] c, int cOff, int ldc) {
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            int j = 0;
            for (; j + 4 <= n; j += 4) {
                dotBlock(k, a, aOff + i * lda, lda, b, bOff + j * ldb, ldb, c, cOff + i * ldc + j, ldc);
            }
            for (; j < n; j++) {
                for (int r = 0; r < 4; r++) {
                    c[cOff + (i + r) * ldc + j] += dot(k, a, aOff + (i + r) * lda, b, bOff + j * ldb);
                }
            }
        }
        for (; i < m; i++) {
            for (int j = 0; j < n; j++) {
                c[cOff + i * ldc + j] += dot(k, a, aOff + i * lda, b, bOff + j * ldb);
            }
        }
    }

    /** The 4 x 4 block of dot products of rows a0..a3 with rows b0..b3, added into C at {@code o}. */
    private void dotBlock(int k, float[] a, int a0, int lda, float[] b, int b0, int ldb, float[] c, int o,
                                 int ldc) {
        int a1 = a0 + lda;
        int a2 = a1 + lda;
        int a3 = a2 + lda;
        int b1 = b0 + ldb;
        int b2 = b1 + ldb;
        int b3 = b2 + ldb;
        FloatVector s00 = FloatVector.zero(S);
        FloatVector s01 = s00;
        FloatVector s02 = s00;
        FloatVector s03 = s00;
        FloatVector s10 = s00;
        FloatVector s11 = s00;
        FloatVector s12 = s00;
        FloatVector s13 = s00;
        FloatVector s20 = s00;
        FloatVector s21 = s00;
        FloatVector s22 = s00;
        FloatVector s23 = s00;
        FloatVector s30 = s00;
        FloatVector s31 = s00;
        FloatVector s32 = s00;
        FloatVector s33 = s00;
        int p = 0;
        for (; p + L <= k; p += L) {
            FloatVector x0 = FloatVector.fromArray(S, a, a0 + p);
            FloatVector x1 = FloatVector.fromArray(S, a, a1 + p);
            FloatVector x2 = FloatVector.fromArray(S, a, a2 + p);
            FloatVector x3 = FloatVector.fromArray(S, a, a3 + p);
            FloatVector y = FloatVector.fromArray(S, b, b0 + p);
            s00 = x0.fma(y, s00);
            s10 = x1.fma(y, s10);
            s20 = x2.fma(y, s20);
            s30 = x3.fma(y, s30);
            y = FloatVector.fromArray(S, b, b1 + p);
            s01 = x0.fma(y, s01);
            s11 = x1.fma(y, s11);
            s21 = x2.fma(y, s21);
            s31 = x3.fma(y, s31);
            y = FloatVector.fromArray(S, b, b2 + p);
            s02 = x0.fma(y, s02);
            s12 = x1.fma(y, s12);
            s22 = x2.fma(y, s22);
            s32 = x3.fma(y, s32);
            y = FloatVector.fromArray(S, b, b3 + p);
            s03 = x0.fma(y, s03);
            s13 = x1.fma(y, s13);
            s23 = x2.fma(y, s23);
            s33 = x3.fma(y, s33);
        }
        int ldc2 = 2 * ldc;
        int ldc3 = 3 * ldc;
        c[o] += sumLanes(s00);
        c[o + 1] += sumLanes(s01);
        c[o + 2] += sumLanes(s02);
        c[o + 3] += sumLanes(s03);
        c[o + ldc] += sumLanes(s10);
        c[o + ldc + 1] += sumLanes(s11);
        c[o + ldc + 2] += sumLanes(s12);
        c[o + ldc + 3] += sumLanes(s13);
        c[o + ldc2] += sumLanes(s20);
        c[o + ldc2 + 1] += sumLanes(s21);
        c[o + ldc2 + 2] += sumLanes(s22);
        c[o + ldc2 + 3] += sumLanes(s23);
        c[o + ldc3] += sumLanes(s30);
        c[o + ldc3 + 1] += sumLanes(s31);
        c[o + ldc3 + 2] += sumLanes(s32);
        c[o + ldc3 + 3] += sumLanes(s33);
        for (int r = 0; r < 4 && p < k; r++) {
            for (int s = 0; s < 4; s++) {
                float sum = 0;
                for (int q = p; q < k; q++) {
                    sum = Math.fma(a[a0 + r * lda + q], b[b0 + s * ldb + q], sum);
                }
                c[o + r * ldc + s] += sum;
            }
        }
    }

    /**
     * The sum of a vector's lanes, added one by one in lane order. {@code reduceLanes(ADD)} leaves
     * the order of a float reduction unspecified (its compiled and interpreted forms may differ, and
     * which one runs depends on when the JIT compiles it), which could make the same run give
     * different last digits in different processes; this order is fixed.
     */
    private float sumLanes(FloatVector v) {
        float[] l = lanes;
        v.intoArray(l, 0);
        float sum = l[0];
        for (int lane = 1; lane < L; lane++) {
            sum += l[lane];
        }
        return sum;
    }

    /** The dot product of {@code a[a0 .. a0+k)} and {@code b[b0 .. b0+k)}. */
    private float dot(int k, float[] a, int a0, float[] b, int b0) {
        FloatVector acc = FloatVector.zero(S);
        int p = 0;
        for (; p + L <= k; p += L) {
            acc = FloatVector.fromArray(S, a, a0 + p).fma(FloatVector.fromArray(S, b, b0 + p), acc);
        }
        float sum = sumLanes(acc);
        for (; p < k; p++) {
            sum = Math.fma(a[a0 + p], b[b0 + p], sum);
        }
        return sum;
    }
}
