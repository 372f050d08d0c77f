package org.richlazy.train.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.richlazy.train.SeededRandom;
import org.richlazy.train.TrialBatch;
import org.richlazy.train.model.AxpyProduct;
import org.richlazy.train.model.Ctrnn;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.task.PerceptualDecisionMaking;

/**
 * The Hessian-vector products, the Lanczos top eigenvalue and Hutchinson's trace on a network of 160 parameters,
 * against a dense Hessian and against second differences of the loss itself (forward passes only).
 */
class LossHessianTest {
    private static final PerceptualDecisionMaking TASK = new PerceptualDecisionMaking();

    private static LossHessian hessian(boolean[] frozen) {
        RandomGenerator rng = SeededRandom.create(5);
        int n = 10;
        double[][] recurrent = new double[n][n];
        for (double[] row : recurrent) {
            for (int j = 0; j < n; j++) {
                row[j] = 1.5 * rng.nextGaussian() / Math.sqrt(n);
            }
        }
        CtrnnWeights w = CtrnnWeights.initialise(recurrent, TASK.inputSize(), TASK.outputSize(), rng);
        List<TrialBatch> batches = List.of(TASK.sample(16, rng), TASK.sample(16, rng));
        return new LossHessian(new Ctrnn(1.0, new AxpyProduct()), w, batches, TASK.outputSize(), true, frozen);
    }

    /** The Hessian column by column, {@code H e_j}. */
    private static double[][] dense(LossHessian h) {
        int p = h.dimension();
        double[][] m = new double[p][];
        for (int j = 0; j < p; j++) {
            double[] e = new double[p];
            e[j] = 1;
            m[j] = h.times(e);
        }
        return m;
    }

    /** The eigenvalues (ascending) and the unit eigenvector of the largest of the symmetric part of {@code m}. */
    private static double[] top(double[][] m, double[] vector) {
        int p = m.length;
        DMatrixRMaj a = new DMatrixRMaj(p, p);
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                a.set(i, j, (m[i][j] + m[j][i]) / 2);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(p, true, true);
        assertThat(eig.decompose(a)).isTrue();
        int best = 0;
        double trace = 0;
        for (int i = 0; i < p; i++) {
            trace += eig.getEigenvalue(i).real;
            if (eig.getEigenvalue(i).real > eig.getEigenvalue(best).real) {
                best = i;
            }
        }
        DMatrixRMaj v = eig.getEigenVector(best);
        double norm = 0;
        for (int i = 0; i < p; i++) {
            norm += v.get(i) * v.get(i);
        }
        for (int i = 0; i < p; i++) {
            vector[i] = v.get(i) / Math.sqrt(norm);
        }
        return new double[] {eig.getEigenvalue(best).real, trace};
    }

