package org.richlazy.report.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PermutationTestTest {
    private static Sample of(double... v) {
        return new Sample(v);
    }

    @Test
    void completeSeparationOfThreeVersusThreeGivesTheSmallestP() {
        // only {1,2,3} | {4,5,6} and its mirror reach |diff| = 3: p = 2 / C(6,3) = 2/20
        PermutationTest.Result r = PermutationTest.test(of(1, 2, 3), of(4, 5, 6));
        assertThat(r.p()).isCloseTo(0.1, within(1e-12));
        assertThat(r.smallestP()).isCloseTo(0.1, within(1e-12));
        assertThat(r.exact()).isTrue();
        assertThat(r.splits()).isEqualTo(20);
    }

    @Test
    void pValueByHandEnumeration() {
        // a = {1,2,4}, b = {3,5,6}: diff = (2 sA - 21)/3 with sA the sum of group a; observed sA = 7.
        // |diff| >= 7/3 iff sA <= 7 or sA >= 14: {1,2,3},{1,2,4},{3,5,6},{4,5,6} -> p = 4/20
        PermutationTest.Result r = PermutationTest.test(of(1, 2, 4), of(3, 5, 6));
        assertThat(r.p()).isCloseTo(0.2, within(1e-12));
        assertThat(r.smallestP()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void identicalGroupsGiveOne() {
        assertThat(PermutationTest.test(of(1, 2), of(1, 2)).p()).isEqualTo(1.0);
    }

    @Test
    void unequalSizesCountEachSplitOnce() {
        // a = {10}, b = {1,2,3}: splits put one value in a; |diff| for a = {10}: 10 - 2 = 8,
        // {1}: |1 - 5| = 4, {2}: |2 - 14/3| = 8/3, {3}: |3 - 13/3| = 4/3 -> p = 1/4
        PermutationTest.Result r = PermutationTest.test(of(10), of(1, 2, 3));
        assertThat(r.p()).isCloseTo(0.25, within(1e-12));
        assertThat(r.smallestP()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void tenVersusTenSeparatedGroups() {
        double[] a = new double[10];
        double[] b = new double[10];
        for (int i = 0; i < 10; i++) {
            a[i] = i;
            b[i] = 100 + i;
        }
        PermutationTest.Result r = PermutationTest.test(of(a), of(b));
        assertThat(r.splits()).isEqualTo(184_756);
        assertThat(r.p()).isCloseTo(2.0 / 184_756, within(1e-15));
    }

    @Test
    void largeGroupsFallBackToSeededMonteCarlo() {
        double[] a = new double[20];
        double[] b = new double[20];
        for (int i = 0; i < 20; i++) {
            a[i] = i;
            b[i] = i + 0.5;
        }
        PermutationTest.Result r = PermutationTest.test(of(a), of(b));
        assertThat(r.exact()).isFalse();
        assertThat(r.p()).isGreaterThan(0.8);
        assertThat(PermutationTest.test(of(a), of(b))).isEqualTo(r);
    }

    @Test
    void binomialCoefficients() {
        assertThat(PermutationTest.binomial(6, 3)).isEqualTo(20);
        assertThat(PermutationTest.binomial(20, 10)).isEqualTo(184_756);
    }
}
