package org.richlazy.transform.spectrum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Motif statistics against hand counts, and their Erdos-Renyi values. */
class StructureStatisticsTest {

    @Test
    void fourNeuronsByHand() {
        // W[post][pre]: 0->1 (1), 1->0 (2), 0->2 (3), 1->2 (-1), 2->3 (5), and 3->3 (4, a self-connection)
        double[][] w = new double[4][4];
        w[1][0] = 1;
        w[0][1] = 2;
        w[2][0] = 3;
        w[2][1] = -1;
        w[3][2] = 5;
        w[3][3] = 4;
        StructureStatistics s = StructureStatistics.of(w, null);
        assertThat(s.connections()).isEqualTo(5);
        assertThat(s.selfLoops()).isEqualTo(1);
        assertThat(s.density()).isCloseTo(5.0 / 12, within(1e-15));
        // p^2 = 25/144; 2 reciprocal ordered pairs of 12; 2 convergent, 4 divergent, 4 chain triples of 24
        assertThat(s.reciprocal()).isCloseTo(24.0 / 25 - 1, within(1e-12));
        assertThat(s.convergent()).isCloseTo(12.0 / 25 - 1, within(1e-12));
        assertThat(s.divergent()).isCloseTo(24.0 / 25 - 1, within(1e-12));
        assertThat(s.chain()).isCloseTo(24.0 / 25 - 1, within(1e-12));
        assertThat(s.reciprocity()).isCloseTo(0.4, within(1e-15));
        assertThat(s.inDegreeMean()).isEqualTo(1.25);
        assertThat(s.inDegreeSd()).isCloseTo(Math.sqrt(0.1875), within(1e-12));
        assertThat(s.outDegreeSd()).isCloseTo(Math.sqrt(0.6875), within(1e-12));
        assertThat(s.weightMean()).isCloseTo(14.0 / 6, within(1e-12));
        assertThat(s.weightSd()).isCloseTo(Math.sqrt(56.0 / 6 - 14.0 * 14 / 36), within(1e-12));
        assertThat(s.byClass()).isEmpty();
    }

    @Test
    void sixNeuronsInTwoClassesAgainstABruteForceCount() {
        // counted over all ordered pairs and triples (numbers from a direct enumeration)
        double[][] w = new double[6][6];
        int[][] edges = {{1, 0}, {0, 1}, {2, 0}, {3, 0}, {0, 3}, {4, 3}, {3, 4}, {5, 4}, {2, 5}, {1, 4}, {4, 1}};
        for (int[] e : edges) {
            w[e[0]][e[1]] = 1;
        }
        StructureStatistics s = StructureStatistics.of(w, List.of("E", "E", "E", "I", "I", "I"));
        assertThat(s.density()).isCloseTo(11.0 / 30, within(1e-15));
        assertThat(s.reciprocal()).isCloseTo(0.9834710743801656, within(1e-12));
        assertThat(s.convergent()).isCloseTo(-0.3801652892561983, within(1e-12));
        assertThat(s.divergent()).isCloseTo(-0.008264462809917217, within(1e-12));
        assertThat(s.chain()).isCloseTo(-0.19421487603305765, within(1e-12));
        assertThat(s.reciprocity()).isCloseTo(8.0 / 11, within(1e-15));
        ClassMotifs byClass = s.byClass().orElseThrow();
        assertThat(byClass.classes()).containsExactly("E", "I");
        assertThat(byClass.reciprocal()[0][0]).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(byClass.reciprocal()[0][1]).isCloseTo(2.0, within(1e-12));
        assertThat(byClass.reciprocal()[1][0]).isCloseTo(2.0, within(1e-12));
        assertThat(byClass.reciprocal()[1][1]).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void anErdosRenyiGraphHasNoMotifExcess() {
        int n = 400;
        double p = 0.1;
        SplittableRandom rng = new SplittableRandom(2011);
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && rng.nextDouble() < p) {
                    w[i][j] = 1;
                }
            }
        }
        StructureStatistics s = StructureStatistics.of(w, null);
        assertThat(s.density()).isCloseTo(p, within(0.003));
        // standard errors here: about 0.03 for a_recip (about 1,600 reciprocal pairs), below 0.01 for the others
        assertThat(s.reciprocal()).isCloseTo(0, within(0.12));
        assertThat(s.convergent()).isCloseTo(0, within(0.03));
        assertThat(s.divergent()).isCloseTo(0, within(0.03));
        assertThat(s.chain()).isCloseTo(0, within(0.03));
        assertThat(s.reciprocity()).isCloseTo(p, within(0.012));
    }
}
