package org.richlazy.train.theory;

/**
 * The tangent kernels of the linear student {@code f(z) = w^T W z} ({@link LinearStudent}) and their alignment.
 * Since {@code df/dW = w z^T} and {@code df/dw = W z}, the tangent kernel over all parameters is
 * {@code K(z, z') = z^T M z'} with {@code M = ||w||^2 I + W^T W}; the feature kernel (the first layer's features
 * {@code W z}) has {@code M = W^T W}. Over inputs {@code z = F x}, {@code x ~ N(0, I)}, the alignment of two such
 * kernels is the population limit of the uncentred kernel alignment of their Gram matrices,
 * {@code KA = <F M0 F, F M1 F>_F / (||F M0 F||_F ||F M1 F||_F)} (from {@code E[K0(z, z') K1(z, z')] =
 * tr(M0 Sigma M1 Sigma)} over independent z, z'), F diagonal here. Matrices are row-major flat d x d.
 */
final class StudentKernels {
    private StudentKernels() {
    }

    /** {@code ||w||^2 I + W^T W} for W h x d. */
    static double[] tangent(double[] w, double[] v, int hidden, int inputs) {
        double[] m = feature(w, hidden, inputs);
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        for (int i = 0; i < inputs; i++) {
            m[i * inputs + i] += norm;
        }
        return m;
    }

    /** {@code W^T W} for W h x d. */
    static double[] feature(double[] w, int hidden, int inputs) {
        double[] m = new double[inputs * inputs];
        for (int a = 0; a < hidden; a++) {
            for (int i = 0; i < inputs; i++) {
                double wi = w[a * inputs + i];
                for (int j = 0; j < inputs; j++) {
                    m[i * inputs + j] += wi * w[a * inputs + j];
                }
            }
        }
        return m;
    }

    /** The alignment of the kernels {@code m0}, {@code m1} over inputs {@code F x}, F = diag(f); NaN for a zero kernel. */
    static double alignment(double[] m0, double[] m1, double[] f) {
        int d = f.length;
        double dot = 0;
        double n0 = 0;
        double n1 = 0;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double s = f[i] * f[j];
                double a = s * m0[i * d + j];
                double b = s * m1[i * d + j];
                dot += a * b;
                n0 += a * a;
                n1 += b * b;
            }
        }
        return n0 > 0 && n1 > 0 ? dot / Math.sqrt(n0 * n1) : Double.NaN;
    }

    /**
     * The participation ratio {@code (sum s_i^2)^2 / sum s_i^4} of W's singular values, computed as
     * {@code tr(W^T W)^2 / ||W^T W||_F^2} (no decomposition needed).
     */
    static double participationRatio(double[] w, int hidden, int inputs) {
        double[] m = feature(w, hidden, inputs);
        double trace = 0;
        double frob = 0;
        for (int i = 0; i < inputs; i++) {
            trace += m[i * inputs + i];
        }
        for (double x : m) {
            frob += x * x;
        }
        return trace * trace / frob;
    }
}
