package org.richlazy.transform.matrix;

import org.ejml.data.DMatrixRMaj;
import org.richlazy.transform.TransformException;

/** Small dense-matrix helpers on {@code double[][]} (row-major, {@code [post][pre]}). */
public final class Matrices {
    private Matrices() {
    }

    /**
     * Checks that {@code m} is a non-empty N x N matrix of finite values and returns N.
     *
     * @throws TransformException naming {@code what} and the offending row or entry
     */
    public static int requireSquareFinite(String what, double[][] m) {
        if (m == null || m.length == 0) {
            throw new TransformException(what, "matrix is empty", "an N x N matrix with N >= 1");
        }
        int n = m.length;
        for (int i = 0; i < n; i++) {
            if (m[i] == null || m[i].length != n) {
                throw new TransformException(what + " row " + i,
                        "has " + (m[i] == null ? 0 : m[i].length) + " columns", n + " columns (square)");
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(m[i][j])) {
                    throw new TransformException(what + " [" + i + "][" + j + "]", "value " + m[i][j], "a finite number");
                }
            }
        }
        return n;
    }

    /** A new matrix with the entries of {@code m}, row by row. */
    public static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    /** A new matrix {@code factor * m}. */
    public static double[][] scaled(double[][] m, double factor) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = new double[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                c[i][j] = factor * m[i][j];
            }
        }
        return c;
    }

    /** The largest magnitude {@code M = max_ij |m_ij|} (0 for the zero matrix). */
    public static double maxAbs(double[][] m) {
        double big = 0;
        for (double[] row : m) {
            for (double v : row) {
                big = Math.max(big, Math.abs(v));
            }
        }
        return big;
    }

    /**
     * A new matrix {@code m / M} with {@code M = max|m_ij|}, so every entry lies in [-1, 1] (the
     * matrix itself, copied, when it is zero). Dividing rather than multiplying by {@code 1 / M}
     * keeps a subnormal M exact.
     */
    public static double[][] inUnitsOfMax(double[][] m) {
        double big = maxAbs(m);
        double[][] c = copy(m);
        if (big > 0) {
            for (double[] row : c) {
                for (int j = 0; j < row.length; j++) {
                    row[j] /= big;
                }
            }
        }
        return c;
    }

    /**
     * Frobenius norm {@code sqrt(sum_ij m_ij^2)}, summed in units of {@code M = max|m_ij|} as
     * {@code M sqrt(sum_ij (m_ij / M)^2)} so that no square overflows or underflows
     * (docs/science.md#overflow-safe-norms); infinite only when the norm itself exceeds
     * {@link Double#MAX_VALUE}.
     */
    public static double frobenius(double[][] m) {
        double big = maxAbs(m);
        if (big == 0) {
            return 0;
        }
        double sum = 0;
        for (double[] row : m) {
            for (double v : row) {
                double x = v / big;
                sum += x * x;
            }
        }
        return big * Math.sqrt(sum);
    }

    /** {@code m} as a new EJML row-major matrix. */
    public static DMatrixRMaj toEjml(double[][] m) {
        return new DMatrixRMaj(m);
    }

    /** The entries of an EJML matrix as a new {@code double[rows][columns]}. */
    public static double[][] fromEjml(DMatrixRMaj m) {
        double[][] out = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            System.arraycopy(m.data, i * m.numCols, out[i], 0, m.numCols);
        }
        return out;
    }
}
