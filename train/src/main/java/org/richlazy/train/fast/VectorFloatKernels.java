package org.richlazy.train.fast;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The fast float32 product on the JDK Vector API ({@code FloatVector.SPECIES_PREFERRED}, 16 lanes
 * with AVX-512), register-blocked.
 *
 * <p>{@code A B} and {@code A^T B} are one kernel in the broadcast (outer-product) form of a GEMM,
 * {@code C[i, j..j+L) += A(i, p) B[p, j..j+L)} for p = 0..k-1 in order: a tile of eight rows by three
 * vectors of C stays in 24 registers for the whole sum over p, and each step loads three vectors of a row
 * of B and broadcasts eight entries of A (of a row of A, or of a column for {@code A^T}) for 24 fused
 * multiply-adds. No horizontal reductions are needed, and every entry of C is the chain
 * {@code c = fma(A(i,p), B(p,j), c)} over p in order, the same whatever tile or lane computes it, so the
 * result equals {@link ReferenceFloatKernels}'s bit for bit. Rows left over from the tiles go by one row
 * of three vectors or one vector; columns that do not fill a vector go by scalar {@link Math#fma}.
 * These carry the training step of {@link FloatCtrnn} and the tangent kernel's Gram matrices.
 *
 * <p>The element-wise steps are lane-wise with the same operations as the reference (separate multiply
 * and add, no fusing), so they round the same.
 *
 * <p>{@code A B^T} is a block of dot products, four rows of A against four rows of B with sixteen
 * accumulators, reduced across lanes at the end; it suits products with few columns, such as the
 * logits {@code h W_out^T}, and does not equal the reference bit for bit (its sums are split by lane).
 */
public final class VectorFloatKernels implements FloatKernels {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Rows of C per tile. */
    private static final int MR = 8;
    /** Vectors of C per tile. */
    private static final int NR = 3;

    /** Scratch for {@link #sumLanes}. */
    private final float[] lanes = new float[L];

    /** The lane count of the preferred species, e.g. 16 with AVX-512. */
    public static int lanes() {
        return L;
    }

    @Override
    public void leakyRelu(int n, float alpha, float[] h, int prev, int cur) {
        float keep = 1 - alpha;
        FloatVector zero = FloatVector.zero(S);
        int i = 0;
        for (; i + L <= n; i += L) {
            FloatVector u = FloatVector.fromArray(S, h, prev + i).mul(keep)
                    .add(FloatVector.fromArray(S, h, cur + i).mul(alpha));
            zero.blend(u, u.compare(VectorOperators.GT, 0f)).intoArray(h, cur + i);
        }
        for (; i < n; i++) {
            float u = keep * h[prev + i] + alpha * h[cur + i];
            h[cur + i] = u > 0 ? u : 0f;
        }
    }

    @Override
    public void maskInactive(int n, float[] d, int dOff, float[] h, int hOff) {
        FloatVector zero = FloatVector.zero(S);
        int i = 0;
        for (; i + L <= n; i += L) {
            VectorMask<Float> active = FloatVector.fromArray(S, h, hOff + i).compare(VectorOperators.GT, 0f);
            zero.blend(FloatVector.fromArray(S, d, dOff + i), active).intoArray(d, dOff + i);
        }
        for (; i < n; i++) {
            if (!(h[hOff + i] > 0)) {
                d[dOff + i] = 0f;
            }
        }
    }

    @Override
    public void leakCarry(int n, float alpha, float[] d, int dOff, float[] carry) {
        float keep = 1 - alpha;
        int i = 0;
        for (; i + L <= n; i += L) {
            FloatVector.fromArray(S, d, dOff + i).mul(keep)
                    .add(FloatVector.fromArray(S, carry, i).mul(alpha)).intoArray(carry, i);
        }
        for (; i < n; i++) {
            carry[i] = keep * d[dOff + i] + alpha * carry[i];
        }
    }

    @Override
    public void multiplyAdd(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                            float[] c, int cOff, int ldc) {
        broadcastProduct(m, k, n, a, aOff, lda, 1, b, bOff, ldb, c, cOff, ldc);
    }

    @Override
    public void transposeMultiplyAdd(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff,
                                     int ldb, float[] c, int cOff, int ldc) {
        broadcastProduct(m, k, n, a, aOff, 1, lda, b, bOff, ldb, c, cOff, ldc);
    }

    /**
     * {@code C[i, j] += sum_p A(i, p) B[p, j]} with {@code A(i, p) = a[aOff + i ai + p ap]}: tiles of
     * {@value #MR} rows x {@value #NR} vectors, then the leftover rows, then the leftover vectors, then the
     * columns that do not fill a vector.
     */
    private static void broadcastProduct(int m, int k, int n, float[] a, int aOff, int ai, int ap, float[] b,
                                         int bOff, int ldb, float[] c, int cOff, int ldc) {
        int j = 0;
        for (; j + NR * L <= n; j += NR * L) {
            int i = 0;
            for (; i + MR <= m; i += MR) {
                tile8x3(k, a, aOff + i * ai, ai, ap, b, bOff + j, ldb, c, cOff + i * ldc + j, ldc);
            }
            for (; i < m; i++) {
                tile1x3(k, a, aOff + i * ai, ap, b, bOff + j, ldb, c, cOff + i * ldc + j);
            }
        }
        for (; j + L <= n; j += L) {
            int i = 0;
            for (; i + MR <= m; i += MR) {
                tile8x1(k, a, aOff + i * ai, ai, ap, b, bOff + j, ldb, c, cOff + i * ldc + j, ldc);
            }
            for (; i < m; i++) {
                tile1x1(k, a, aOff + i * ai, ap, b, bOff + j, ldb, c, cOff + i * ldc + j);
            }
        }
        for (; j < n; j++) {
            for (int i = 0; i < m; i++) {
                float sum = c[cOff + i * ldc + j];
                for (int p = 0, ar = aOff + i * ai, br = bOff + j; p < k; p++, ar += ap, br += ldb) {
                    sum = Math.fma(a[ar], b[br], sum);
                }
                c[cOff + i * ldc + j] = sum;
            }
        }
    }

    /** An 8 x 3-vector tile of C: 24 accumulators in registers over the whole sum. */
    private static void tile8x3(int k, float[] a, int a0, int ai, int ap, float[] b, int b0, int ldb, float[] c,
                               int c0, int ldc) {
        int r0 = c0;
        int r1 = c0 + ldc;
        int r2 = c0 + 2 * ldc;
        int r3 = c0 + 3 * ldc;
        int r4 = c0 + 4 * ldc;
        int r5 = c0 + 5 * ldc;
        int r6 = c0 + 6 * ldc;
        int r7 = c0 + 7 * ldc;
        FloatVector s00 = FloatVector.fromArray(S, c, r0);
        FloatVector s01 = FloatVector.fromArray(S, c, r0 + L);
        FloatVector s02 = FloatVector.fromArray(S, c, r0 + 2 * L);
        FloatVector s10 = FloatVector.fromArray(S, c, r1);
        FloatVector s11 = FloatVector.fromArray(S, c, r1 + L);
        FloatVector s12 = FloatVector.fromArray(S, c, r1 + 2 * L);
        FloatVector s20 = FloatVector.fromArray(S, c, r2);
        FloatVector s21 = FloatVector.fromArray(S, c, r2 + L);
        FloatVector s22 = FloatVector.fromArray(S, c, r2 + 2 * L);
        FloatVector s30 = FloatVector.fromArray(S, c, r3);
        FloatVector s31 = FloatVector.fromArray(S, c, r3 + L);
        FloatVector s32 = FloatVector.fromArray(S, c, r3 + 2 * L);
        FloatVector s40 = FloatVector.fromArray(S, c, r4);
        FloatVector s41 = FloatVector.fromArray(S, c, r4 + L);
        FloatVector s42 = FloatVector.fromArray(S, c, r4 + 2 * L);
        FloatVector s50 = FloatVector.fromArray(S, c, r5);
        FloatVector s51 = FloatVector.fromArray(S, c, r5 + L);
        FloatVector s52 = FloatVector.fromArray(S, c, r5 + 2 * L);
        FloatVector s60 = FloatVector.fromArray(S, c, r6);
        FloatVector s61 = FloatVector.fromArray(S, c, r6 + L);
        FloatVector s62 = FloatVector.fromArray(S, c, r6 + 2 * L);
        FloatVector s70 = FloatVector.fromArray(S, c, r7);
        FloatVector s71 = FloatVector.fromArray(S, c, r7 + L);
        FloatVector s72 = FloatVector.fromArray(S, c, r7 + 2 * L);
        for (int p = 0, ar = a0, br = b0; p < k; p++, ar += ap, br += ldb) {
            FloatVector y0 = FloatVector.fromArray(S, b, br);
            FloatVector y1 = FloatVector.fromArray(S, b, br + L);
            FloatVector y2 = FloatVector.fromArray(S, b, br + 2 * L);
            FloatVector x0 = FloatVector.broadcast(S, a[ar]);
            s00 = y0.fma(x0, s00); s01 = y1.fma(x0, s01); s02 = y2.fma(x0, s02);
            FloatVector x1 = FloatVector.broadcast(S, a[ar + ai]);
            s10 = y0.fma(x1, s10); s11 = y1.fma(x1, s11); s12 = y2.fma(x1, s12);
            FloatVector x2 = FloatVector.broadcast(S, a[ar + 2 * ai]);
            s20 = y0.fma(x2, s20); s21 = y1.fma(x2, s21); s22 = y2.fma(x2, s22);
            FloatVector x3 = FloatVector.broadcast(S, a[ar + 3 * ai]);
            s30 = y0.fma(x3, s30); s31 = y1.fma(x3, s31); s32 = y2.fma(x3, s32);
            FloatVector x4 = FloatVector.broadcast(S, a[ar + 4 * ai]);
            s40 = y0.fma(x4, s40); s41 = y1.fma(x4, s41); s42 = y2.fma(x4, s42);
            FloatVector x5 = FloatVector.broadcast(S, a[ar + 5 * ai]);
            s50 = y0.fma(x5, s50); s51 = y1.fma(x5, s51); s52 = y2.fma(x5, s52);
            FloatVector x6 = FloatVector.broadcast(S, a[ar + 6 * ai]);
            s60 = y0.fma(x6, s60); s61 = y1.fma(x6, s61); s62 = y2.fma(x6, s62);
            FloatVector x7 = FloatVector.broadcast(S, a[ar + 7 * ai]);
            s70 = y0.fma(x7, s70); s71 = y1.fma(x7, s71); s72 = y2.fma(x7, s72);
        }
        s00.intoArray(c, r0); s01.intoArray(c, r0 + L); s02.intoArray(c, r0 + 2 * L);
        s10.intoArray(c, r1); s11.intoArray(c, r1 + L); s12.intoArray(c, r1 + 2 * L);
        s20.intoArray(c, r2); s21.intoArray(c, r2 + L); s22.intoArray(c, r2 + 2 * L);
        s30.intoArray(c, r3); s31.intoArray(c, r3 + L); s32.intoArray(c, r3 + 2 * L);
        s40.intoArray(c, r4); s41.intoArray(c, r4 + L); s42.intoArray(c, r4 + 2 * L);
        s50.intoArray(c, r5); s51.intoArray(c, r5 + L); s52.intoArray(c, r5 + 2 * L);
        s60.intoArray(c, r6); s61.intoArray(c, r6 + L); s62.intoArray(c, r6 + 2 * L);
        s70.intoArray(c, r7); s71.intoArray(c, r7 + L); s72.intoArray(c, r7 + 2 * L);
    }

    /** An 8 x 1-vector tile of C: 8 accumulators in registers over the whole sum. */
    private static void tile8x1(int k, float[] a, int a0, int ai, int ap, float[] b, int b0, int ldb, float[] c,
                               int c0, int ldc) {
        int r0 = c0;
        int r1 = c0 + ldc;
        int r2 = c0 + 2 * ldc;
        int r3 = c0 + 3 * ldc;
        int r4 = c0 + 4 * ldc;
        int r5 = c0 + 5 * ldc;
        int r6 = c0 + 6 * ldc;
        int r7 = c0 + 7 * ldc;
        FloatVector s00 = FloatVector.fromArray(S, c, r0);
        FloatVector s10 = FloatVector.fromArray(S, c, r1);
        FloatVector s20 = FloatVector.fromArray(S, c, r2);
        FloatVector s30 = FloatVector.fromArray(S, c, r3);
        FloatVector s40 = FloatVector.fromArray(S, c, r4);
        FloatVector s50 = FloatVector.fromArray(S, c, r5);
        FloatVector s60 = FloatVector.fromArray(S, c, r6);
        FloatVector s70 = FloatVector.fromArray(S, c, r7);
        for (int p = 0, ar = a0, br = b0; p < k; p++, ar += ap, br += ldb) {
            FloatVector y0 = FloatVector.fromArray(S, b, br);
            FloatVector x0 = FloatVector.broadcast(S, a[ar]);
            s00 = y0.fma(x0, s00);
            FloatVector x1 = FloatVector.broadcast(S, a[ar + ai]);
            s10 = y0.fma(x1, s10);
            FloatVector x2 = FloatVector.broadcast(S, a[ar + 2 * ai]);
            s20 = y0.fma(x2, s20);
            FloatVector x3 = FloatVector.broadcast(S, a[ar + 3 * ai]);
            s30 = y0.fma(x3, s30);
            FloatVector x4 = FloatVector.broadcast(S, a[ar + 4 * ai]);
            s40 = y0.fma(x4, s40);
            FloatVector x5 = FloatVector.broadcast(S, a[ar + 5 * ai]);
            s50 = y0.fma(x5, s50);
            FloatVector x6 = FloatVector.broadcast(S, a[ar + 6 * ai]);
            s60 = y0.fma(x6, s60);
            FloatVector x7 = FloatVector.broadcast(S, a[ar + 7 * ai]);
            s70 = y0.fma(x7, s70);
        }
        s00.intoArray(c, r0);
        s10.intoArray(c, r1);
        s20.intoArray(c, r2);
        s30.intoArray(c, r3);
        s40.intoArray(c, r4);
        s50.intoArray(c, r5);
        s60.intoArray(c, r6);
        s70.intoArray(c, r7);
    }

    /** One row by three vectors of C. */
    private static void tile1x3(int k, float[] a, int a0, int ap, float[] b, int b0, int ldb, float[] c, int c0) {
        FloatVector s0 = FloatVector.fromArray(S, c, c0);
        FloatVector s1 = FloatVector.fromArray(S, c, c0 + L);
        FloatVector s2 = FloatVector.fromArray(S, c, c0 + 2 * L);
        for (int p = 0, ar = a0, br = b0; p < k; p++, ar += ap, br += ldb) {
            FloatVector x = FloatVector.broadcast(S, a[ar]);
            s0 = FloatVector.fromArray(S, b, br).fma(x, s0);
            s1 = FloatVector.fromArray(S, b, br + L).fma(x, s1);
            s2 = FloatVector.fromArray(S, b, br + 2 * L).fma(x, s2);
        }
        s0.intoArray(c, c0);
        s1.intoArray(c, c0 + L);
        s2.intoArray(c, c0 + 2 * L);
    }

    /** One vector of one row of C. */
    private static void tile1x1(int k, float[] a, int a0, int ap, float[] b, int b0, int ldb, float[] c, int c0) {
        FloatVector s = FloatVector.fromArray(S, c, c0);
        for (int p = 0, ar = a0, br = b0; p < k; p++, ar += ap, br += ldb) {
            s = FloatVector.fromArray(S, b, br).fma(FloatVector.broadcast(S, a[ar]), s);
        }
        s.intoArray(c, c0);
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
