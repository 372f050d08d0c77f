package org.richlazy.report.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StudentTTest {
    @Test
    void quantilesMatchTables() {
        // two-sided 95% critical values from standard t tables
        assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.706205, within(1e-5));
        assertThat(StudentT.quantile(0.975, 2)).isCloseTo(4.302653, within(1e-6));
        assertThat(StudentT.quantile(0.975, 9)).isCloseTo(2.262157, within(1e-6));
        assertThat(StudentT.quantile(0.975, 30)).isCloseTo(2.042272, within(1e-6));
        assertThat(StudentT.quantile(0.025, 4)).isCloseTo(-2.776445, within(1e-6));
    }

    @Test
    void cdfOfCauchyIsArctan() {
        // df = 1 is the Cauchy distribution: F(t) = 1/2 + atan(t)/pi
        for (double t : new double[] {-3, -0.5, 0, 0.7, 10}) {
            assertThat(StudentT.cdf(t, 1)).isCloseTo(0.5 + Math.atan(t) / Math.PI, within(1e-12));
        }
    }

    @Test
    void cdfOfTwoDegreesIsClosedForm() {
        // df = 2: F(t) = 1/2 + t / (2 sqrt(2 + t^2))
        for (double t : new double[] {-2, 0.3, 4}) {
            assertThat(StudentT.cdf(t, 2)).isCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), within(1e-12));
        }
    }

    @Test
    void logGammaOfIntegersIsLogFactorial() {
        assertThat(StudentT.logGamma(5)).isCloseTo(Math.log(24), within(1e-12));
        assertThat(StudentT.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-12));
    }
}
