package org.richlazy.transform.matrix;

import org.richlazy.transform.TransformException;

/**
 * A square matrix {@code W[post][pre]} held on its nonzero entries (docs/science.md#connectome-scale): compressed
 * rows, row i's columns ascending, float64 values. Products with W and W^T touch each entry once; nothing is
 * N x N.
 */
public final class SparseMatrix {
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

    /** N. */
    public int size() {
        return size;
    }

    /** The number of nonzero entries. */
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

    /** The largest absolute entry (0 for no entries). */
    public double largestMagnitude() {
        double m = 0;
        for (double v : value) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /** {@code ||W||_F^2 = sum w_ij^2}, summed over {@code w_ij / scale} and multiplied back (no overflow). */
    public double frobeniusSquared() {
        double scale = largestMagnitude();
        if (scale == 0) {
            return 0;
        }
        double s = 0;
        for (double v : value) {
            double r = v / scale;
            s += r * r;
        }
        return s * scale * scale;
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
