package org.richlazy.train.fast;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The fast float32 kernels on the JDK Vector API ({@code FloatVector.SPECIES_PREFERRED}, 16 lanes
 * with AVX-512), register-blocked.
 *
 * <p>{@code A B} and {@code A^T B} are one kernel in the broadcast (outer-product) form of a GEMM,
 * {@code C[i, j..j+L) += A(i, p) B[p, j..j+L)} for p = 0..k-1 in order: a tile of eight rows by three
 * vectors of C stays in 24 registers for the whole sum over p, and each step loads three vectors of a row
 * of B and broadcasts eight entries of A (of a row of A, or of a column for {@code A^T}) for 24 fused
 * multiply-adds. No horizontal reductions are needed, and every entry of C is the chain
 * {@code c = fma(A(i,p), B(p,j), c)} over p in order, the same whatever tile or lane computes it, so the
 * result equals {@link ReferenceFloatKernels}'s bit for bit. Rows left over from the tiles go by one row
 * of three vectors or one vector; columns that do not fill a vector go to the reference's loop.
 * These carry the training step of {@link FloatCtrnn} and the tangent kernel's Gram matrices; callers
 * pad their rows to whole vectors ({@link FloatCtrnnWeights#PAD}) so the scalar columns stay rare.
 *
 * <p>The element-wise steps are lane-wise with the same operations as the reference (separate multiply
 * and add, no fusing), so they round the same.
 */
public final class VectorFloatKernels implements FloatKernels {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Rows of C per tile. */
    private static final int MR = 8;
    /** Vectors of C per tile. */
    private static final int NR = 3;
    /** The plain-Java kernels, for the tails that do not fill a vector (same operations, same order). */
    private static final ReferenceFloatKernels REFERENCE = new ReferenceFloatKernels();

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
        REFERENCE.leakyRelu(n - i, alpha, h, prev + i, cur + i);
    }

    @Override
    public void maskInactive(int n, float[] d, int dOff, float[] h, int hOff) {
        FloatVector zero = FloatVector.zero(S);
        int i = 0;
        for (; i + L <= n; i += L) {
            VectorMask<Float> active = FloatVector.fromArray(S, h, hOff + i).compare(VectorOperators.GT, 0f);
            zero.blend(FloatVector.fromArray(S, d, dOff + i), active).intoArray(d, dOff + i);
        }
        REFERENCE.maskInactive(n - i, d, dOff + i, h, hOff + i);
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
        ReferenceFloatKernels.product(m, k, n - j, a, aOff, ai, ap, b, bOff + j, ldb, 1, c, cOff + j, ldc);
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
}
