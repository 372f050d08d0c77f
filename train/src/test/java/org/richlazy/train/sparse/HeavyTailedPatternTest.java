package org.richlazy.train.sparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.richlazy.train.SeededRandom;
import org.richlazy.train.TrainException;

/**
 * The bench's synthetic patterns: about the synapses asked for, no self-connection (the pattern's own check refuses
 * repeats and disorder), degrees with a heavy tail (the largest in-degree many times the median), and the same
 * pattern from the same seed.
 */
class HeavyTailedPatternTest {

    @Test
    void drawsAboutTheSynapsesAskedWithHeavyTailedDegrees() {
        int n = 5_000;
        SynapsePattern p = HeavyTailedPattern.draw(n, 100_000, SeededRandom.create(7));
        assertThat(p.synapses()).isBetween(99_000, 101_000);
        int[] in = new int[n];
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            in[i] = p.rowStart(i + 1) - p.rowStart(i);
            out[i] = p.columnStart(i + 1) - p.columnStart(i);
            for (int k = p.rowStart(i); k < p.rowStart(i + 1); k++) {
                assertThat(p.pre(k)).as("self-connection of %d", i).isNotEqualTo(i);
            }
        }
        Arrays.sort(in);
        Arrays.sort(out);
        assertThat(in[n - 1]).isGreaterThan(8 * in[n / 2]);
        assertThat(out[n - 1]).isGreaterThan(8 * out[n / 2]);
        SynapsePattern again = HeavyTailedPattern.draw(n, 100_000, SeededRandom.create(7));
        assertThat(again.synapses()).isEqualTo(p.synapses());
        assertThat(again.pre(12_345)).isEqualTo(p.pre(12_345));
    }

    @Test
    void refusesMoreSynapsesThanHalfOfEveryRow() {
        assertThatThrownBy(() -> HeavyTailedPattern.draw(10, 51, SeededRandom.create(1)))
                .isInstanceOf(TrainException.class)
                .hasMessage("heavy-tailed pattern: 10 neurons and 51 synapses; expected at least 2 neurons and 1 to 50 "
                        + "synapses (N / 2 per row)");
    }
}
