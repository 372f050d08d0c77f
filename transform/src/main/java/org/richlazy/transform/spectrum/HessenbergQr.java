package org.richlazy.transform.spectrum;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.hessenberg.HessenbergSimilarDecomposition_DDRM;
import org.richlazy.transform.matrix.Matrices;

/**
 * Eigenvalues only of a real square matrix: orthogonal reduction to upper Hessenberg form
 * (EJML's Householder {@link HessenbergSimilarDecomposition_DDRM}), then Francis implicit
 * double-shift QR iterations with deflation on small subdiagonal entries and exceptional shifts
 * after 10 and 20 stalled iterations (Francis 1961; Golub &amp; Van Loan, Matrix Computations, 4th ed.,
 * Alg. 7.5.1-7.5.2; the eigenvalue-only variant updates only the active block). Complex
 * eigenvalues come out in conjugate pairs.
 *
 * <p>Used because EJML's general eigen decomposition ({@code WatchedDoubleStepQR}) took about
 * 0.5 s for N = 300 here, most of it in its QR iterations; this runs several times faster. When
 * the iteration does not converge ({@code null} result) the caller falls back to EJML.
 */
final class HessenbergQr {
    private static final double EPS = Math.ulp(1.0);
    private static final int MAX_ITERATIONS_PER_EIGENVALUE = 30;

    private HessenbergQr() {
    }

    /**
     * The eigenvalues as {@code {real parts, imaginary parts}}, or {@code null} if the QR
     * iteration failed to converge or produced a non-finite value.
     */
    static double[][] eigenvalues(DMatrixRMaj matrix) {
        int n = matrix.numRows;
        HessenbergSimilarDecomposition_DDRM hess = new HessenbergSimilarDecomposition_DDRM(n);
        if (!hess.decompose(matrix.copy())) {
            return null;
        }
        double[][] a = Matrices.fromEjml(hess.getH(null));
        double[] wr = new double[n];
        double[] wi = new double[n];
        return iterate(a, wr, wi) ? new double[][] {wr, wi} : null;
    }

