package org.richlazy.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The structure of a weight change against hand-made changes. */
class ChangeStructureTest {
    private static double[][] diagonal(double... d) {
        double[][] m = new double[d.length][d.length];
        for (int i = 0; i < d.length; i++) {
            m[i][i] = d[i];
        }
        return m;
    }

    private static double[][] plus(double[][] a, int i, int j, double v) {
        double[][] m = new double[a.length][];
        for (int r = 0; r < a.length; r++) {
            m[r] = a[r].clone();
        }
        m[i][j] += v;
        return m;
    }

    @Test
    void aChangeAlongTheTopSingularPairIsRankOneAndFullyOverlapping() {
        double[][] w0 = diagonal(3, 2, 1, 0);
        ChangeStructure c = ChangeStructure.of(w0, plus(w0, 0, 0, 0.5));
        assertThat(c.participationRatio()).isCloseTo(1, within(1e-12));
        assertThat(c.stableRank()).isCloseTo(1, within(1e-12));
        assertThat(c.leftOverlap().get(0)).isCloseTo(1, within(1e-12));
        assertThat(c.rightOverlap().get(0)).isCloseTo(1, within(1e-12));
        assertThat(c.newSynapseShare()).isZero();
        assertThat(c.signFlips()).isZero();
    }

    @Test
    void aChangeOnAnAbsentSynapseIsNewAndOrthogonalToTheTopDirections() {
        double[][] w0 = diagonal(3, 2, 1, 0);
        // dW = 2 on entry [3][3], where W0 is 0: e4 e4^T, orthogonal to W0's top three directions
        ChangeStructure c = ChangeStructure.of(w0, plus(w0, 3, 3, 2));
        assertThat(c.newSynapseShare()).isEqualTo(1);
        assertThat(c.leftOverlap().get(0)).isCloseTo(0, within(1e-12));
        assertThat(c.leftOverlap().get(2)).as("k = 5 is capped at N = 4: the whole space").isCloseTo(1, within(1e-12));
    }

    @Test
    void signFlipsCountEntriesThatCrossZeroAndTheShareSplitsTheSquaredNorm() {
        double[][] w0 = diagonal(3, 2, 1, 0);
        double[][] wf = plus(plus(w0, 1, 1, -3), 0, 1, 1); // [1][1]: 2 -> -1 (a flip), [0][1]: 0 -> 1 (new)
        ChangeStructure c = ChangeStructure.of(w0, wf);
        assertThat(c.signFlips()).isEqualTo(1);
        assertThat(c.newSynapseShare()).isCloseTo(1.0 / (1 + 9), within(1e-12));
        // dW = [[0, 1], [0, -3]] in the first two coordinates: one nonzero singular value, sqrt(10)
        assertThat(c.participationRatio()).isCloseTo(1, within(1e-12));
        assertThat(c.rightOverlap().get(0)).as("dW's input direction is e2, W0's top one e1").isCloseTo(0, within(1e-12));
    }

    @Test
    void randomChangesOverlapAboutKOverN() {
        int n = 200;
        SplittableRandom rng = new SplittableRandom(1);
        double[][] w0 = new double[n][n];
        double[][] wf = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                w0[i][j] = rng.nextGaussian();
                wf[i][j] = w0[i][j] + rng.nextGaussian();
            }
        }
        ChangeStructure c = ChangeStructure.of(w0, wf);
        assertThat(c.leftOverlap().get(2)).isCloseTo(5.0 / n, within(0.03));
        assertThat(c.participationRatio()).as("a Gaussian matrix: PR about N / 2").isBetween(80.0, 120.0);
        assertThat(c.newSynapseShare()).isZero();
    }

    @Test
    void noChangeIsUndefined() {
        double[][] w0 = diagonal(1, 2);
        ChangeStructure c = ChangeStructure.of(w0, w0);
        assertThat(c.participationRatio()).isNaN();
        assertThat(c.newSynapseShare()).isNaN();
        assertThat(c.leftOverlap().get(0)).isNaN();
    }
}
