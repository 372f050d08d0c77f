package org.richlazy.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.Neuron;
import org.richlazy.ingest.Provenance;

class NeuronSelectionTest {
    private final Connectome c = TestConnectomes.signedSparse(50, 2);

    private static TransformSpec spec(Integer n, String rule, Map<String, Integer> quotas) {
        return TransformSpec.builder().neurons(n).selection(TestConnectomes.word(SelectionRule.class, rule)).quotas(quotas)
                .build();
    }

    /** Without a selection: top-degree when the source holds more than N neurons, all when it holds N (or N is unset). */
    @Test
    void defaultIsTopDegreeBelowTheSourceAndAllOtherwise() {
        assertThat(TransformSpec.defaults().selection()).isNull();
        NeuronSelection byDefault = NeuronSelection.choose(c, spec(10, null, null), 0);
        assertThat(byDefault.rule()).isEqualTo(SelectionRule.TOP_DEGREE);
        assertThat(byDefault.byDefault()).isTrue();
        assertThat(byDefault.indices()).isEqualTo(NeuronSelection.choose(c, spec(10, "top-degree", null), 0).indices())
                .isNotEqualTo(NeuronSelection.choose(c, spec(10, "first", null), 0).indices());
        assertThat(byDefault.label()).isEqualTo("top-degree, the default");
        assertThat(byDefault.line()).startsWith("selected 10 of 50 neurons by top-degree (the default when the source")
                .endsWith("; transform.selection: first keeps file order");
        for (Integer n : new Integer[] {null, 50}) {
            NeuronSelection all = NeuronSelection.choose(c, spec(n, null, null), 0);
            assertThat(all.rule()).isEqualTo(SelectionRule.ALL);
            assertThat(all.indices()).hasSize(50);
            assertThat(all.line()).startsWith("selected all 50 of 50 neurons (the default when");
        }
        NeuronSelection first = NeuronSelection.choose(c, spec(10, "first", null), 0);
        assertThat(first.indices()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(first.label()).isEqualTo("first");
        assertThat(first.line()).isEqualTo("selected 10 of 50 neurons by first (transform.selection): the first 10 of 50"
                + " neurons in source order");
    }

    @Test
    void randomIsSeededDistinctAndAscending() {
        int[] a = NeuronSelection.choose(c, spec(20, "random", null), 5).indices();
        int[] b = NeuronSelection.choose(c, spec(20, "random", null), 5).indices();
        int[] d = NeuronSelection.choose(c, spec(20, "random", null), 6).indices();
        assertThat(a).isEqualTo(b).isSorted().doesNotHaveDuplicates().hasSize(20);
        assertThat(a).isNotEqualTo(d);
    }

    /** A star: neuron 2 sends to and receives from everyone (degree 2(n-1)); neuron 4 has one out-edge extra. */
    @Test
    void topDegreeKeepsTheHubs() {
        int n = 6;
        double[][] w = new double[n][n];
        for (int k = 0; k < n; k++) {
            if (k != 2) {
                w[k][2] = 1;
                w[2][k] = 1;
            }
        }
        w[0][4] = 1;
        List<Neuron> neurons = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            neurons.add(new Neuron("x" + i, null, CellSign.UNKNOWN, null));
        }
        Connectome star = new Connectome(neurons, w, "count", Provenance.of(List.of("t"), "t", "post rows"));
        // degrees: 2 -> 10; 0 and 4 -> 3; 1, 3, 5 -> 2
        NeuronSelection top = NeuronSelection.choose(star, spec(3, "top-degree", null), 0);
        assertThat(top.indices()).containsExactly(0, 2, 4);
        assertThat(top.reason()).contains("lowest kept degree 3");
    }

    @Test
    void quotasPickPerClass() {
        Map<String, Integer> q = new LinkedHashMap<>();
        q.put("E", 8);
        q.put("I", 4);
        NeuronSelection s = NeuronSelection.choose(c, spec(null, "quotas", q), 3);
        assertThat(s.indices()).hasSize(12).isSorted();
        long nE = java.util.Arrays.stream(s.indices()).filter(i -> c.neurons().get(i).cellClass().equals("E")).count();
        assertThat(nE).isEqualTo(8);
        Connectome kept = s.apply(c);
        assertThat(kept.size()).isEqualTo(12);
        assertThat(kept.weight(1, 0)).isEqualTo(c.weight(s.indices()[1], s.indices()[0]));
    }

    @Test
    void badSelectionsAreTypedErrors() {
        assertThatThrownBy(() -> NeuronSelection.choose(c, spec(10, "all", null), 0))
                .isInstanceOf(TransformException.class).hasMessageContaining("'all' with N = 10");
        assertThatThrownBy(() -> NeuronSelection.choose(c, spec(null, "quotas", Map.of("PV", 2)), 0))
                .isInstanceOf(TransformException.class).hasMessageContaining("no neuron of class 'PV'");
        assertThatThrownBy(() -> NeuronSelection.choose(c, spec(null, "quotas", Map.of("I", 11)), 0))
                .isInstanceOf(TransformException.class).hasMessageContaining("0 <= quota <= 10");
        assertThatThrownBy(() -> NeuronSelection.choose(c, spec(5, "quotas", Map.of("I", 4)), 0))
                .isInstanceOf(TransformException.class).hasMessageContaining("sum to 4 but N = 5");
    }
}
