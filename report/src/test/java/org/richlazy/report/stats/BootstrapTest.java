package org.richlazy.report.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BootstrapTest {
    @Test
    void ratioIntervalMatchesEnumeratedBootstrapDistribution() {
        // a = {1, 3}: a resampled mean is 1, 2, 3 with probabilities 1/4, 1/2, 1/4; b = {2, 4}: 2, 3, 4.
        // The smallest ratio 1/4 and the largest 3/2 each have probability 1/16 > 2.5%, so the exact
        // bootstrap 2.5% and 97.5% quantiles are 0.25 and 1.5.
        Interval ci = Bootstrap.ratioOfMeans(new Sample(new double[] {1, 3}), new Sample(new double[] {2, 4}));
        assertThat(ci.low()).isEqualTo(0.25);
        assertThat(ci.high()).isEqualTo(1.5);
    }

    @Test
    void differenceIntervalMatchesEnumeratedBootstrapDistribution() {
        // same groups: difference ranges over 1-4 = -3 .. 3-2 = 1, each extreme with probability 1/16
        Interval ci = Bootstrap.differenceOfMeans(new Sample(new double[] {1, 3}),
                new Sample(new double[] {2, 4}));
        assertThat(ci.low()).isEqualTo(-3.0);
        assertThat(ci.high()).isEqualTo(1.0);
    }

    @Test
    void intervalContainsTheEstimateAndIsReproducible() {
        Sample a = new Sample(new double[] {1.7, 1.9, 2.1});
        Sample b = new Sample(new double[] {1.0, 1.1, 1.2});
        Interval ci = Bootstrap.ratioOfMeans(a, b);
        assertThat(ci.low()).isLessThan(a.mean() / b.mean()).isGreaterThanOrEqualTo(1.7 / 1.2);
        assertThat(ci.high()).isGreaterThan(a.mean() / b.mean()).isLessThanOrEqualTo(2.1 / 1.0);
        assertThat(Bootstrap.ratioOfMeans(a, b)).isEqualTo(ci);
    }

    @Test
    void oneSeedGivesNoInterval() {
        assertThat(Bootstrap.ratioOfMeans(new Sample(new double[] {1}), new Sample(new double[] {2, 3}))
                .defined()).isFalse();
    }

    @Test
    void typeSevenQuantile() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertThat(Bootstrap.quantile(sorted, 0.5)).isEqualTo(3.0);
        assertThat(Bootstrap.quantile(sorted, 0.1)).isCloseTo(1.4, within(1e-12));
    }
}
