package org.richlazy.train.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WeightConstraintsTest {
    /**
     * W0 [post][pre], 3 x 3: column 0 excitatory (1, 0, 2), column 1 inhibitory (0, -1, 0), column 2 mixed
     * (1, -1, 0).
     */
    private static final double[] W0 = {
        1, 0, 1,
        0, -1, -1,
        2, 0, 0};

    /** Every entry pushed the wrong way: what the projection keeps, by hand. */
    private static final double[] PUSHED = {
        -0.5, 0.3, -0.2,
        0.4, 0.7, 0.6,
        3, -0.8, 0.9};

    @Test
    void daleKeepsEachColumnsSignAndEachSynapsesSignInAMixedColumn() {
        WeightConstraints c = WeightConstraints.of(List.of("dale"), W0, 3);
        double[] w = PUSHED.clone();
        c.apply(w);
        // column 0 >= 0, column 1 <= 0; column 2: entry 0 >= 0, entry 1 <= 0, entry 2 (zero in W0) free
        assertThat(w).containsExactly(
                0, 0, 0,
                0.4, 0, 0,
                3, -0.8, 0.9);
        assertThat(c.description()).isEqualTo("dale: 2 of 3 presynaptic neurons single-signed keep their sign,"
                + " 1 with both signs keep each synapse's sign");
    }

    @Test
    void maskKeepsAbsentSynapsesAtZero() {
        WeightConstraints c = WeightConstraints.of(List.of("mask"), W0, 3);
        double[] w = PUSHED.clone();
        c.apply(w);
        assertThat(w).containsExactly(
                -0.5, 0, -0.2,
                0, 0.7, 0.6,
                3, 0, 0);
        assertThat(c.description()).isEqualTo("mask: the 5 synapses present change (55.6 % of entries), the others"
                + " stay 0");
    }

    /** Both together, on a float32 matrix with a padded row stride (the padding untouched). */
    @Test
    void bothTogetherOnAPaddedFloatMatrix() {
        WeightConstraints c = WeightConstraints.of(List.of("dale", "mask"), W0, 3);
        int stride = 4;
        float[] w = new float[3 * stride];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                w[i * stride + j] = (float) PUSHED[i * 3 + j];
            }
            w[i * stride + 3] = 7;
        }
        c.apply(w, stride);
        assertThat(w).containsExactly(
                0, 0, 0, 7,
                0, 0, 0, 7,
                3, 0, 0, 7);
    }

    @Test
    void unknownConstraintIsNamed() {
        assertThatThrownBy(() -> WeightConstraints.of(List.of("sparse"), W0, 3))
                .hasMessageContaining("unknown constraint 'sparse'").hasMessageContaining("dale, mask");
    }
}
