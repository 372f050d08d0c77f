package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FmtTest {
    @Test
    void differencesKeepTheirSignAndNeverRoundANonzeroValueToZero() {
        assertThat(Fmt.difference(-0.372)).isEqualTo("-0.37");
        assertThat(Fmt.difference(0.25)).isEqualTo("+0.25");
        assertThat(Fmt.difference(0)).isEqualTo("0.00");
        assertThat(Fmt.difference(-0.003)).isEqualTo("-0.003");
        assertThat(Fmt.difference(0.00123)).isEqualTo("+0.001");
        assertThat(Fmt.difference(0.00004)).isEqualTo("+4.0e-05");
        assertThat(Fmt.difference(-0.000004)).isEqualTo("-4.0e-06");
    }

    @Test
    void pairsWidenUntilTheyDiffer() {
        assertThat(Fmt.pair(0.997, 0.999)).containsExactly("0.997", "0.999");
        assertThat(Fmt.pair(0.25, 0.75)).containsExactly("0.25", "0.75");
    }
}
