package org.richlazy.report.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Welch intervals against SciPy 1.x. */
class WelchIntervalTest {
    private final Sample a = new Sample(new double[] {0.31, 0.35, 0.29});
    private final Sample b = new Sample(new double[] {0.20, 0.24, 0.21, 0.19});

    @Test
    void theDifferenceMatchesScipysWelchTTest() {
        // scipy.stats.ttest_ind(a, b, equal_var=False).confidence_interval(0.95)
        Interval ci = WelchInterval.differenceOfMeans(a, b);
        assertThat(ci.low()).isCloseTo(0.045504927416880336, within(1e-12));
        assertThat(ci.high()).isCloseTo(0.16782840591645293, within(1e-12));
    }

    @Test
    void theRatioIsTheLogScaleWelchIntervalExponentiated() {
        // log(ma/mb) +- t.ppf(0.975, nu) * sqrt(sa^2/(na ma^2) + sb^2/(nb mb^2)), nu = 4.6237 (Welch-Satterthwaite)
        Interval ci = WelchInterval.ratioOfMeans(a, b);
        assertThat(ci.low()).isCloseTo(1.2348924468592661, within(1e-12));
        assertThat(ci.high()).isCloseTo(1.8413526763006347, within(1e-12));
        Interval swapped = WelchInterval.ratioOfMeans(b, a);
        assertThat(swapped.low()).as("symmetric in which group is on top").isCloseTo(1 / ci.high(), within(1e-12));
    }

    @Test
    void oneValueOrANonPositiveMeanHasNoIntervalAndNoSpreadAZeroWidthOne() {
        Sample one = new Sample(new double[] {0.3});
        assertThat(WelchInterval.differenceOfMeans(one, b).defined()).isFalse();
        assertThat(WelchInterval.ratioOfMeans(new Sample(new double[] {-1, 1}), b).defined()).isFalse();
        Interval flat = WelchInterval.differenceOfMeans(new Sample(new double[] {2, 2}), new Sample(new double[] {1, 1}));
        assertThat(flat.low()).isEqualTo(1);
        assertThat(flat.high()).isEqualTo(1);
    }

    @Test
    void aFractionalDegreeOfFreedomQuantileMatchesScipy() {
        assertThat(StudentT.quantile(0.975, 3.7)).isCloseTo(2.8675207071911895, within(1e-9));
    }
}
