package org.richlazy.ingest.sonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.richlazy.ingest.Matrices.connectome;
import static org.richlazy.ingest.Matrices.step;
import static org.richlazy.ingest.Matrices.sum;
import static org.richlazy.ingest.Matrices.weight;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.TestReaders;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.ReaderContract;
import org.richlazy.ingest.TestData;

/**
 * SONATA networks of ../shared/data/sonata. Counts from its README; weight sums cross-checked by a
 * direct jhdf scan of the same datasets (source, target, group column or edge type, signed by rule).
 */
class SonataReaderTest implements ReaderContract {

    @Override
    public Ingested readSample() {
        return TestReaders.READERS.read(TestData.shared("sonata/point_120cells/cortex_cortex_edges.h5"), Optional.of(SonataReader.FORMAT));
    }

    @Override
    public Ingested readSampleDetected() {
        return TestReaders.READERS.read(TestData.shared("sonata/point_120cells"), Optional.empty());
    }

    @Override
    public String format() {
        return SonataReader.FORMAT;
    }

    @Override
    public String orientation() {
        return "edges: source_node_id = presynaptic, target_node_id = postsynaptic; stored W[target][source]";
    }

    /** point_120cells: 120 nodes, 1,469 edges. */
    @Override
    public int sampleNeurons() {
        return 120;
    }

    @Override
    public long sampleEdges() {
        return 1_469L;
    }

    private static Connectome read(String path, Map<String, ?> options) {
        return read(TestData.shared(path), options);
    }

    /** Reads {@code files}, already resolved (a real-data test resolves them before expecting an error). */
    private static Connectome read(Path files, Map<String, ?> options) {
        return connectome(TestReaders.READERS.read(files, TestData.options(options)));
    }

    @Test
    void point120SignedTypeWeights() {
        Connectome c = connectome(readSample());
        assertThat(c.size()).isEqualTo(120);
        assertThat(c.count(CellSign.EXCITATORY)).isEqualTo(80);
        assertThat(c.count(CellSign.INHIBITORY)).isEqualTo(40);
        assertThat(c.edgeCount()).isEqualTo(1469);
        assertThat(sum(c)).isCloseTo(1258.0, within(1e-9));
        assertThat(weight(c, "64", "0")).isEqualTo(2.0); // first edge: source 64 -> target 0, type 100 (+2.0)
        assertThat(step(c, "kept weight signs as given").reason()).contains("auto");
    }

    @Test
    void pointneuronsPerEdgeSynWeightAndSelfLoops() {
        Connectome c = read("sonata/300_pointneurons", Map.of());
        assertThat(c.size()).isEqualTo(300);
        assertThat(c.count(CellSign.EXCITATORY)).isEqualTo(240);
        assertThat(c.count(CellSign.INHIBITORY)).isEqualTo(60);
        assertThat(c.edgeCount()).isEqualTo(27588);
        assertThat(sum(c)).isCloseTo(19700.5, within(1e-9));
        assertThat(step(c, "kept self-loops").count()).isEqualTo(86);
        assertThat(weight(c, "5", "0")).isEqualTo(2.5);
        assertThat(c.weight(0, 5)).as("W[post 0][pre 5]").isEqualTo(2.5);
        assertThat(c.weight(5, 0)).as("no edge 0 -> 5 with that weight").isNotEqualTo(2.5);
    }

    @Test
    void intfireAllPositiveSignedBySourceEi() {
        Connectome c = read("sonata/300_intfire/v1_v1_edges.h5", Map.of());
        assertThat(c.size()).isEqualTo(300);
        assertThat(c.edgeCount()).isEqualTo(61560);
        assertThat(sum(c)).isCloseTo(1197.12, within(1e-6));
        assertThat(step(c, "signed weights by the source node type's ei").reason()).contains("auto");
        for (int post = 0; post < c.size(); post++) {
            for (int pre = 0; pre < c.size(); pre++) {
                double w = c.weight(post, pre);
                if (w != 0) {
                    assertThat(w > 0).isEqualTo(c.neurons().get(pre).sign() == CellSign.EXCITATORY);
                }
            }
        }
        Connectome counts = read("sonata/300_intfire", Map.of("property", "nsyns"));
        assertThat(sum(counts)).isEqualTo(368400.0);
        assertThat(counts.weightUnit()).startsWith("synapse count");
    }

