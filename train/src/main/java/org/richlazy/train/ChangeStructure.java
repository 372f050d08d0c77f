package org.richlazy.train;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The structure of what training changed in the recurrent weights, {@code dW = W_h(final) - W_h(0)}
 * ({@code [post][pre]}):
 * <ul>
 *   <li>its effective ranks: participation ratio {@code (sum s_i^2)^2 / sum s_i^4} and stable rank
 *       {@code sum s_i^2 / s_max^2} of its singular values (docs/science.md#effective-ranks);</li>
 *   <li>the overlap of its top-k singular subspaces with W_h(0)'s, k = 1, 2, 5: with {@code U_k} the top-k
 *       left singular vectors, {@code ||U_k(dW)^T U_k(W0)||_F^2 / k}, the mean squared cosine of the k
 *       principal angles between the two output subspaces (1: the same subspace; about k / N for random
 *       ones); the same with the right singular vectors for the input subspaces (when fewer than k singular
 *       values of dW or W_h(0) are nonzero, its top-k subspace is not unique and the overlap depends on the
 *       SVD's choice of null vectors);</li>
 *   <li>the share of {@code ||dW||_F^2} on entries where W_h(0) is 0 ("new synapses");</li>
 *   <li>the sign flips: entries nonzero in W_h(0) whose final sign is the opposite (for a Dale-signed init,
 *       each breaks Dale's law).</li>
 * </ul>
 * Undefined values are NaN: all of them when nothing changed, and all but the sign flips when the final
 * weights are not finite (a diverged run) or an SVD does not converge; a statistic never stops a run
 * (docs/science.md, "Undefined statistics").
 *
 * @param participationRatio PR of dW
 * @param stableRank         stable rank of dW
 * @param leftOverlap        output-subspace overlap for k = 1, 2, 5
 * @param rightOverlap       input-subspace overlap for k = 1, 2, 5
 * @param newSynapseShare    share of ||dW||^2 on entries where W_h(0) is 0
 * @param signFlips          entries whose sign flipped
 */
public record ChangeStructure(double participationRatio, double stableRank, List<Double> leftOverlap,
                              List<Double> rightOverlap, double newSynapseShare, long signFlips) {
    /** The subspace dimensions of the overlaps. */
    public static final int[] KS = {1, 2, 5};

    public ChangeStructure {
        leftOverlap = List.copyOf(leftOverlap);
        rightOverlap = List.copyOf(rightOverlap);
    }

    /** The structure of {@code finalWeights - initialWeights}. */
    public static ChangeStructure of(double[][] initialWeights, double[][] finalWeights) {
        int n = initialWeights.length;
        double[][] dw = new double[n][n];
        double total = 0;
        double onAbsent = 0;
        long flips = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double w0 = initialWeights[i][j];
                double d = finalWeights[i][j] - w0;
                dw[i][j] = d;
                total += d * d;
                if (w0 == 0) {
                    onAbsent += d * d;
                } else if (w0 * finalWeights[i][j] < 0) {
                    flips++;
                }
            }
        }
        Svd change = Double.isFinite(total) ? Svd.of(dw) : null;
        Svd start = change == null ? null : Svd.of(initialWeights);
        if (start == null) {
            List<Double> none = java.util.Collections.nCopies(KS.length, Double.NaN);
            return new ChangeStructure(Double.NaN, Double.NaN, none, none, Double.NaN, flips);
        }
        double sum2 = 0;
        double sum4 = 0;
        for (double s : change.values) {
            sum2 += s * s;
            sum4 += s * s * s * s;
        }
        double max = change.values.length == 0 ? 0 : change.values[0];
        List<Double> left = new ArrayList<>();
        List<Double> right = new ArrayList<>();
        for (int kk : KS) {
            int k = Math.min(kk, n);
            left.add(total == 0 ? Double.NaN : overlap(change.u, start.u, k));
            right.add(total == 0 ? Double.NaN : overlap(change.v, start.v, k));
        }
        return new ChangeStructure(sum4 == 0 ? Double.NaN : sum2 * sum2 / sum4, max == 0 ? Double.NaN : sum2 / (max * max),
                left, right, total == 0 ? Double.NaN : onAbsent / total, flips);
    }

    /** {@code ||A_k^T B_k||_F^2 / k} over the first k columns of two orthonormal bases. */
    private static double overlap(DMatrixRMaj a, DMatrixRMaj b, int k) {
        double sum = 0;
        for (int p = 0; p < k; p++) {
            for (int q = 0; q < k; q++) {
                double dot = 0;
                for (int i = 0; i < a.numRows; i++) {
                    dot += a.get(i, p) * b.get(i, q);
                }
                sum += dot * dot;
            }
        }
        return sum / k;
    }

    /** Singular values (descending) and the left and right singular vectors as columns; null if the SVD fails. */
    private record Svd(double[] values, DMatrixRMaj u, DMatrixRMaj v) {
        static Svd of(double[][] m) {
            int n = m.length;
            SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, n, true, true, false);
            if (!svd.decompose(new DMatrixRMaj(m))) {
                return null;
            }
            DMatrixRMaj u = svd.getU(null, false);
            DMatrixRMaj w = svd.getW(null);
            DMatrixRMaj v = svd.getV(null, false);
            SingularOps_DDRM.descendingOrder(u, false, w, v, false);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = w.get(i, i);
            }
            return new Svd(values, u, v);
        }
    }
}
