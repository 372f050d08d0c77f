package org.richlazy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.richlazy.ingest.assemble.NeuronNames;

/** The sparse storage of {@link Connectome} against the dense matrix it stands for. */
class ConnectomeTest {
    private static final double[][] W = {{0, 2, 0, 0}, {0, 0, 0, 3}, {5, 0, 7, 0}, {0, 0, 1.5, 0}};

    private static Connectome dense() {
        return new Connectome(NeuronNames.unsigned(List.of("a", "b", "c", "d")), W, "unit",
                Provenance.of(List.of("t"), "test", "W[post][pre]"));
    }

    @Test
    void entriesDegreesAndTheDenseCopyAgreeWithTheMatrix() {
        Connectome c = dense();
        assertThat(c.edgeCount()).isEqualTo(5);
        assertThat(c.weightsCopy()).isDeepEqualTo(W);
        assertThat(c.weight(2, 0)).isEqualTo(5);
        assertThat(c.weight(0, 2)).isZero();
        assertThat(c.inDegrees()).containsExactly(1, 1, 2, 1);
        assertThat(c.outDegrees()).containsExactly(1, 1, 2, 1);
        StringBuilder order = new StringBuilder();
        c.forEachEdge((pre, post, w) -> order.append(post).append('<').append(pre).append(' '));
        assertThat(order.toString()).isEqualTo("0<1 1<3 2<0 2<2 3<2 ");
    }

    @Test
    void sparseEntriesInAnyOrderGiveTheSameMatrixAndZerosAreNotStored() {
        Connectome c = Connectome.sparse(NeuronNames.unsigned(List.of("a", "b", "c", "d")), consumer -> {
            consumer.accept(2, 3, 1.5);
            consumer.accept(2, 2, 7);
            consumer.accept(0, 2, 5);
            consumer.accept(3, 1, 3);
            consumer.accept(1, 0, 2);
            consumer.accept(3, 3, 0);
        }, "unit", Provenance.of(List.of("t"), "test", "W[post][pre]"), 4);
        assertThat(c.edgeCount()).isEqualTo(5);
        assertThat(c.weightsCopy()).isDeepEqualTo(W);
    }

    @Test
    void aSubCircuitKeepsTheEntriesAmongItsNeurons() {
        Connectome sub = dense().restrictTo(new int[] {0, 2, 3}, "kept", "test");
        assertThat(sub.neurons()).extracting(Neuron::id).containsExactly("a", "c", "d");
        assertThat(sub.weightsCopy()).isDeepEqualTo(new double[][] {{0, 0, 0}, {5, 7, 0}, {0, 1.5, 0}});
        assertThat(sub.provenance().steps()).last().extracting(ProvenanceStep::count).isEqualTo(3L);
        assertThatThrownBy(() -> dense().restrictTo(new int[] {2, 0}, "kept", "test"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRepeatedPairOrANonFiniteWeightIsRefused() {
        List<Neuron> two = NeuronNames.unsigned(List.of("a", "b"));
        Provenance p = Provenance.of(List.of("t"), "test", "W[post][pre]");
        assertThatThrownBy(() -> Connectome.sparse(two, consumer -> {
            consumer.accept(0, 1, 1);
            consumer.accept(0, 1, 2);
        }, "unit", p, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given twice");
        assertThatThrownBy(() -> Connectome.sparse(two, consumer -> consumer.accept(0, 1, Double.NaN), "unit", p, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-finite");
    }
}
