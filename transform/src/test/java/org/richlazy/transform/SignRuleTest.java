package org.richlazy.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.richlazy.transform.matrix.DenseMatrix;
import org.junit.jupiter.api.Test;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.Neuron;

class SignRuleTest {
    private final List<Neuron> neurons = List.of(
            new Neuron("e", "E", CellSign.EXCITATORY, null),
            new Neuron("i", "I", CellSign.INHIBITORY, null),
            new Neuron("u", null, CellSign.UNKNOWN, null));
    // column 2 (unknown sign) has no outgoing weight
    private final double[][] w = {{0, 2, 0}, {-3, 0, 0}, {1, -4, 0}};

    private static TransformSpec spec(String signs, boolean balance) {
        return TransformSpec.builder().signs(TestConnectomes.word(Signs.class, signs)).rowBalance(balance).build();
    }

    @Test
    void daleSignsEachColumnByThePresynapticNeuron() {
        Map<String, String> recipe = new LinkedHashMap<>();
        double[][] d = SignRule.apply(new DenseMatrix(w), neurons, spec("dale", false), recipe).toDense();
        assertThat(d).isDeepEqualTo(new double[][] {{0, -2, 0}, {3, 0, 0}, {1, -4, 0}});
        assertThat(recipe).containsEntry("signs.changed", "2").containsEntry("row-balance", "false");
        assertThat(w[0][1]).as("input untouched").isEqualTo(2);
    }

    @Test
    void asIngestedKeepsSignsAndRowBalanceZeroesRowSums() {
        double[][] b = SignRule.apply(new DenseMatrix(w), neurons, spec("as-ingested", true), new LinkedHashMap<>()).toDense();
        // row 2: 1 - 4 + 0 = -3, mean -1 -> (2, -3, 1)
        assertThat(b[2]).containsExactly(new double[] {2, -3, 1}, within(1e-15));
        for (double[] row : b) {
            assertThat(row[0] + row[1] + row[2]).isCloseTo(0, within(1e-12));
        }
    }

    @Test
    void daleNeedsASignForEveryNeuronWithOutgoingWeights() {
        double[][] bad = {{0, 2, 5}, {-3, 0, 0}, {1, -4, 0}};
        assertThatThrownBy(() -> SignRule.apply(new DenseMatrix(bad), neurons, spec("dale", false), new LinkedHashMap<>()))
                .isInstanceOf(TransformException.class).hasMessageContaining("[u]");
    }
}
