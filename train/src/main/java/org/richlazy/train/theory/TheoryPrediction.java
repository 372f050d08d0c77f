package org.richlazy.train.theory;

/**
 * The small-initial-scale predictions of the tangent kernel alignment KA between the initial and the final
 * kernel of the linear student ({@link LinearStudent}, {@link StudentKernels}), reconstructed from Liu et al.
 * (2024), Theorem 1 and Proposition 1 (docs/science.md "The two-layer linear theory" gives the derivation).
 * From W(0) of small scale and w(0) = 0, gradient flow ends balanced at the teacher: {@code W^T w = beta} and
 * {@code W W^T - w w^T = W(0) W(0)^T ~ 0}, so {@code W = w beta^^T}, {@code ||w||^2 = ||beta||} and the final
 * kernels are {@code M1 = ||beta|| (I + beta^ beta^^T)} (all parameters) and {@code ||beta|| beta^ beta^^T}
 * (features), while the initial kernel of both is {@code M0 = W(0)^T W(0)}.
 */
public final class TheoryPrediction {
    private TheoryPrediction() {
    }

    /**
     * The teacher-averaged KA over all parameters for whitened inputs, {@code E[KA] = (1 + 1/d) sqrt(PR) /
     * sqrt(d + 3)}: {@code <M0, I + bb^T> = tr M0 + b^T M0 b} averages to {@code (1 + 1/d) tr M0} over unit
     * teachers b, {@code ||I + bb^T||_F = sqrt(d + 3)} and {@code tr M0 / ||M0||_F = sqrt(PR(W0))}.
     */
    public static double expectedTangentAlignment(double participationRatio, int inputs) {
        return (1 + 1.0 / inputs) * Math.sqrt(participationRatio) / Math.sqrt(inputs + 3);
    }

    /** The same for the feature kernel: {@code E[b^T M0 b] / ||M0||_F = sqrt(PR) / d}. */
    public static double expectedFeatureAlignment(double participationRatio, int inputs) {
        return Math.sqrt(participationRatio) / inputs;
    }

    /** KA over all parameters for a rank-1 W(0) aligned with the teacher ({@code W0 = u beta^^T}): {@code 2 / sqrt(d + 3)}. */
    public static double alignedRankOneTangentAlignment(int inputs) {
        return 2 / Math.sqrt(inputs + 3);
    }

    /**
     * The small-scale prediction for one W(0) and one teacher, on inputs {@code F x}: the alignments of
     * {@code M0 = W0^T W0} with {@code I + b b^T} (index 0) and with {@code b b^T} (index 1), b the unit teacher.
     */
    static double[] forDraw(double[] w0, int hidden, int inputs, double[] beta, double[] f) {
        double[] m0 = StudentKernels.feature(w0, hidden, inputs);
        double norm = 0;
        for (double b : beta) {
            norm += b * b;
        }
        double[] outer = new double[inputs * inputs];
        for (int i = 0; i < inputs; i++) {
            for (int j = 0; j < inputs; j++) {
                outer[i * inputs + j] = beta[i] * beta[j] / norm;
            }
        }
        double[] full = outer.clone();
        for (int i = 0; i < inputs; i++) {
            full[i * inputs + i] += 1;
        }
        return new double[] {StudentKernels.alignment(m0, full, f), StudentKernels.alignment(m0, outer, f)};
    }
}
