package org.richlazy.transform.matrix;

import java.util.Objects;

/**
 * A recurrent matrix held as N x N rows, {@code rows[post][pre]}; the caller must not modify the rows.
 *
 * @param rows the matrix, square
 */
public record DenseMatrix(double[][] rows) implements RecurrentMatrix {
    public DenseMatrix {
        Objects.requireNonNull(rows, "rows");
    }

    @Override
    public int size() {
        return rows.length;
    }

    @Override
    public long nonzeros() {
        long count = 0;
        for (double[] row : rows) {
            for (double v : row) {
                count += v != 0 ? 1 : 0;
            }
        }
        return count;
    }

    @Override
    public void forEachNonzero(EntryVisitor visitor) {
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < rows[i].length; j++) {
                if (rows[i][j] != 0) {
                    visitor.accept(i, j, rows[i][j]);
                }
            }
        }
    }

    @Override
    public double get(int post, int pre) {
        return rows[post][pre];
    }

    @Override
    public double largestMagnitude() {
        return Matrices.maxAbs(rows);
    }

    @Override
    public double frobenius() {
        return Matrices.frobenius(rows);
    }

    @Override
    public DenseMatrix scaled(double factor) {
        return new DenseMatrix(Matrices.scaled(rows, factor));
    }

    @Override
    public double[][] toDense() {
        return rows;
    }

    @Override
    public SparseMatrix sparse() {
        return SparseMatrix.of(rows);
    }
}
