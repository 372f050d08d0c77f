package org.richlazy.transform.matrix;

/**
 * A square recurrent matrix {@code W[post][pre]}, held dense ({@link DenseMatrix}) or on its nonzero entries
 * ({@link SparseMatrix}, docs/science.md#connectome-scale). What an init is made of; the operations here touch only
 * the nonzero entries of a sparse one, so nothing N x N is made for it.
 */
public sealed interface RecurrentMatrix permits DenseMatrix, SparseMatrix {

    /** Receives one nonzero entry {@code W[post][pre] = weight}. */
    @FunctionalInterface
    interface EntryVisitor {
        void accept(int post, int pre, double weight);
    }

    /** N. */
    int size();

    /** The number of nonzero entries. */
    long nonzeros();

    /** Visits every nonzero entry, row by row ({@code post} ascending), each row by ascending {@code pre}. */
    void forEachNonzero(EntryVisitor visitor);

    /** {@code W[post][pre]} (0 off the nonzero entries). */
    double get(int post, int pre);

    /** The largest absolute entry (0 for the zero matrix). */
    double largestMagnitude();

    /**
     * {@code ||W||_F = M sqrt(sum (w_ij / M)^2)} with {@code M} the largest magnitude, so no square overflows
     * (docs/science.md#overflow-safe-norms).
     */
    double frobenius();

    /** {@code factor * W}, held the same way. */
    RecurrentMatrix scaled(double factor);

    /** Whether the matrix is held on its nonzero entries. */
    default boolean isSparse() {
        return this instanceof SparseMatrix;
    }

    /** The nonzero entries as compressed rows (this matrix when it is sparse already). */
    SparseMatrix sparse();

    /** The matrix as N x N rows (a dense matrix's own rows, not to be modified), for tests and small N. */
    double[][] toDense();
}
