package org.richlazy.transform.matrix;

import org.richlazy.transform.TransformException;

/**
 * A square matrix {@code W[post][pre]} held on its nonzero entries (docs/science.md#connectome-scale): compressed
 * rows, row i's columns ascending, float64 values. Products with W and W^T touch each entry once; nothing is
 * N x N.
 */
public final class SparseMatrix implements RecurrentMatrix {
    private final int size;
    private final int[] rowStart;
    private final int[] column;
    private final double[] value;

    private SparseMatrix(int size, int[] rowStart, int[] column, double[] value) {
        this.size = size;
        this.rowStart = rowStart;
        this.column = column;
        this.value = value;
    }

    /**
     * The matrix of the given compressed rows: row i's entries are {@code value[k]} at column {@code column[k]} for
     * {@code k = rowStart[i] .. rowStart[i+1] - 1}, columns strictly ascending within a row.
     *
     * @throws TransformException when the arrays do not describe such a matrix
     */
    public static SparseMatrix ofRows(int size, int[] rowStart, int[] column, double[] value) {
        if (size < 1 || rowStart.length != size + 1 || rowStart[0] != 0 || rowStart[size] != column.length
                || value.length != column.length) {
            throw new TransformException("sparse matrix", rowStart.length + " row starts, " + column.length
                    + " columns and " + value.length + " values for " + size + " rows", (size + 1)
                    + " row starts from 0 to the number of entries, one column and one value per entry");
        }
        for (int i = 0; i < size; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                if (column[k] < 0 || column[k] >= size || (k > rowStart[i] && column[k] <= column[k - 1])) {
                    throw new TransformException("sparse matrix row " + i, "column " + column[k],
                            "columns 0.." + (size - 1) + ", strictly ascending within a row");
                }
            }
        }
        return new SparseMatrix(size, rowStart.clone(), column.clone(), value.clone());
    }

    /** The nonzero entries of the dense {@code w}, for tests and small N. */
    public static SparseMatrix of(double[][] w) {
        int n = w.length;
        int[] rowStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (double v : w[i]) {
                count += v != 0 ? 1 : 0;
            }
            rowStart[i + 1] = rowStart[i] + count;
        }
        int[] column = new int[rowStart[n]];
        double[] value = new double[rowStart[n]];
        int k = 0;
        for (double[] row : w) {
            for (int j = 0; j < n; j++) {
                if (row[j] != 0) {
                    column[k] = j;
                    value[k++] = row[j];
                }
            }
        }
        return new SparseMatrix(n, rowStart, column, value);
    }

    /** The weights of {@code connectome} as they were read, {@code W[post][pre]}, without making them dense. */
    public static SparseMatrix of(org.richlazy.ingest.Connectome connectome) {
        int n = connectome.size();
        long entries = connectome.edgeCount();
        if (entries > Integer.MAX_VALUE - 16) {
            throw new TransformException("sparse matrix", entries + " synapses", "at most " + (Integer.MAX_VALUE - 16)
                    + " (one Java array)");
        }
        int[] rowStart = new int[n + 1];
        int[] column = new int[(int) entries];
        double[] value = new double[(int) entries];
        int[] k = {0};
        connectome.forEachEdge((pre, post, weight) -> {
            rowStart[post + 1]++;
            column[k[0]] = pre;
            value[k[0]++] = weight;
        });
        for (int i = 0; i < n; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        return new SparseMatrix(n, rowStart, column, value);
    }

    /**
     * The matrix of the given entries, in any order: entry k is {@code value[k]} at {@code [post[k]][pre[k]]}. Entries
     * of value 0 are kept (they are positions of the pattern); the rows are sorted by column.
     *
     * @throws TransformException on an index outside [0, N) or a position given twice
     */
    public static SparseMatrix ofEntries(int size, int[] post, int[] pre, double[] value) {
        int m = post.length;
        if (pre.length != m || value.length != m) {
            throw new TransformException("sparse matrix", post.length + " rows, " + pre.length + " columns and "
                    + value.length + " values", "one row, column and value per entry");
        }
        int[] rowStart = new int[size + 1];
        for (int k = 0; k < m; k++) {
            if (post[k] < 0 || post[k] >= size || pre[k] < 0 || pre[k] >= size) {
                throw new TransformException("sparse matrix entry " + k, "[" + post[k] + "][" + pre[k] + "]",
                        "indices in 0.." + (size - 1));
            }
            rowStart[post[k] + 1]++;
        }
        for (int i = 0; i < size; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        int[] next = java.util.Arrays.copyOf(rowStart, size);
        long[] keyed = new long[m];
        for (int k = 0; k < m; k++) {
            keyed[next[post[k]]++] = ((long) pre[k] << 32) | k;
        }
        int[] column = new int[m];
        double[] sorted = new double[m];
        for (int i = 0; i < size; i++) {
            java.util.Arrays.sort(keyed, rowStart[i], rowStart[i + 1]);
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                column[k] = (int) (keyed[k] >>> 32);
                sorted[k] = value[(int) keyed[k]];
                if (k > rowStart[i] && column[k] == column[k - 1]) {
                    throw new TransformException("sparse matrix row " + i, "column " + column[k] + " given twice",
                            "each position once");
                }
            }
        }
        return new SparseMatrix(size, rowStart, column, sorted);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long nonzeros() {
        long count = 0;
        for (double v : value) {
            count += v != 0 ? 1 : 0;
        }
        return count;
    }

    @Override
    public void forEachNonzero(EntryVisitor visitor) {
        for (int i = 0; i < size; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                if (value[k] != 0) {
                    visitor.accept(i, column[k], value[k]);
                }
            }
        }
    }

    /** Visits every stored entry, zeros included, in row order (entry k is the k-th visited). */
    public void forEachEntry(EntryVisitor visitor) {
        for (int i = 0; i < size; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                visitor.accept(i, column[k], value[k]);
            }
        }
    }

    @Override
    public double get(int post, int pre) {
        int k = java.util.Arrays.binarySearch(column, rowStart[post], rowStart[post + 1], pre);
        return k >= 0 ? value[k] : 0;
    }

    @Override
    public SparseMatrix scaled(double factor) {
        double[] v = new double[value.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = value[k] * factor;
        }
        return new SparseMatrix(size, rowStart, column, v);
    }

    @Override
    public SparseMatrix sparse() {
        return this;
    }

    /** The same pattern with new values, one per entry in row order. */
    public SparseMatrix withValues(double[] values) {
        if (values.length != value.length) {
            throw new TransformException("sparse matrix values", values.length + " values",
                    value.length + ", one per entry");
        }
        return new SparseMatrix(size, rowStart, column, values.clone());
    }

    @Override
    public double[][] toDense() {
        double[][] w = new double[size][size];
        for (int i = 0; i < size; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                w[i][column[k]] = value[k];
            }
        }
        return w;
    }

    /** A copy of the row starts (N + 1 of them), for storage. */
    public int[] rowStarts() {
        return rowStart.clone();
    }

    /** A copy of the entries' columns, in row order, for storage. */
    public int[] columns() {
        return column.clone();
    }

    /** A copy of the entries' values, in row order, for storage. */
    public double[] values() {
        return value.clone();
    }

    /** The number of stored entries (the pattern's positions; a value may be 0). */
    public int entries() {
        return column.length;
    }

    /** {@code y = W x}. */
    public void multiply(double[] x, double[] y) {
        for (int i = 0; i < size; i++) {
            double s = 0;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                s += value[k] * x[column[k]];
            }
            y[i] = s;
        }
    }

    /** {@code y = W^T x}. */
    public void transposeMultiply(double[] x, double[] y) {
        java.util.Arrays.fill(y, 0, size, 0);
        for (int i = 0; i < size; i++) {
            double xi = x[i];
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                y[column[k]] += value[k] * xi;
            }
        }
    }

    @Override
    public double largestMagnitude() {
        double m = 0;
        for (double v : value) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    @Override
    public double frobenius() {
        double scale = largestMagnitude();
        if (scale == 0) {
            return 0;
        }
        double s = 0;
        for (double v : value) {
            double r = v / scale;
            s += r * r;
        }
        return scale * Math.sqrt(s);
    }

    /** {@code ||W||_F^2}, from {@link #frobenius()}. */
    public double frobeniusSquared() {
        double f = frobenius();
        return f * f;
    }

    /** Where row i starts among the entries; {@code rowStart(N)} is the number of entries. */
    public int rowStart(int i) {
        return rowStart[i];
    }

    /** The column of entry k. */
    public int column(int k) {
        return column[k];
    }

    /** The value of entry k. */
    public double value(int k) {
        return value[k];
    }
}
