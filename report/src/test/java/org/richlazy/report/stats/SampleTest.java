package org.richlazy.report.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SampleTest {
    @Test
    void meanAndSampleSdByHand() {
        // sum 40, mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32; sd = sqrt(32/7)
        Sample s = new Sample(new double[] {2, 4, 4, 4, 5, 5, 7, 9});
        assertThat(s.mean()).isEqualTo(5.0);
        assertThat(s.sd()).isCloseTo(Math.sqrt(32.0 / 7.0), within(1e-12));
        assertThat(s.min()).isEqualTo(2.0);
        assertThat(s.max()).isEqualTo(9.0);
    }

    @Test
    void tIntervalByHand() {
        // {1,2,3}: mean 2, sd 1, t_{0.975,2} = 4.302653, half width 4.302653 / sqrt(3) = 2.484138
        Interval ci = new Sample(new double[] {1, 2, 3}).meanInterval95();
        assertThat(ci.low()).isCloseTo(2 - 2.484138, within(1e-5));
        assertThat(ci.high()).isCloseTo(2 + 2.484138, within(1e-5));
    }

    @Test
    void oneValueHasNoSpreadOrInterval() {
        Sample s = new Sample(new double[] {0.3});
        assertThat(s.mean()).isEqualTo(0.3);
        assertThat(s.sd()).isNaN();
        assertThat(s.meanInterval95().defined()).isFalse();
    }

    @Test
    void rejectsEmptyAndNonFinite() {
        assertThatThrownBy(() -> new Sample(new double[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Sample(new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value 1");
    }
}
