package org.richlazy.report.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpearmanTest {
    @Test
    void perfectlyMonotoneDataGiveOneOrMinusOne() {
        double[] rank = {1, 30, 100, 300};
        assertThat(Spearman.rho(rank, new double[] {0.1, 0.2, 0.25, 0.9})).isEqualTo(1.0);
        assertThat(Spearman.rho(rank, new double[] {5, 4, 3.5, -1})).isEqualTo(-1.0);
        // monotone, not linear: only the order counts
        assertThat(Spearman.rho(new double[] {1, 2, 3, 4, 5}, new double[] {1, 4, 9, 16, 1000})).isEqualTo(1.0);
    }

    @Test
    void textbookExampleWithoutTies() {
        // IQ and hours of television per week of ten people (the worked example of the Wikipedia article
        // "Spearman's rank correlation coefficient"): sum d^2 = 194, rho = 1 - 6 * 194 / (10 * 99) = -29/165
        double[] iq = {106, 100, 86, 101, 99, 103, 97, 113, 112, 110};
        double[] tv = {7, 27, 2, 50, 28, 29, 20, 12, 6, 17};
        assertThat(Spearman.rho(iq, tv)).isCloseTo(-29.0 / 165, within(1e-15));
    }

    @Test
    void tiesTakeMidRanks() {
        // x = {1, 1, 2, 2} -> ranks {1.5, 1.5, 3.5, 3.5}, centred {-1, -1, 1, 1}; y ranks centred {-1.5, -0.5, 0.5, 1.5}
        // rho = (1.5 + 0.5 + 0.5 + 1.5) / sqrt(4 * 5) = 4 / sqrt(20)
        assertThat(Spearman.midRanks(new double[] {2, 1, 2, 1})).containsExactly(3.5, 1.5, 3.5, 1.5);
        assertThat(Spearman.midRanks(new double[] {7, 3, 7, 7, 1})).containsExactly(4, 2, 4, 4, 1);
        assertThat(Spearman.rho(new double[] {1, 1, 2, 2}, new double[] {1, 2, 3, 4}))
                .isCloseTo(4 / Math.sqrt(20), within(1e-15));
    }

    @Test
    void permutationPMatchesTheExactEnumeration() {
        // x = 1..5, y = {2, 1, 4, 3, 5}: sum d^2 = 4, rho = 1 - 24/120 = 0.8. Of the 120 orderings of y,
        // 16 reach |rho| >= 0.8 (8 with rho >= 0.8, their mirrors <= -0.8): exact p = 16/120 = 0.1333.
        Spearman.Result r = Spearman.test(new double[] {1, 2, 3, 4, 5}, new double[] {2, 1, 4, 3, 5});
        assertThat(r.rho()).isCloseTo(0.8, within(1e-15));
        assertThat(r.n()).isEqualTo(5);
        // Monte Carlo with 10,000 permutations: standard error sqrt(0.133 * 0.867 / 10^4) = 0.0034
        assertThat(r.p()).isCloseTo(16.0 / 120, within(0.012));
    }

    @Test
    void perfectTrendOverFourPointsHasPOneTwelfth() {
        // only the identity and the reversal of 4! = 24 orderings reach |rho| = 1: exact p = 2/24
        Spearman.Result r = Spearman.test(new double[] {1, 30, 100, 300}, new double[] {4, 3, 2, 1});
        assertThat(r.rho()).isEqualTo(-1.0);
        assertThat(r.p()).isCloseTo(1.0 / 12, within(0.01));
    }

    @Test
    void strongTrendOverManyRunsReachesTheSmallestP() {
        double[] rank = new double[12];
        double[] value = new double[12];
        for (int i = 0; i < 12; i++) {
            rank[i] = new double[] {1, 30, 100, 300}[i / 3];
            value[i] = 10 - i;
        }
        Spearman.Result r = Spearman.test(rank, value);
        // rank ties in groups of three: rho = -0.97163 (scipy.stats.spearmanr gives the same), which a random
        // ordering of the 12 values reaches with probability of order 1e-7: none of the 10,000 does
        assertThat(r.rho()).isCloseTo(-0.9716254134469436, within(1e-12));
        assertThat(r.p()).isEqualTo(1.0 / (Spearman.PERMUTATIONS + 1));
    }

    @Test
    void seededSoTheSameDataGiveTheSameP() {
        double[] x = {1, 1, 1, 30, 30, 30, 300, 300, 300};
        double[] y = {0.3, 0.1, 0.2, 0.25, 0.15, 0.4, 0.35, 0.5, 0.2};
        assertThat(Spearman.test(x, y)).isEqualTo(Spearman.test(x.clone(), y.clone()));
    }

    @Test
    void allTiedOrTooFewIsUndefined() {
        Spearman.Result tied = Spearman.test(new double[] {1, 2, 3}, new double[] {0.5, 0.5, 0.5});
        assertThat(tied.defined()).isFalse();
        assertThat(tied.p()).isNaN();
        assertThat(Spearman.test(new double[] {3}, new double[] {1}).defined()).isFalse();
        assertThat(Spearman.test(new double[0], new double[0]).defined()).isFalse();
        // two points are always perfectly ordered, and so is each of the two orderings: p = 1
        Spearman.Result two = Spearman.test(new double[] {1, 2}, new double[] {5, 3});
        assertThat(two.rho()).isEqualTo(-1.0);
        assertThat(two.p()).isEqualTo(1.0);
    }

    @Test
    void refusesUnpairedOrNonFiniteValues() {
        assertThatThrownBy(() -> Spearman.test(new double[] {1, 2}, new double[] {1}))
                .hasMessageContaining("2 x values and 1 y values");
        assertThatThrownBy(() -> Spearman.rho(new double[] {1, 2}, new double[] {1, Double.NaN}))
                .hasMessageContaining("pair 1 is (2.0, NaN), expected finite numbers");
    }
}
