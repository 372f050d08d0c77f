package org.richlazy.train.fast;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The fast float32 kernels on the JDK Vector API, register-blocked. The species is the JVM's preferred one
 * (16 float lanes with AVX-512, 8 with AVX2) unless {@value #LANES_PROPERTY} forces another; the tiles'
 * height follows its lane count (docs/performance.md#lane-count-avx2-and-avx-512).
 *
 * <p>{@code A B} and {@code A^T B} are one kernel in the broadcast (outer-product) form of a GEMM,
 * {@code C[i, j..j+L) += A(i, p) B[p, j..j+L)} for p = 0..k-1 in order: a tile of {@code MR} rows by three
 * vectors of C stays in registers over a block of up to {@value #MAX_SUM_BLOCK} consecutive p (the sum
 * is cut into blocks so the rows of B a tile column reads stay in the level-1 cache for all its row
 * tiles), and each step loads three vectors of a row of B and broadcasts {@code MR} entries of A (of a row
 * of A, or of a column for {@code A^T}) for {@code 3 MR} fused multiply-adds. With 16 lanes or more
 * {@code MR = 8}: 24 accumulators, three rows of B and a broadcast in the 32 vector registers of AVX-512.
 * With fewer lanes {@code MR = 4}: 12 accumulators, three rows of B and a broadcast fill AVX2's 16 vector
 * registers, where eight rows need 28 and spill (a step at N 300 took 1.08 to 1.51 times as long). No
 * horizontal reductions are needed, and every entry of C is the chain {@code c = fma(A(i,p), B(p,j), c)}
 * over p in order, the same whatever tile, tile height or lane count computes it, so the result equals
 * {@link ReferenceFloatKernels}'s bit for bit on either path.
 * Rows left over from the tiles go by one row of three vectors or one vector; columns that do not fill a
 * vector go to the reference's loop.
 * These carry the training step of {@link FloatCtrnn} and the tangent kernel's Gram matrices; callers
 * pad their rows to whole vectors ({@link FloatCtrnnWeights#PAD}) so the scalar columns stay rare.
 *
 * <p>The element-wise steps are lane-wise with the same operations as the reference (separate multiply
 * and add, no fusing), so they round the same. The transpose moves 16 x 16 blocks through registers (with
 * 16 lanes) and the finiteness check sums {@code 0 * a} lane-wise; both give exactly the reference's result.
 */
public final class VectorFloatKernels implements FloatKernels {
    /**
     * The system property that forces the lane count ({@code -Drichlazy.vector-lanes=8} for 256-bit vectors,
     * 16 for 512-bit ones), for tests and benchmarks of one machine's other path; unset, the JVM's preferred
     * species decides.
     */
    public static final String LANES_PROPERTY = "richlazy.vector-lanes";
    private static final VectorSpecies<Float> S = species(Integer.getInteger(LANES_PROPERTY, 0));
    private static final int L = S.length();
    /**
     * Rows of C per tile: 8 with 16 lanes or more (24 accumulators of the 32 vector registers of AVX-512), 4
     * with fewer (12 accumulators, three rows of B and a broadcast fill AVX2's 16).
     */
    private static final int MR = L >= 16 ? 8 : 4;
    /** Vectors of C per tile. */
    private static final int NR = 3;
    /** The longest block of a product's sum that {@link #broadcastProduct} runs before the next tile column. */
    private static final int MAX_SUM_BLOCK = 128;
    /** The plain-Java kernels, for the tails that do not fill a vector (same operations, same order). */
    private static final ReferenceFloatKernels REFERENCE = new ReferenceFloatKernels();
    /** The side of {@link #transpose}'s register blocks: one 512-bit vector of floats. */
    private static final int BLOCK = 16;
    /** Per transpose stage s (distance d = 2^s): lane c takes lane c - d (cyclic). */
    private static final VectorShuffle<Float>[] SWAP_UP = swaps(-1);
    /** Per transpose stage s (distance d = 2^s): lane c takes lane c + d (cyclic). */
    private static final VectorShuffle<Float>[] SWAP_DOWN = swaps(1);
    /** Per transpose stage s: the lanes whose column index has bit s set. */
    private static final VectorMask<Float>[] SWAP_HIGH = highLanes();

    @SuppressWarnings("unchecked")
    private static VectorShuffle<Float>[] swaps(int direction) {
        VectorShuffle<Float>[] shuffles = new VectorShuffle[Integer.numberOfTrailingZeros(L)];
        for (int s = 0; s < shuffles.length; s++) {
            int d = 1 << s;
            shuffles[s] = VectorShuffle.fromOp(S, c -> Math.floorMod(c + direction * d, L));
        }
        return shuffles;
    }

    @SuppressWarnings("unchecked")
    private static VectorMask<Float>[] highLanes() {
        VectorMask<Float>[] masks = new VectorMask[Integer.numberOfTrailingZeros(L)];
        for (int s = 0; s < masks.length; s++) {
            boolean[] high = new boolean[L];
            for (int c = 0; c < L; c++) {
                high[c] = (c & (1 << s)) != 0;
            }
            masks[s] = VectorMask.fromArray(S, high, 0);
        }
        return masks;
    }

    /**
     * The species of {@code lanes} floats, or the preferred one for 0. A static final species, not one per
     * instance, because the JIT compiles Vector API code to vector instructions only when the species is a
     * constant.
     */
    private static VectorSpecies<Float> species(int lanes) {
        return lanes == 0 ? FloatVector.SPECIES_PREFERRED
                : VectorSpecies.of(float.class, VectorShape.forBitSize(lanes * Float.SIZE));
    }

    /** The lane count of the species in use, e.g. 16 with AVX-512 and 8 with AVX2 ({@link #LANES_PROPERTY}). */
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

    /**
     * Sums {@code 0 * a[i]} lane-wise: each product is a zero for a finite entry and NaN for an infinite or
     * NaN one, and a NaN stays in its lane's sum, so no branch per entry and no overflow.
     */
    @Override
    public boolean allFinite(int n, float[] a, int off) {
        FloatVector zeros = FloatVector.zero(S);
        int i = 0;
        for (; i + L <= n; i += L) {
            zeros = zeros.add(FloatVector.fromArray(S, a, off + i).mul(0f));
        }
        return !zeros.test(VectorOperators.IS_NAN).anyTrue() && REFERENCE.allFinite(n - i, a, off + i);
    }

    /**
     * With 16 lanes (AVX-512), square blocks of 16 x 16 go through registers: stage s = 0..3 swaps bit s of
     * the row index with bit s of the column index, for each pair of rows {@code (r, r + 2^s)} one lane
     * rotation and one blend each way, so four stages transpose the block. The rows and columns that do not
     * fill a block, and every entry with other lane counts, go by the reference's loop.
     */
    @Override
    public void transpose(int rows, int cols, float[] from, int fOff, int ldf, float[] to, int tOff, int ldt) {
        if (L != BLOCK) {
            REFERENCE.transpose(rows, cols, from, fOff, ldf, to, tOff, ldt);
            return;
        }
        int rowBlocks = rows - rows % BLOCK;
        int colBlocks = cols - cols % BLOCK;
        for (int i0 = 0; i0 < rowBlocks; i0 += BLOCK) {
            for (int j0 = 0; j0 < colBlocks; j0 += BLOCK) {
                transposeBlock(from, fOff + i0 * ldf + j0, ldf, to, tOff + j0 * ldt + i0, ldt);
            }
        }
        REFERENCE.transpose(rowBlocks, cols - colBlocks, from, fOff + colBlocks, ldf, to, tOff + colBlocks * ldt,
                ldt);
        REFERENCE.transpose(rows - rowBlocks, cols, from, fOff + rowBlocks * ldf, ldf, to, tOff + rowBlocks, ldt);
    }

    /**
     * One {@value #BLOCK} x {@value #BLOCK} block of {@link #transpose}, in registers. Written out in full on
     * purpose: the same stages as a loop over a block held in an array keep the rows in memory between
     * stages and ran about four times slower.
     */
    private static void transposeBlock(float[] from, int f, int ldf, float[] to, int t0, int ldt) {
        FloatVector r0 = FloatVector.fromArray(S, from, f);
        FloatVector r1 = FloatVector.fromArray(S, from, f + 1 * ldf);
        FloatVector r2 = FloatVector.fromArray(S, from, f + 2 * ldf);
        FloatVector r3 = FloatVector.fromArray(S, from, f + 3 * ldf);
        FloatVector r4 = FloatVector.fromArray(S, from, f + 4 * ldf);
        FloatVector r5 = FloatVector.fromArray(S, from, f + 5 * ldf);
        FloatVector r6 = FloatVector.fromArray(S, from, f + 6 * ldf);
        FloatVector r7 = FloatVector.fromArray(S, from, f + 7 * ldf);
        FloatVector r8 = FloatVector.fromArray(S, from, f + 8 * ldf);
        FloatVector r9 = FloatVector.fromArray(S, from, f + 9 * ldf);
        FloatVector r10 = FloatVector.fromArray(S, from, f + 10 * ldf);
        FloatVector r11 = FloatVector.fromArray(S, from, f + 11 * ldf);
        FloatVector r12 = FloatVector.fromArray(S, from, f + 12 * ldf);
        FloatVector r13 = FloatVector.fromArray(S, from, f + 13 * ldf);
        FloatVector r14 = FloatVector.fromArray(S, from, f + 14 * ldf);
        FloatVector r15 = FloatVector.fromArray(S, from, f + 15 * ldf);
        VectorShuffle<Float> up;
        VectorShuffle<Float> down;
        VectorMask<Float> high;
        VectorMask<Float> low;
        FloatVector t;
        up = SWAP_UP[0];
        down = SWAP_DOWN[0];
        high = SWAP_HIGH[0];
        low = high.not();
        t = r0.blend(r1.rearrange(up), high); r1 = r1.blend(r0.rearrange(down), low); r0 = t;
        t = r2.blend(r3.rearrange(up), high); r3 = r3.blend(r2.rearrange(down), low); r2 = t;
        t = r4.blend(r5.rearrange(up), high); r5 = r5.blend(r4.rearrange(down), low); r4 = t;
        t = r6.blend(r7.rearrange(up), high); r7 = r7.blend(r6.rearrange(down), low); r6 = t;
        t = r8.blend(r9.rearrange(up), high); r9 = r9.blend(r8.rearrange(down), low); r8 = t;
        t = r10.blend(r11.rearrange(up), high); r11 = r11.blend(r10.rearrange(down), low); r10 = t;
        t = r12.blend(r13.rearrange(up), high); r13 = r13.blend(r12.rearrange(down), low); r12 = t;
        t = r14.blend(r15.rearrange(up), high); r15 = r15.blend(r14.rearrange(down), low); r14 = t;
        up = SWAP_UP[1];
        down = SWAP_DOWN[1];
        high = SWAP_HIGH[1];
        low = high.not();
        t = r0.blend(r2.rearrange(up), high); r2 = r2.blend(r0.rearrange(down), low); r0 = t;
        t = r1.blend(r3.rearrange(up), high); r3 = r3.blend(r1.rearrange(down), low); r1 = t;
        t = r4.blend(r6.rearrange(up), high); r6 = r6.blend(r4.rearrange(down), low); r4 = t;
        t = r5.blend(r7.rearrange(up), high); r7 = r7.blend(r5.rearrange(down), low); r5 = t;
        t = r8.blend(r10.rearrange(up), high); r10 = r10.blend(r8.rearrange(down), low); r8 = t;
        t = r9.blend(r11.rearrange(up), high); r11 = r11.blend(r9.rearrange(down), low); r9 = t;
        t = r12.blend(r14.rearrange(up), high); r14 = r14.blend(r12.rearrange(down), low); r12 = t;
        t = r13.blend(r15.rearrange(up), high); r15 = r15.blend(r13.rearrange(down), low); r13 = t;
        up = SWAP_UP[2];
        down = SWAP_DOWN[2];
        high = SWAP_HIGH[2];
        low = high.not();
        t = r0.blend(r4.rearrange(up), high); r4 = r4.blend(r0.rearrange(down), low); r0 = t;
        t = r1.blend(r5.rearrange(up), high); r5 = r5.blend(r1.rearrange(down), low); r1 = t;
        t = r2.blend(r6.rearrange(up), high); r6 = r6.blend(r2.rearrange(down), low); r2 = t;
        t = r3.blend(r7.rearrange(up), high); r7 = r7.blend(r3.rearrange(down), low); r3 = t;
        t = r8.blend(r12.rearrange(up), high); r12 = r12.blend(r8.rearrange(down), low); r8 = t;
        t = r9.blend(r13.rearrange(up), high); r13 = r13.blend(r9.rearrange(down), low); r9 = t;
        t = r10.blend(r14.rearrange(up), high); r14 = r14.blend(r10.rearrange(down), low); r10 = t;
        t = r11.blend(r15.rearrange(up), high); r15 = r15.blend(r11.rearrange(down), low); r11 = t;
        up = SWAP_UP[3];
        down = SWAP_DOWN[3];
        high = SWAP_HIGH[3];
        low = high.not();
        t = r0.blend(r8.rearrange(up), high); r8 = r8.blend(r0.rearrange(down), low); r0 = t;
        t = r1.blend(r9.rearrange(up), high); r9 = r9.blend(r1.rearrange(down), low); r1 = t;
        t = r2.blend(r10.rearrange(up), high); r10 = r10.blend(r2.rearrange(down), low); r2 = t;
        t = r3.blend(r11.rearrange(up), high); r11 = r11.blend(r3.rearrange(down), low); r3 = t;
        t = r4.blend(r12.rearrange(up), high); r12 = r12.blend(r4.rearrange(down), low); r4 = t;
        t = r5.blend(r13.rearrange(up), high); r13 = r13.blend(r5.rearrange(down), low); r5 = t;
        t = r6.blend(r14.rearrange(up), high); r14 = r14.blend(r6.rearrange(down), low); r6 = t;
        t = r7.blend(r15.rearrange(up), high); r15 = r15.blend(r7.rearrange(down), low); r7 = t;
        r0.intoArray(to, t0);
        r1.intoArray(to, t0 + 1 * ldt);
        r2.intoArray(to, t0 + 2 * ldt);
        r3.intoArray(to, t0 + 3 * ldt);
        r4.intoArray(to, t0 + 4 * ldt);
        r5.intoArray(to, t0 + 5 * ldt);
        r6.intoArray(to, t0 + 6 * ldt);
        r7.intoArray(to, t0 + 7 * ldt);
        r8.intoArray(to, t0 + 8 * ldt);
        r9.intoArray(to, t0 + 9 * ldt);
        r10.intoArray(to, t0 + 10 * ldt);
        r11.intoArray(to, t0 + 11 * ldt);
        r12.intoArray(to, t0 + 12 * ldt);
        r13.intoArray(to, t0 + 13 * ldt);
        r14.intoArray(to, t0 + 14 * ldt);
        r15.intoArray(to, t0 + 15 * ldt);
    }

    @Override
    public void multiply(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                         float[] c, int cOff, int ldc) {
        broadcastProduct(m, k, n, a, aOff, lda, 1, b, bOff, ldb, c, cOff, ldc, false);
    }

    @Override
    public void transposeMultiply(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                                  float[] c, int cOff, int ldc) {
        broadcastProduct(m, k, n, a, aOff, 1, lda, b, bOff, ldb, c, cOff, ldc, false);
    }

    @Override
    public void multiplyAdd(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                            float[] c, int cOff, int ldc) {
        broadcastProduct(m, k, n, a, aOff, lda, 1, b, bOff, ldb, c, cOff, ldc, true);
    }

    @Override
    public void transposeMultiplyAdd(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff,
                                     int ldb, float[] c, int cOff, int ldc) {
        broadcastProduct(m, k, n, a, aOff, 1, lda, b, bOff, ldb, c, cOff, ldc, true);
    }

    /** A tile's accumulator at the start of the sum: C's entries if {@code add}, else zero. */
    private static FloatVector start(boolean add, float[] c, int off) {
        return add ? FloatVector.fromArray(S, c, off) : FloatVector.zero(S);
    }

    /**
     * {@code C[i, j] (+)= sum_p A(i, p) B[p, j]} with {@code A(i, p) = a[aOff + i ai + p ap]}, starting from
     * C's entries if {@code add}, else from +0, in blocks of the sum ({@link #sumBlock}): the first block
     * starts as asked, each later one adds to what the blocks before it stored, so every entry is still
     * one chain of fused multiply-adds over p in order (storing a float and loading it back is exact).
     */
    private static void broadcastProduct(int m, int k, int n, float[] a, int aOff, int ai, int ap, float[] b,
                                         int bOff, int ldb, float[] c, int cOff, int ldc, boolean add) {
        int block = sumBlock(k);
        int p0 = 0;
        do {
            blockProduct(m, Math.min(block, k - p0), n, a, aOff + p0 * ap, ai, ap, b, bOff + p0 * ldb, ldb, c, cOff,
                    ldc, add || p0 > 0);
            p0 += block;
        } while (p0 < k);
    }

    /**
     * The length of {@link #broadcastProduct}'s blocks of the sum: k split evenly into the fewest blocks of at
     * most {@value #MAX_SUM_BLOCK} (one block of length 1 for an empty sum), so the rows of B one tile column
     * reads in a block (three vectors each, 192 bytes with 16 lanes; 25 KB for 128 rows) stay in a 48 KB
     * level-1 data cache while every row tile reuses them. Over a whole sum of 224 or 300 rows they did not,
     * and each tile read B from level 2.
     */
    static int sumBlock(int k) {
        if (k == 0) {
            return 1;
        }
        int blocks = (k + MAX_SUM_BLOCK - 1) / MAX_SUM_BLOCK;
        return (k + blocks - 1) / blocks;
    }

    /**
     * One block of the sum: tiles of {@link #MR} rows x {@value #NR} vectors, then the leftover rows, then the
     * leftover vectors, then the columns that do not fill a vector.
     */
    private static void blockProduct(int m, int k, int n, float[] a, int aOff, int ai, int ap, float[] b, int bOff,
                                     int ldb, float[] c, int cOff, int ldc, boolean add) {
        int j = 0;
        for (; j + NR * L <= n; j += NR * L) {
            int i = 0;
            for (; i + MR <= m; i += MR) {
                if (MR == 8) {
                    tile8x3(k, a, aOff + i * ai, ai, ap, b, bOff + j, ldb, c, cOff + i * ldc + j, ldc, add);
                } else {
                    tile4x3(k, a, aOff + i * ai, ai, ap, b, bOff + j, ldb, c, cOff + i * ldc + j, ldc, add);
                }
            }
            for (; i < m; i++) {
                tile1x3(k, a, aOff + i * ai, ap, b, bOff + j, ldb, c, cOff + i * ldc + j, add);
            }
        }
        for (; j + L <= n; j += L) {
            int i = 0;
            for (; i + MR <= m; i += MR) {
                if (MR == 8) {
                    tile8x1(k, a, aOff + i * ai, ai, ap, b, bOff + j, ldb, c, cOff + i * ldc + j, ldc, add);
                } else {
                    tile4x1(k, a, aOff + i * ai, ai, ap, b, bOff + j, ldb, c, cOff + i * ldc + j, ldc, add);
                }
            }
            for (; i < m; i++) {
                tile1x1(k, a, aOff + i * ai, ap, b, bOff + j, ldb, c, cOff + i * ldc + j, add);
            }
        }
        ReferenceFloatKernels.product(m, k, n - j, a, aOff, ai, ap, b, bOff + j, ldb, c, cOff + j, ldc, add);
    }

    /** An 8 x 3-vector tile of C: 24 accumulators in registers over the whole block of the sum. */
    private static void tile8x3(int k, float[] a, int a0, int ai, int ap, float[] b, int b0, int ldb, float[] c,
                               int c0, int ldc, boolean add) {
        int r0 = c0;
        int r1 = c0 + ldc;
        int r2 = c0 + 2 * ldc;
        int r3 = c0 + 3 * ldc;
        int r4 = c0 + 4 * ldc;
        int r5 = c0 + 5 * ldc;
        int r6 = c0 + 6 * ldc;
        int r7 = c0 + 7 * ldc;
        FloatVector s00 = start(add, c, r0);
        FloatVector s01 = start(add, c, r0 + L);
        FloatVector s02 = start(add, c, r0 + 2 * L);
        FloatVector s10 = start(add, c, r1);
        FloatVector s11 = start(add, c, r1 + L);
        FloatVector s12 = start(add, c, r1 + 2 * L);
        FloatVector s20 = start(add, c, r2);
        FloatVector s21 = start(add, c, r2 + L);
        FloatVector s22 = start(add, c, r2 + 2 * L);
        FloatVector s30 = start(add, c, r3);
        FloatVector s31 = start(add, c, r3 + L);
        FloatVector s32 = start(add, c, r3 + 2 * L);
        FloatVector s40 = start(add, c, r4);
        FloatVector s41 = start(add, c, r4 + L);
        FloatVector s42 = start(add, c, r4 + 2 * L);
        FloatVector s50 = start(add, c, r5);
        FloatVector s51 = start(add, c, r5 + L);
        FloatVector s52 = start(add, c, r5 + 2 * L);
        FloatVector s60 = start(add, c, r6);
        FloatVector s61 = start(add, c, r6 + L);
        FloatVector s62 = start(add, c, r6 + 2 * L);
        FloatVector s70 = start(add, c, r7);
        FloatVector s71 = start(add, c, r7 + L);
        FloatVector s72 = start(add, c, r7 + 2 * L);
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

    /** An 8 x 1-vector tile of C: 8 accumulators in registers over the whole block of the sum. */
    private static void tile8x1(int k, float[] a, int a0, int ai, int ap, float[] b, int b0, int ldb, float[] c,
                               int c0, int ldc, boolean add) {
        int r0 = c0;
        int r1 = c0 + ldc;
        int r2 = c0 + 2 * ldc;
        int r3 = c0 + 3 * ldc;
        int r4 = c0 + 4 * ldc;
        int r5 = c0 + 5 * ldc;
        int r6 = c0 + 6 * ldc;
        int r7 = c0 + 7 * ldc;
        FloatVector s00 = start(add, c, r0);
        FloatVector s10 = start(add, c, r1);
        FloatVector s20 = start(add, c, r2);
        FloatVector s30 = start(add, c, r3);
        FloatVector s40 = start(add, c, r4);
        FloatVector s50 = start(add, c, r5);
        FloatVector s60 = start(add, c, r6);
        FloatVector s70 = start(add, c, r7);
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

    /**
     * A 4 x 3-vector tile of C: 12 accumulators in registers over the whole block of the sum. Written out like
     * {@link #tile8x3}, not as a loop over rows: accumulators held in an array would live in memory.
     */
    private static void tile4x3(int k, float[] a, int a0, int ai, int ap, float[] b, int b0, int ldb, float[] c,
                               int c0, int ldc, boolean add) {
        int r0 = c0;
        int r1 = c0 + ldc;
        int r2 = c0 + 2 * ldc;
        int r3 = c0 + 3 * ldc;
        FloatVector s00 = start(add, c, r0);
        FloatVector s01 = start(add, c, r0 + L);
        FloatVector s02 = start(add, c, r0 + 2 * L);
        FloatVector s10 = start(add, c, r1);
        FloatVector s11 = start(add, c, r1 + L);
        FloatVector s12 = start(add, c, r1 + 2 * L);
        FloatVector s20 = start(add, c, r2);
        FloatVector s21 = start(add, c, r2 + L);
        FloatVector s22 = start(add, c, r2 + 2 * L);
        FloatVector s30 = start(add, c, r3);
        FloatVector s31 = start(add, c, r3 + L);
        FloatVector s32 = start(add, c, r3 + 2 * L);
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
        }
        s00.intoArray(c, r0); s01.intoArray(c, r0 + L); s02.intoArray(c, r0 + 2 * L);
        s10.intoArray(c, r1); s11.intoArray(c, r1 + L); s12.intoArray(c, r1 + 2 * L);
        s20.intoArray(c, r2); s21.intoArray(c, r2 + L); s22.intoArray(c, r2 + 2 * L);
        s30.intoArray(c, r3); s31.intoArray(c, r3 + L); s32.intoArray(c, r3 + 2 * L);
    }

    /** A 4 x 1-vector tile of C: 4 accumulators in registers over the whole block of the sum. */
    private static void tile4x1(int k, float[] a, int a0, int ai, int ap, float[] b, int b0, int ldb, float[] c,
                               int c0, int ldc, boolean add) {
        int r1 = c0 + ldc;
        int r2 = c0 + 2 * ldc;
        int r3 = c0 + 3 * ldc;
        FloatVector s0 = start(add, c, c0);
        FloatVector s1 = start(add, c, r1);
        FloatVector s2 = start(add, c, r2);
        FloatVector s3 = start(add, c, r3);
        for (int p = 0, ar = a0, br = b0; p < k; p++, ar += ap, br += ldb) {
            FloatVector y = FloatVector.fromArray(S, b, br);
            s0 = y.fma(FloatVector.broadcast(S, a[ar]), s0);
            s1 = y.fma(FloatVector.broadcast(S, a[ar + ai]), s1);
            s2 = y.fma(FloatVector.broadcast(S, a[ar + 2 * ai]), s2);
            s3 = y.fma(FloatVector.broadcast(S, a[ar + 3 * ai]), s3);
        }
        s0.intoArray(c, c0);
        s1.intoArray(c, r1);
        s2.intoArray(c, r2);
        s3.intoArray(c, r3);
    }

    /** One row by three vectors of C. */
    private static void tile1x3(int k, float[] a, int a0, int ap, float[] b, int b0, int ldb, float[] c, int c0,
                                boolean add) {
        FloatVector s0 = start(add, c, c0);
        FloatVector s1 = start(add, c, c0 + L);
        FloatVector s2 = start(add, c, c0 + 2 * L);
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
    private static void tile1x1(int k, float[] a, int a0, int ap, float[] b, int b0, int ldb, float[] c, int c0,
                                boolean add) {
        FloatVector s = start(add, c, c0);
        for (int p = 0, ar = a0, br = b0; p < k; p++, ar += ap, br += ldb) {
            s = FloatVector.fromArray(S, b, br).fma(FloatVector.broadcast(S, a[ar]), s);
        }
        s.intoArray(c, c0);
    }
}
