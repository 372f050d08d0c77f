package org.richlazy.train.fast;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link FloatKernels} whose large products are split across {@code threads} threads: the output C is cut into
 * blocks of rows (or, for a product of few rows such as a step's {@code [B x N] [N x N]}, blocks of columns, whole
 * tiles of three vectors each), each computed by the wrapped kernels on its own thread, the caller taking the last
 * block. Every entry of C is one chain of fused multiply-adds over the summed index in order, whatever the block
 * (the wrapped kernels' contract: their tiling never changes an entry's arithmetic, and their blocks of the sum
 * depend only on its length), so the result has the same bits with any number of threads; a test holds 1, 2 and 3
 * threads to it. Products below {@link #MIN_WORK} multiply-adds, the transposes and the element-wise steps run
 * on the caller's thread. The threads are daemon threads of one pool shared by every instance, as large as the
 * machine's cores. One instance serves one caller thread at a time.
 */
public final class ThreadedFloatKernels implements FloatKernels {
    /**
     * The fewest multiply-adds ({@code m k n}) of a product worth splitting. Handing blocks to the pool and waiting
     * for them costs tens of microseconds per product: on the 2-core development machine splitting every product
     * above 2^21 made a step at N 300 65 % slower (0.83 ms to 1.38 ms on 2 cores, {@code bench}), above 2^24 still
     * 12 to 22 % slower. 25 million keeps every product of an N 300 step (the weight gradient, 20 million, the
     * largest) on one thread and splits those of N 1,000 (32 million a recurrent product).
     */
    static final long MIN_WORK = 25_000_000L;
    /**
     * Columns of one column block: three vectors of 16 lanes, the wrapped kernels' widest tile (two tiles of
     * three vectors of 8 lanes).
     */
    private static final int COLUMN_BLOCK = 48;
    /** Rows of one row block are a multiple of the wrapped kernels' tile height (8 rows, or 4 with 8 lanes). */
    private static final int ROW_BLOCK = 8;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), new Daemons());

    private final FloatKernels inner;
    private final int threads;
    private final long minWork;

    /**
     * @param inner   the kernels every block runs on, from several threads at once (both kernels of this package
     *                keep no state)
     * @param threads threads per product, at least 1
     */
    public ThreadedFloatKernels(FloatKernels inner, int threads) {
        this(inner, threads, MIN_WORK);
    }

    /** The same, splitting products of at least {@code minWork} multiply-adds (a test splits small products). */
    ThreadedFloatKernels(FloatKernels inner, int threads, long minWork) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.inner = inner;
        this.threads = threads;
        this.minWork = minWork;
    }

    /** The threads a product is split across. */
    public int threads() {
        return threads;
    }

    @Override
    public void leakyRelu(int n, float alpha, float[] h, int prev, int cur) {
        inner.leakyRelu(n, alpha, h, prev, cur);
    }

    @Override
    public void maskInactive(int n, float[] d, int dOff, float[] h, int hOff) {
        inner.maskInactive(n, d, dOff, h, hOff);
    }

    @Override
    public void leakCarry(int n, float alpha, float[] d, int dOff, float[] carry) {
        inner.leakCarry(n, alpha, d, dOff, carry);
    }

    @Override
    public boolean allFinite(int n, float[] a, int off) {
        return inner.allFinite(n, a, off);
    }

    @Override
    public void transpose(int rows, int cols, float[] from, int fOff, int ldf, float[] to, int tOff, int ldt) {
        inner.transpose(rows, cols, from, fOff, ldf, to, tOff, ldt);
    }

    @Override
    public void multiply(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                         float[] c, int cOff, int ldc) {
        split(m, k, n, (i0, i1, j0, j1) -> inner.multiply(i1 - i0, k, j1 - j0, a, aOff + i0 * lda, lda, b, bOff + j0,
                ldb, c, cOff + i0 * ldc + j0, ldc));
    }

    @Override
    public void transposeMultiply(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                                  float[] c, int cOff, int ldc) {
        split(m, k, n, (i0, i1, j0, j1) -> inner.transposeMultiply(i1 - i0, k, j1 - j0, a, aOff + i0, lda, b,
                bOff + j0, ldb, c, cOff + i0 * ldc + j0, ldc));
    }

    @Override
    public void multiplyAdd(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                            float[] c, int cOff, int ldc) {
        split(m, k, n, (i0, i1, j0, j1) -> inner.multiplyAdd(i1 - i0, k, j1 - j0, a, aOff + i0 * lda, lda, b,
                bOff + j0, ldb, c, cOff + i0 * ldc + j0, ldc));
    }

    @Override
    public void transposeMultiplyAdd(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff,
                                     int ldb, float[] c, int cOff, int ldc) {
        split(m, k, n, (i0, i1, j0, j1) -> inner.transposeMultiplyAdd(i1 - i0, k, j1 - j0, a, aOff + i0, lda, b,
                bOff + j0, ldb, c, cOff + i0 * ldc + j0, ldc));
    }

    /** The block of C from rows i0 to i1 and columns j0 to j1 (exclusive). */
    private interface Block {
        void run(int i0, int i1, int j0, int j1);
    }

    /** Cuts C into up to {@code threads} blocks of rows, or of columns when that gives more, and runs them. */
    private void split(int m, int k, int n, Block block) {
        int rowBlocks = Math.min(threads, m / ROW_BLOCK);
        int columnBlocks = Math.min(threads, n / COLUMN_BLOCK);
        if (threads == 1 || (long) m * k * n < minWork || Math.max(rowBlocks, columnBlocks) < 2) {
            block.run(0, m, 0, n);
            return;
        }
        boolean rows = rowBlocks >= columnBlocks;
        int parts = rows ? rowBlocks : columnBlocks;
        int unit = rows ? ROW_BLOCK : COLUMN_BLOCK;
        int extent = rows ? m : n;
        int units = (extent + unit - 1) / unit;
        Future<?>[] pending = new Future<?>[parts - 1];
        for (int p = 0; p < parts; p++) {
            int from = Math.min(extent, units * p / parts * unit);
            int to = p == parts - 1 ? extent : Math.min(extent, units * (p + 1) / parts * unit);
            Runnable task = rows ? () -> block.run(from, to, 0, n) : () -> block.run(0, m, from, to);
            if (p < parts - 1) {
                pending[p] = POOL.submit(task);
            } else {
                task.run();
            }
        }
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted in a threaded product", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }

    /** Daemon threads named {@code richlazy-product-N}. */
    private static final class Daemons implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "richlazy-product-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