    @Test
    void layer4TwoGroupsDuplicatesSummed() {
        Connectome c = read("sonata/layer4_sample", Map.of());
        assertThat(c.size()).isEqualTo(449);
        assertThat(step(c, "read edges of population").count()).isEqualTo(47020);
        assertThat(step(c, "read edge group 0").count()).isEqualTo(14783);
        assertThat(step(c, "read edge group 1").count()).isEqualTo(32237);
        assertThat(step(c, "summed repeated (source, target) edges").count()).isEqualTo(37603);
        assertThat(c.edgeCount()).isEqualTo(47020 - 37603);
        assertThat(sum(c)).isCloseTo(685.9059353789285, within(1e-9));
        assertThat(weight(c, "86", "0")).isCloseTo(-0.009, within(1e-12));
    }

    @Test
    void indiciesSpellingAndLegacyLayout() {
        Connectome ten = read("sonata/ten_cells_iclamp", Map.of());
        assertThat(ten.size()).isEqualTo(10);
        assertThat(ten.edgeCount()).isEqualTo(20);
        assertThat(sum(ten)).isEqualTo(200.0);
        Connectome legacy = read("sonata/pysonata_legacy_v1", Map.of("property", "nsyns"));
        assertThat(legacy.size()).isEqualTo(449);
        assertThat(legacy.count(CellSign.EXCITATORY)).isEqualTo(382);
        assertThat(legacy.edgeCount()).isEqualTo(48286);
        assertThat(sum(legacy)).isEqualTo(84791.0);
        assertThat(weight(legacy, "85", "0")).isEqualTo(-4.0);
    }

    @Test
    void bio450QuotedTypeFieldsTwoNodeGroupsPositiveConductances() {
        Connectome c = read("sonata/bio_450cells_compact", Map.of());
        assertThat(c.size()).isEqualTo(450);
        assertThat(c.count(CellSign.EXCITATORY)).isEqualTo(315);
        assertThat(c.count(CellSign.INHIBITORY)).isEqualTo(135);
        assertThat(c.edgeCount()).isEqualTo(18943);
        assertThat(sum(c)).isCloseTo(-0.15462, within(1e-9));
        assertThat(weight(c, "143", "0")).isEqualTo(6e-5); // first edge, type 100 (E -> E, 6e-05)
        assertThat(step(c, "signed weights by the source node type's ei").count()).isPositive();
    }

    @Test
    void legacyWithoutSynWeightIsAClearError() {
        Path files = TestData.shared("sonata/pysonata_legacy_v1");
        assertThatThrownBy(() -> read(files, Map.of()))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.file()).endsWith("v1_v1_edges.h5");
                    assertThat(e.location()).startsWith("/edges/v1_to_v1");
                    assertThat(e.expected()).contains("syn_weight");
                });
    }

    @Test
    void signRuleSourceEiRejectsNegativeWeights() {
        Path files = TestData.shared("sonata/point_120cells");
        assertThatThrownBy(() -> read(files, Map.of("sign-rule", "source-ei")))
                .isInstanceOf(IngestException.class).hasMessageContaining("negative weight")
                .hasMessageContaining("sign-rule as-given").hasMessageNotContaining("signRule");
        assertThatThrownBy(() -> read(files, Map.of("sign-rule", "sideways")))
                .isInstanceOf(IngestException.class).hasMessageContaining("option sign-rule");
    }

    @Test
    void unknownPopulationNamed() {
        Path files = TestData.shared("sonata/point_120cells");
        assertThatThrownBy(() -> read(files, Map.of("edge-population", "nope")))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.location()).isEqualTo("/edges");
                    assertThat(e.expected()).contains("cortex_to_cortex").contains("option edge-population");
                });
    }
}