    /** Francis double-shift QR on the upper Hessenberg matrix {@code a} (destroyed). */
    private static boolean iterate(double[][] a, double[] wr, double[] wi) {
        int n = a.length;
        double anorm = 0;
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(i - 1, 0); j < n; j++) {
                anorm += Math.abs(a[i][j]);
            }
        }
        int nn = n - 1;
        double t = 0;
        while (nn >= 0) {
            int its = 0;
            int l;
            do {
                for (l = nn; l > 0; l--) {
                    double s = Math.abs(a[l - 1][l - 1]) + Math.abs(a[l][l]);
                    if (s == 0) {
                        s = anorm;
                    }
                    if (Math.abs(a[l][l - 1]) <= EPS * s) {
                        a[l][l - 1] = 0;
                        break;
                    }
                }
                double x = a[nn][nn];
                if (l == nn) {
                    wr[nn] = x + t;
                    wi[nn] = 0;
                    nn--;
                } else {
                    double y = a[nn - 1][nn - 1];
                    double w = a[nn][nn - 1] * a[nn - 1][nn];
                    if (l == nn - 1) {
                        deflatePair(wr, wi, nn, x + t, y, x, w);
                        nn -= 2;
                    } else {
                        if (its == MAX_ITERATIONS_PER_EIGENVALUE) {
                            return false;
                        }
                        if (its == 10 || its == 20) {
                            t += x;
                            for (int i = 0; i <= nn; i++) {
                                a[i][i] -= x;
                            }
                            double s = Math.abs(a[nn][nn - 1]) + Math.abs(a[nn - 1][nn - 2]);
                            x = 0.75 * s;
                            y = x;
                            w = -0.4375 * s * s;
                        }
                        its++;
                        doubleShiftStep(a, l, nn, x, y, w);
                    }
                }
            } while (l + 1 < nn);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(wr[i]) || !Double.isFinite(wi[i])) {
                return false;
            }
        }
        return true;
    }

    /** The two eigenvalues of the trailing 2 x 2 block [[y, .], [., x]] with off-diagonal product w. */
    private static void deflatePair(double[] wr, double[] wi, int nn, double shiftedX, double y, double x, double w) {
        double p = 0.5 * (y - x);
        double q = p * p + w;
        double z = Math.sqrt(Math.abs(q));
        if (q >= 0) {
            z = p + Math.copySign(z, p);
            wr[nn - 1] = shiftedX + z;
            wr[nn] = z != 0 ? shiftedX - w / z : shiftedX + z;
            wi[nn - 1] = 0;
            wi[nn] = 0;
        } else {
            wr[nn - 1] = shiftedX + p;
            wr[nn] = shiftedX + p;
            wi[nn - 1] = -z;
            wi[nn] = z;
        }
    }

    /**
     * One implicit double-shift step on rows/columns l..nn with shifts given by x, y, w (the
     * trailing 2 x 2 block's diagonal and off-diagonal product): find the start m where two
     * consecutive subdiagonal entries are small, then chase the 3 x 3 Householder bulge down.
     */
    private static void doubleShiftStep(double[][] a, int l, int nn, double x, double y, double w) {
        double p = 0;
        double q = 0;
        double r = 0;
        int m;
        for (m = nn - 2; m >= l; m--) {
            double z = a[m][m];
            double rr = x - z;
            double ss = y - z;
            p = (rr * ss - w) / a[m + 1][m] + a[m][m + 1];
            q = a[m + 1][m + 1] - z - rr - ss;
            r = a[m + 2][m + 1];
            double s = Math.abs(p) + Math.abs(q) + Math.abs(r);
            p /= s;
            q /= s;
            r /= s;
            if (m == l) {
                break;
            }
            double u = Math.abs(a[m][m - 1]) * (Math.abs(q) + Math.abs(r));
            double v = Math.abs(p) * (Math.abs(a[m - 1][m - 1]) + Math.abs(z) + Math.abs(a[m + 1][m + 1]));
            if (u <= EPS * v) {
                break;
            }
        }
        for (int i = m; i < nn - 1; i++) {
            a[i + 2][i] = 0;
            if (i != m) {
                a[i + 2][i - 1] = 0;
            }
        }
        double scale = 0;
        for (int k = m; k < nn; k++) {
            if (k != m) {
                p = a[k][k - 1];
                q = a[k + 1][k - 1];
                r = k + 1 != nn ? a[k + 2][k - 1] : 0;
                scale = Math.abs(p) + Math.abs(q) + Math.abs(r);
                if (scale != 0) {
                    p /= scale;
                    q /= scale;
                    r /= scale;
                }
            }
            double s = Math.copySign(Math.sqrt(p * p + q * q + r * r), p);
            if (s == 0) {
                continue;
            }
            if (k == m) {
                if (l != m) {
                    a[k][k - 1] = -a[k][k - 1];
                }
            } else {
                a[k][k - 1] = -s * scale;
            }
            p += s;
            double hx = p / s;
            double hy = q / s;
            double hz = r / s;
            q /= p;
            r /= p;
            for (int j = k; j <= nn; j++) {
                double pp = a[k][j] + q * a[k + 1][j];
                if (k + 1 != nn) {
                    pp += r * a[k + 2][j];
                    a[k + 2][j] -= pp * hz;
                }
                a[k + 1][j] -= pp * hy;
                a[k][j] -= pp * hx;
            }
            int mmin = Math.min(nn, k + 3);
            for (int i = l; i <= mmin; i++) {
                double pp = hx * a[i][k] + hy * a[i][k + 1];
                if (k + 1 != nn) {
                    pp += hz * a[i][k + 2];
                    a[i][k + 2] -= pp * r;
                }
                a[i][k + 1] -= pp * q;
                a[i][k] -= pp;
            }
        }
    }
}
