package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FmtTest {
    @Test
    void differencesHaveThreeDecimalsKeepTheirSignAndNeverRoundANonzeroValueToZero() {
        assertThat(Fmt.difference(-0.372)).isEqualTo("-0.372");
        assertThat(Fmt.difference(0.25)).isEqualTo("+0.250");
        assertThat(Fmt.difference(0)).isEqualTo("0.000");
        assertThat(Fmt.difference(-0.003)).isEqualTo("-0.003");
        assertThat(Fmt.difference(0.00023)).isEqualTo("+0.0002");
        assertThat(Fmt.difference(0.00004)).isEqualTo("+4.0e-05");
        assertThat(Fmt.difference(-0.000004)).isEqualTo("-4.0e-06");
    }

    @Test
    void pairsHaveThreeDecimalsAndWidenUntilTheyDiffer() {
        assertThat(Fmt.pair(0.997, 0.999)).containsExactly("0.997", "0.999");
        assertThat(Fmt.pair(0.25, 0.75)).containsExactly("0.250", "0.750");
        assertThat(Fmt.pair(0.99971, 0.99989)).containsExactly("0.9997", "0.9999");
    }
}
