package org.richlazy.train.measure;

/**
 * The alignment formulas (docs/science.md#laziness-measures), on dense matrices and vectors.
 */
public final class Alignment {
    private Alignment() {
    }

    /**
     * Uncentred kernel alignment {@code <A, B>_F / (||A||_F ||B||_F)} (Liu et al. 2024, as RA and KA;
     * Cristianini et al. 2002 without centring). NaN when either matrix is zero.
     */
    public static double cosine(double[][] a, double[][] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                ab += a[i][j] * b[i][j];
                aa += a[i][j] * a[i][j];
                bb += b[i][j] * b[i][j];
            }
        }
        return ab / Math.sqrt(aa * bb);
    }

    /**
     * Kernel-target alignment as docs/science.md#laziness-measures defines it, the trace-normalised variant
     * {@code y^T K y / (||y||^2 tr K)}, with y
     * uncentred (the one-hot targets as they are), in keeping with the uncentred RA and KA of the
     * paper's code (docs/science.md#laziness-measures); the centred variant is Cortes, Mohri &amp; Rostamizadeh
     * (2012). For a
     * positive semi-definite K this lies in
     * [0, 1]: y^T K y is at most lambda_max ||y||^2, and lambda_max is at most tr K. It differs from
     * the standard form {@link #kernelTargetStandard} only in normalising by
     * tr K instead of ||K||_F. NaN when y or K is zero.
     */
    public static double kernelTarget(double[][] k, double[] y) {
        double yKy = 0;
        double yy = 0;
        double trace = 0;
        for (int i = 0; i < y.length; i++) {
            double row = 0;
            for (int j = 0; j < y.length; j++) {
                row += k[i][j] * y[j];
            }
            yKy += y[i] * row;
            yy += y[i] * y[i];
            trace += k[i][i];
        }
        return yKy / (yy * trace);
    }

    /**
     * Centred kernel alignment (Cortes, Mohri and Rostamizadeh 2012): {@link #cosine} of {@code H A H} and
     * {@code H B H} with {@code H = I - 11^T / n}, i.e. each kernel with its row, column and grand means removed
     * ({@code (HKH)_ij = K_ij - r_i - c_j + g}). For linear kernels {@code A = X X^T}, {@code B = Y Y^T} this is
     * linear CKA (Kornblith, Norouzi, Lee and Hinton 2019), {@code ||Y_c^T X_c||_F^2 / (||X_c^T X_c||_F
     * ||Y_c^T Y_c||_F)} with column-centred features. NaN when a centred kernel is zero (for example every
     * row of X the same).
     */
    public static double centeredCosine(double[][] a, double[][] b) {
        return cosine(centered(a), centered(b));
    }

    /**
     * The participation ratio of states whose Gram matrix is {@code k = R R^T} (one row of R per trial):
     * {@code (sum l_i)^2 / sum l_i^2 = (tr Kc)^2 / ||Kc||_F^2} over the eigenvalues l_i of the states' covariance,
     * which are those of the centred Gram matrix {@code Kc = H K H} up to the common factor 1/n
     * (docs/science.md#flatness-compression-and-generalisation). Between 1 (states on one line) and
     * {@code min(n - 1, N)}; NaN when every state is the same.
     */
    public static double participationRatio(double[][] k) {
        double[][] c = centered(k);
        double trace = 0;
        double squares = 0;
        for (int i = 0; i < c.length; i++) {
            trace += c[i][i];
            for (double v : c[i]) {
                squares += v * v;
            }
        }
        return squares == 0 ? Double.NaN : trace * trace / squares;
    }

    /** {@code H K H} with {@code H = I - 11^T / n}. */
    static double[][] centered(double[][] k) {
        int n = k.length;
        double[] row = new double[n];
        double[] col = new double[n];
        double grand = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                row[i] += k[i][j];
                col[j] += k[i][j];
            }
        }
        for (int i = 0; i < n; i++) {
            grand += row[i];
            row[i] /= n;
            col[i] /= n;
        }
        grand /= (double) n * n;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] = k[i][j] - row[i] - col[j] + grand;
            }
        }
        return c;
    }

    /**
     * Kernel-target alignment in the standard form of Cristianini, Shawe-Taylor, Elisseeff and Kandola
     * (2001), {@code <K, yy^T>_F / (||K||_F ||yy^T||_F) = y^T K y / (||K||_F ||y||^2)}, y the one-hot targets
     * of the kernel's rows (uncentred). NaN when y or K is zero.
     */
    public static double kernelTargetStandard(double[][] k, double[] y) {
        double yKy = 0;
        double yy = 0;
        double kk = 0;
        for (int i = 0; i < y.length; i++) {
            double row = 0;
            for (int j = 0; j < y.length; j++) {
                row += k[i][j] * y[j];
                kk += k[i][j] * k[i][j];
            }
            yKy += y[i] * row;
            yy += y[i] * y[i];
        }
        return yKy / (Math.sqrt(kk) * yy);
    }

    /** Fraction of entries whose active state ({@code > 0}) is the same in both arrays. */
    public static double signSimilarity(double[] before, double[] after) {
        if (before.length != after.length) {
            throw new IllegalArgumentException("sizes differ: " + before.length + " and " + after.length);
        }
        int same = 0;
        for (int i = 0; i < before.length; i++) {
            same += (before[i] > 0) == (after[i] > 0) ? 1 : 0;
        }
        return (double) same / before.length;
    }

    /** Frobenius norm of a flat matrix. */
    public static double norm(double[] m) {
        double s = 0;
        for (double v : m) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /** {@code ||A - B||_F} of two flat matrices of the same size. */
    public static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