    @Test
    void theFiniteDifferenceHessianIsSymmetricAndAgreesWithSecondDifferencesOfTheLoss() {
        LossHessian h = hessian(null);
        double[][] m = dense(h);
        double largest = 0;
        double asymmetry = 0;
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                largest = Math.max(largest, Math.abs(m[i][j]));
                asymmetry = Math.max(asymmetry, Math.abs(m[i][j] - m[j][i]));
            }
        }
        // forward differences: O(h) error, h = 1e-6 max(1, ||θ||)
        assertThat(asymmetry / largest).as("largest |H - H^T| / largest |H|").isLessThan(1e-4);
        RandomGenerator rng = SeededRandom.create(8);
        double[] u = new double[m.length];
        double[] v = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            u[i] = rng.nextGaussian() / Math.sqrt(m.length);
            v[i] = rng.nextGaussian() / Math.sqrt(m.length);
        }
        double uHv = Lanczos.dot(u, h.times(v));
        // small enough that no ReLU kink falls within the steps here, large enough for float64 loss values
        double step = 1e-4;
        double mixed = (h.loss(add(u, v, step, step)) - h.loss(add(u, v, step, -step)) - h.loss(add(u, v, -step, step))
                + h.loss(add(u, v, -step, -step))) / (4 * step * step);
        assertThat(uHv).isCloseTo(mixed, within(1e-4 * Math.abs(mixed)));
    }

    @Test
    void sharpnessIsTheTopEigenvalueOfTheDenseHessianAndTheLossCurvesSoAlongItsVector() {
        LossHessian h = hessian(null);
        double[] vector = new double[h.dimension()];
        double[] dense = top(dense(h), vector);
        Lanczos.Top lanczos = h.sharpness(SeededRandom.create(3), 60, 1e-8, Long.MAX_VALUE);
        assertThat(lanczos.converged()).isTrue();
        assertThat(lanczos.value()).isCloseTo(dense[0], within(1e-4 * Math.abs(dense[0])));
        double step = 1e-5;
        double[] plus = new double[vector.length];
        double[] minus = new double[vector.length];
        for (int i = 0; i < vector.length; i++) {
            plus[i] = step * vector[i];
            minus[i] = -step * vector[i];
        }
        double curvature = (h.loss(plus) - 2 * h.loss(null) + h.loss(minus)) / (step * step);
        assertThat(curvature).as("second difference of the loss along the top eigenvector")
                .isCloseTo(dense[0], within(1e-4 * dense[0]));
    }

    @Test
    void hutchinsonsTraceMeetsTheDenseTraceWithinItsError() {
        LossHessian h = hessian(null);
        double trace = top(dense(h), new double[h.dimension()])[1];
        LossHessian.Trace estimate = h.trace(SeededRandom.create(11), 400);
        assertThat(estimate.error()).isPositive().isLessThan(0.2 * Math.abs(trace));
        assertThat(Math.abs(estimate.value() - trace)).isLessThan(4 * estimate.error());
    }

    @Test
    void frozenEntriesLeaveTheSubspaceAndCannotRaiseTheTopEigenvalue() {
        LossHessian free = hessian(null);
        boolean[] frozen = new boolean[free.dimension()];
        for (int i = 30; i < 130; i += 2) {
            frozen[i] = true;
        }
        LossHessian masked = hessian(frozen);
        double[] ones = new double[frozen.length];
        java.util.Arrays.fill(ones, 1);
        double[] product = masked.times(ones);
        for (int i = 0; i < frozen.length; i++) {
            if (frozen[i]) {
                assertThat(product[i]).isZero();
            }
        }
        double whole = free.sharpness(SeededRandom.create(3), 60, 1e-8, Long.MAX_VALUE).value();
        double restricted = masked.sharpness(SeededRandom.create(3), 60, 1e-8, Long.MAX_VALUE).value();
        assertThat(restricted).isLessThanOrEqualTo(whole * (1 + 1e-9));
    }

    @Test
    void lanczosFindsTheTopOfAKnownSpectrumWithAndWithoutItsBasis() {
        int p = 200;
        RandomGenerator rng = SeededRandom.create(2);
        List<double[]> rotation = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            double[] r = new double[p];
            for (int i = 0; i < p; i++) {
                r[i] = rng.nextGaussian();
            }
            double norm = Lanczos.norm(r);
            for (int i = 0; i < p; i++) {
                r[i] /= norm;
            }
            rotation.add(r);
        }
        // A = Q D Q^T with Q a product of three Householder reflections, D = diag(1..200) / 10
        java.util.function.UnaryOperator<double[]> a = x -> {
            double[] y = x.clone();
            for (int k = rotation.size() - 1; k >= 0; k--) {
                reflect(rotation.get(k), y);
            }
            for (int i = 0; i < p; i++) {
                y[i] *= (i + 1) / 10.0;
            }
            for (double[] r : rotation) {
                reflect(r, y);
            }
            return y;
        };
        Lanczos.Top kept = Lanczos.top(a, p, null, SeededRandom.create(4), 150, 1e-10, Long.MAX_VALUE);
        Lanczos.Top recurrence = Lanczos.top(a, p, null, SeededRandom.create(4), 150, 1e-10, 0);
        assertThat(kept.converged()).isTrue();
        assertThat(kept.value()).isCloseTo(20.0, within(1e-9));
        assertThat(recurrence.value()).isCloseTo(20.0, within(1e-6));
    }

    private static void reflect(double[] r, double[] y) {
        double c = 2 * Lanczos.dot(r, y);
        for (int i = 0; i < y.length; i++) {
            y[i] -= c * r[i];
        }
    }

    private static double[] add(double[] u, double[] v, double a, double b) {
        double[] s = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            s[i] = a * u[i] + b * v[i];
        }
        return s;
    }
}
