package org.richlazy.train.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.richlazy.transform.SpecProblem;

/** The two-layer linear theory: gradient flow, its kernels, and the small-scale predictions against simulation. */
class TheoryTest {

    private static TheorySpec spec(String sweep, List<Integer> ranks, List<Double> kappas, List<String> inits,
                                   int draws, int teachers) {
        return new TheorySpec(sweep, 50, 50, 0.05, ranks, kappas, inits, draws, teachers, 3L, null, null, null);
    }

    private static double mean(List<TheoryRun> runs, ToDoubleFunction<TheoryRun> value) {
        return runs.stream().mapToDouble(value).average().orElseThrow();
    }

    /**
     * At d = h = 50, sigma = 0.05 the teacher-averaged prediction (1 + 1/d) sqrt(PR) / sqrt(d + 3) matches the
     * simulated KA within 5 % for a full-rank Gaussian W(0) (about 0.70) and a random rank-1 one (about 0.14), and
     * a teacher-aligned rank-1 W(0) gives 2 / sqrt(d + 3) = 0.275 over all parameters and 1 for the features.
     */
    @Test
    void predictionsMatchSimulation() {
        List<TheoryRun> runs = TheorySweep.run(spec("rank", List.of(1, 50), null, List.of("random", "beta-aligned"),
                3, 6));
        for (int rank : List.of(1, 50)) {
            List<TheoryRun> r = runs.stream().filter(x -> x.init().equals("random") && x.rank() == rank).toList();
            assertThat(r).hasSize(18).allMatch(TheoryRun::converged);
            double simulated = mean(r, TheoryRun::tangentAlignment);
            double expected = mean(r, TheoryRun::expectedTangent);
            assertThat(simulated).as("rank %d", rank).isCloseTo(expected, within(0.05 * expected));
            assertThat(simulated).isCloseTo(rank == 1 ? 0.14 : 0.70, within(rank == 1 ? 0.01 : 0.03));
            assertThat(mean(r, TheoryRun::predictedTangent)).isCloseTo(simulated, within(0.05 * simulated));
            if (rank == 50) {
                // the feature kernel's closed form sqrt(PR) / d, about 0.10 (noisier over teachers: 10 %)
                double feature = mean(r, TheoryRun::expectedFeature);
                assertThat(feature).isCloseTo(Math.sqrt(mean(r, TheoryRun::participationRatio)) / 50, within(1e-3));
                assertThat(mean(r, TheoryRun::featureAlignment)).isCloseTo(feature, within(0.1 * feature));
            }
        }
        List<TheoryRun> aligned = runs.stream().filter(x -> x.init().equals("beta-aligned")).toList();
        assertThat(mean(aligned, TheoryRun::expectedTangent)).isCloseTo(2 / Math.sqrt(53), within(1e-12));
        assertThat(mean(aligned, TheoryRun::tangentAlignment)).isCloseTo(2 / Math.sqrt(53), within(0.05 * 0.275));
        assertThat(mean(aligned, TheoryRun::featureAlignment)).isCloseTo(1, within(0.02));
    }

    /** Gradient flow conserves W W^T - w w^T; the Runge-Kutta integration keeps it to 1e-6 relative. */
    @Test
    void conservedQuantityStaysConstant() {
        List<TheoryRun> runs = TheorySweep.run(spec("anisotropy", null, List.of(1.0, 4.0),
                List.of("random", "aligned", "partially-aligned"), 1, 2));
        assertThat(runs).hasSize(12).allMatch(TheoryRun::converged);
        for (TheoryRun r : runs) {
            assertThat(r.conservedDrift()).as(r.init() + " kappa " + r.kappa()).isLessThan(1e-6);
            assertThat(r.finalLoss()).isLessThan(1e-8 * r.initialLoss());
            assertThat(r.readoutNorm()).isPositive();
        }
        // an init aligned with the input statistics stays lazier than a random one when features are anisotropic
        double random = mean(runs.stream().filter(r -> r.init().equals("random") && r.kappa() == 4).toList(),
                TheoryRun::tangentAlignment);
        double aligned = mean(runs.stream().filter(r -> r.init().equals("aligned") && r.kappa() == 4).toList(),
                TheoryRun::tangentAlignment);
        assertThat(aligned).isGreaterThan(random + 0.1);
    }

