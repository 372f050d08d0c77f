package org.richlazy.train.model;

/**
 * The dense products of training and of the tangent kernel, on flat row-major matrices given by
 * array, offset and leading dimension (row stride), BLAS style. Implementations only add into C.
 */
public interface MatrixProduct {

    /** {@code C[m x n] += A[m x k] B[k x n]}. */
    void multiplyAdd(int m, int k, int n, double[] a, int aOff, int lda, double[] b, int bOff, int ldb,
                     double[] c, int cOff, int ldc);

    /** {@code C[m x n] += A^T B} with {@code A} stored {@code [k x m]} and {@code B} {@code [k x n]}. */
    void transposeMultiplyAdd(int m, int k, int n, double[] a, int aOff, int lda, double[] b, int bOff, int ldb,
                              double[] c, int cOff, int ldc);

    /** {@code C += A B} for densely stored matrices. */
    default void multiplyAdd(int m, int k, int n, double[] a, double[] b, double[] c) {
        multiplyAdd(m, k, n, a, 0, k, b, 0, n, c, 0, n);
    }

    /** {@code C += A^T B} for densely stored matrices, {@code A [k x m]}, {@code B [k x n]}. */
    default void transposeMultiplyAdd(int m, int k, int n, double[] a, double[] b, double[] c) {
        transposeMultiplyAdd(m, k, n, a, 0, m, b, 0, n, c, 0, n);
    }
}
