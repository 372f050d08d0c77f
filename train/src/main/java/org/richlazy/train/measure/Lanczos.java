package org.richlazy.train.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The largest eigenvalue of a symmetric operator known only by its products {@code v -> A v}, by the Lanczos
 * iteration with full reorthogonalisation (docs/science.md#flatness-compression-and-generalisation): from a seeded
 * random start {@code q_1}, {@code A q_j = beta_(j-1) q_(j-1) + alpha_j q_j + beta_j q_(j+1)}; the top eigenvalue
 * {@code theta} of the tridiagonal {@code T_j} is the estimate and {@code |beta_j s_j|} ({@code s} its unit eigenvector)
 * the norm of its residual {@code ||A y - theta y||}, so the iteration stops when that is at most {@code tolerance}
 * times {@code |theta|} (or when {@code beta_j} vanishes against the largest value seen: the Krylov space is invariant
 * and the estimate exact). Each new vector is orthogonalised against the basis twice (one pass can leave a loss of
 * orthogonality of the size of the cancellation). The basis is kept for the reorthogonalisation while it fits {@code basisBudgetBytes}; beyond
 * that only the three-term recurrence runs (the top eigenvalue still converges, possibly with spurious copies).
 */
public final class Lanczos {
    /**
     * The estimate.
     *
     * @param value      the top eigenvalue (of the last T_j when the iteration did not converge)
     * @param residual   {@code ||A y - theta y||} of its Ritz vector
     * @param iterations products taken
     * @param converged  whether the residual met the tolerance (or the Krylov space was exhausted, exact then)
     */
    public record Top(double value, double residual, int iterations, boolean converged) {
    }

    private Lanczos() {
    }

    /**
     * The top eigenvalue of {@code a} on vectors of {@code dimension} entries, the start drawn from {@code rng} with
     * the entries where {@code frozen} is true set to 0 (and kept there by {@code a}).
     */
    public static Top top(UnaryOperator<double[]> a, int dimension, boolean[] frozen, RandomGenerator rng,
                          int maxIterations, double tolerance, long basisBudgetBytes) {
        double[] q = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            q[i] = frozen != null && frozen[i] ? 0 : rng.nextGaussian();
        }
        scale(q, 1 / norm(q));
        boolean keepBasis = (long) dimension * 8 * (maxIterations + 1) <= basisBudgetBytes;
        List<double[]> basis = new ArrayList<>();
        double[] previous = new double[dimension];
        double[] alphas = new double[maxIterations];
        double[] betas = new double[maxIterations];
        Top last = new Top(Double.NaN, Double.NaN, 0, false);
        double scaleSeen = 0;
        for (int j = 0; j < maxIterations; j++) {
            if (keepBasis) {
                basis.add(q);
            }
            double[] w = a.apply(q);
            double alpha = dot(q, w);
            double betaBefore = j == 0 ? 0 : betas[j - 1];
            for (int i = 0; i < dimension; i++) {
                w[i] -= alpha * q[i] + betaBefore * previous[i];
            }
            if (keepBasis) {
                for (int pass = 0; pass < 2; pass++) {
                    for (double[] b : basis) {
                        double c = dot(b, w);
                        for (int i = 0; i < dimension; i++) {
                            w[i] -= c * b[i];
                        }
                    }
                }
            }
            alphas[j] = alpha;
            double beta = norm(w);
            betas[j] = beta;
            double[] ritz = topOfTridiagonal(alphas, betas, j + 1);
            if (!Double.isFinite(ritz[0])) {
                return new Top(Double.NaN, Double.NaN, j + 1, false);
            }
            double residual = Math.abs(beta * ritz[1]);
            scaleSeen = Math.max(scaleSeen, Math.max(Math.abs(alpha), Math.abs(ritz[0])));
            boolean exhausted = beta <= 1e-14 * scaleSeen || j + 1 == dimension;
            last = new Top(ritz[0], residual, j + 1, exhausted || residual <= tolerance * Math.abs(ritz[0]));
            if (last.converged()) {
                return last;
            }
            previous = q;
            q = w;
            scale(q, 1 / beta);
        }
        return last;
    }

    /** The largest eigenvalue of the k x k tridiagonal (alphas, betas) and the last entry of its unit eigenvector. */
    private static double[] topOfTridiagonal(double[] alphas, double[] betas, int k) {
        DMatrixRMaj t = new DMatrixRMaj(k, k);
        for (int i = 0; i < k; i++) {
            t.set(i, i, alphas[i]);
            if (i + 1 < k) {
                t.set(i, i + 1, betas[i]);
                t.set(i + 1, i, betas[i]);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(k, true, true);
        if (!eig.decompose(t)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        int best = 0;
        for (int i = 1; i < k; i++) {
            if (eig.getEigenvalue(i).real > eig.getEigenvalue(best).real) {
                best = i;
            }
        }
        DMatrixRMaj v = eig.getEigenVector(best);
        double length = 0;
        for (int i = 0; i < k; i++) {
            length += v.get(i) * v.get(i);
        }
        return new double[] {eig.getEigenvalue(best).real, v.get(k - 1) / Math.sqrt(length)};
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static void scale(double[] a, double factor) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= factor;
        }
    }
}
