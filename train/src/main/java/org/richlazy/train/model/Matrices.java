package org.richlazy.train.model;

/** Small helpers on flat row-major matrices. */
public final class Matrices {
    private Matrices() {
    }

    /** The transpose {@code [cols x rows]} of a row-major {@code [rows x cols]} matrix. */
    public static double[] transpose(double[] m, int rows, int cols) {
        double[] t = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = m[i * cols + j];
            }
        }
        return t;
    }

    /** {@code flat} ({@code rows x cols} row-major, float64 or widened float32) as rows. */
    public static double[][] rows(double[] flat, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(flat, i * cols, m[i], 0, cols);
        }
        return m;
    }

    /** The same for float32 values, widened. */
    public static double[][] rows(float[] flat, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m[i][j] = flat[i * cols + j];
            }
        }
        return m;
    }
}
