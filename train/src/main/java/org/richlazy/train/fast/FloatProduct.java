package org.richlazy.train.fast;

/**
 * The dense float32 products of the fast training path and of the tangent kernel, on flat row-major
 * matrices given by array, offset and leading dimension (row stride), BLAS style. Implementations only
 * add into C. An instance may keep scratch space, so it serves one thread at a time.
 */
public interface FloatProduct {

    /** {@code C[m x n] += A[m x k] B[k x n]}. */
    void multiplyAdd(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                     float[] c, int cOff, int ldc);

    /** {@code C[m x n] += A^T B} with {@code A} stored {@code [k x m]} and {@code B} {@code [k x n]}. */
    void transposeMultiplyAdd(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                              float[] c, int cOff, int ldc);

    /** {@code C[m x n] += A B^T} with {@code A} stored {@code [m x k]} and {@code B} {@code [n x k]}. */
    void multiplyTransposeAdd(int m, int k, int n, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                              float[] c, int cOff, int ldc);

    /**
     * The fastest product this JVM offers: {@link VectorFloatProduct} when the module
     * {@code jdk.incubator.vector} is present (run with {@code --add-modules jdk.incubator.vector}),
     * {@link ReferenceFloatProduct} otherwise.
     */
    static FloatProduct fastest() {
        return vectorApiAvailable() ? new VectorFloatProduct() : new ReferenceFloatProduct();
    }

    /**
     * The name of {@link #fastest()}'s kernel, {@code vector} or {@code reference}. The two round
     * differently (the vector kernel uses fused multiply-adds in its own order), so a float32 run
     * records which one computed it: the same config and seed give the same bytes with the same kernel.
     */
    static String fastestName() {
        return vectorApiAvailable() ? "vector" : "reference";
    }

    /** Whether the JDK Vector API module was added to this JVM. */
    static boolean vectorApiAvailable() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }
}