    /** The flow's velocity is minus the loss gradient (central finite differences, float64). */
    @Test
    void velocityIsMinusTheGradient() {
        int h = 3;
        int d = 4;
        double[] w0 = {0.3, -0.2, 0.5, 0.1, 0.0, 0.4, -0.3, 0.2, 0.6, 0.1, -0.1, 0.2};
        double[] v0 = {0.5, -0.4, 0.2};
        double[] f = {2, 2, 1, 1};
        double[] beta = {0.5, -0.5, 0.5, 0.5};
        double[][] velocity = new LinearStudent(w0, v0, h, d, f, beta).velocity();
        double eps = 1e-6;
        for (int i = 0; i < w0.length; i++) {
            double[] up = w0.clone();
            double[] down = w0.clone();
            up[i] += eps;
            down[i] -= eps;
            double fd = (new LinearStudent(up, v0, h, d, f, beta).loss() - new LinearStudent(down, v0, h, d, f, beta)
                    .loss()) / (2 * eps);
            assertThat(velocity[0][i]).isCloseTo(-fd, within(1e-8));
        }
        for (int a = 0; a < h; a++) {
            double[] up = v0.clone();
            double[] down = v0.clone();
            up[a] += eps;
            down[a] -= eps;
            double fd = (new LinearStudent(w0, up, h, d, f, beta).loss() - new LinearStudent(w0, down, h, d, f, beta)
                    .loss()) / (2 * eps);
            assertThat(velocity[1][a]).isCloseTo(-fd, within(1e-8));
        }
    }

    /** Kernels and alignment by hand on 2 x 2 matrices. */
    @Test
    void kernelsByHand() {
        // W = [[1, 2]], w = [3]: W^T W = [[1, 2], [2, 4]], tangent = 9 I + W^T W = [[10, 2], [2, 13]]
        assertThat(StudentKernels.feature(new double[] {1, 2}, 1, 2)).containsExactly(1, 2, 2, 4);
        assertThat(StudentKernels.tangent(new double[] {1, 2}, new double[] {3}, 1, 2)).containsExactly(10, 2, 2, 13);
        // F = diag(1, 2): F M F of I is diag(1, 4), of [[0, 1], [1, 0]] is [[0, 2], [2, 0]]: orthogonal
        assertThat(StudentKernels.alignment(new double[] {1, 0, 0, 1}, new double[] {0, 1, 1, 0}, new double[] {1, 2}))
                .isZero();
        // <diag(1, 4), diag(1, 8)> / (sqrt 17 sqrt 65) with M1 = diag(1, 2)
        assertThat(StudentKernels.alignment(new double[] {1, 0, 0, 1}, new double[] {1, 0, 0, 2}, new double[] {1, 2}))
                .isCloseTo(33 / Math.sqrt(17 * 65), within(1e-14));
        // singular values 3 and 4 (W = diag(3, 4)): PR = 25^2 / (81 + 256)
        assertThat(StudentKernels.participationRatio(new double[] {3, 0, 0, 4}, 2, 2))
                .isCloseTo(625.0 / 337, within(1e-14));
        assertThat(TheoryPrediction.expectedTangentAlignment(25, 50)).isCloseTo(1.02 * 5 / Math.sqrt(53), within(1e-14));
    }

    @Test
    void badSpecsAreNamed() {
        TheorySpec bad = new TheorySpec("rank", 50, 40, -1.0, List.of(0, 60), List.of(-2.0), List.of("aligned"), 0, 1,
                1L, 2.0, 0.0, 0);
        assertThat(bad.problems()).map(SpecProblem::toString).anyMatch(p -> p.startsWith("'ranks[0]' = 0;"))
                .anyMatch(p -> p.startsWith("'ranks[1]' = 60;")).anyMatch(p -> p.startsWith("'sigma' = -1.0;"))
                .anyMatch(p -> p.startsWith("'draws' = 0;")).anyMatch(p -> p.startsWith("'dt' = 2.0;"))
                .anyMatch(p -> p.startsWith("'tolerance' = 0.0;")).anyMatch(p -> p.startsWith("'max-steps' = 0;"))
                .anyMatch(p -> p.startsWith("'inits[0]' = aligned;")).noneMatch(p -> p.contains("kappas"));
        TheorySpec width = new TheorySpec("width", null, null, null, null, null, null, null, null, null, null, null,
                null);
        assertThat(width.problems()).map(SpecProblem::toString).anyMatch(p -> p.startsWith("'sweep' = width;"));
        TheorySpec kappa = new TheorySpec("anisotropy", 10, 10, null, null, List.of(-2.0), null, null, null, null,
                null, null, null);
        assertThat(kappa.problems()).map(SpecProblem::toString)
                .containsExactly("'kappas[0]' = -2.0; expected a positive, finite number");
        assertThatThrownBy(() -> TheorySweep.run(bad)).hasMessageContaining("theory spec");
        assertThat(TheorySpec.defaults().problems()).isEmpty();
    }
}
