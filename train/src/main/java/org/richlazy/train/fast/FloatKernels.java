package org.richlazy.train.fast;

/**
 * The float32 kernels of the fast training path and of the tangent kernel: dense products on flat
 * row-major matrices given by array, offset and leading dimension (row stride), BLAS style (adding into C,
 * or storing into C without reading it), a blocked transpose, and the element-wise steps of the CTRNN between
 * them (docs/science.md#model-transform---train). An instance may keep scratch space, so it serves one thread at
 * a time.
 */
public interface FloatKernels {

    /**
     * The leaky ReLU update of one step of the CTRNN, in place: {@code h[cur + i] = relu((1 - a) h[prev + i]
     * + a h[cur + i])} for i &lt; n, where {@code h[cur..]} holds the step's input {@code W_in x_t + W_h
     * h_{t-1}} and {@code relu(u) = u} if {@code u > 0}, else 0 (NaN included).
     */
    void leakyRelu(int n, float alpha, float[] h, int prev, int cur);

    /** Zeroes the deltas of inactive units: {@code d[dOff + i] = 0} unless {@code h[hOff + i] > 0}, i &lt; n. */
    void maskInactive(int n, float[] d, int dOff, float[] h, int hOff);

    /** The leak's carry of the deltas: {@code carry[i] = (1 - a) d[dOff + i] + a carry[i]}, i &lt; n. */
    void leakCarry(int n, float alpha, float[] d, int dOff, float[] carry);

    /** Whether {@code a[off + i]} is finite (neither infinite nor NaN) for every i &lt; n. */
    boolean allFinite(int n, float[] a, int off);

    /** {@code to[tOff + j ldt + i] = from[fOff + i ldf + j]} for i &lt; rows, j &lt; cols. */
    void transpose(int rows, int cols, float[] from, int fOff, int ldf, float[] to, int tOff, int ldt);

    /** {@code C[m x n] = A[m x k] B[k x n]}, C not read (each entry's sum starts from +0). */
    void multiply(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                  float[] c, int cOff, int ldc);

    /** {@code C[m x n] = A^T B} with {@code A} stored {@code [k x m]}, C not read (sums start from +0). */
    void transposeMultiply(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                           float[] c, int cOff, int ldc);

    /** {@code C[m x n] += A[m x k] B[k x n]}. */
    void multiplyAdd(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                     float[] c, int cOff, int ldc);

    /** {@code C[m x n] += A^T B} with {@code A} stored {@code [k x m]} and {@code B} {@code [k x n]}. */
    void transposeMultiplyAdd(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                              float[] c, int cOff, int ldc);

    /**
     * The fastest product this JVM offers: {@link VectorFloatKernels} when the module
     * {@code jdk.incubator.vector} is present (run with {@code --add-modules jdk.incubator.vector}),
     * {@link ReferenceFloatKernels} otherwise.
     */
    static FloatKernels fastest() {
        return vectorApiAvailable() ? new VectorFloatKernels() : new ReferenceFloatKernels();
    }

    /** Whether the JDK Vector API module was added to this JVM. */
    static boolean vectorApiAvailable() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }
}
