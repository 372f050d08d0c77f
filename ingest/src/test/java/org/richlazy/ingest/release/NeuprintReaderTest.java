package org.richlazy.ingest.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.richlazy.ingest.release.Fixtures.index;
import static org.richlazy.ingest.release.Fixtures.neuron;
import static org.richlazy.ingest.release.Fixtures.read;
import static org.richlazy.ingest.release.Fixtures.release;
import static org.richlazy.ingest.release.Fixtures.step;
import static org.richlazy.ingest.release.Fixtures.total;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.TestReaders;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.TestData;

/** The neuPrint reader on real hemibrain tables (README beside them) and on written flat exports. */
class NeuprintReaderTest {
    private static final Path ADJACENCY = release("neuprint/KC2APL_Connectivity.csv");
    private static final String PREDICTIONS = release("neuprint/hemibrain_predictions_KC_APL.tsv").toString();

    @TempDir
    Path dir;

    @Test
    void theTracedNeuronsBesideAreJoinedAndNeuronsOfALaterReleaseAreNamed() {
        assertThatThrownBy(() -> read(ADJACENCY, Map.of())).isInstanceOf(IngestException.class)
                .hasMessageContaining("is in no node table").hasMessageContaining("traced-neurons.csv");
        Connectome c = read(ADJACENCY, Map.of("unlisted-ids", "drop", "isolated", "drop"));
        assertThat(step(c, "read node table").count()).isEqualTo(21_733);
        assertThat(step(c, "left out rows naming a neuron no node table lists").count()).isEqualTo(1_105);
        assertThat(c.size()).isEqualTo(1_932);
        assertThat(c.edgeCount()).isEqualTo(1_931);
        assertThat(total(c)).isEqualTo(102_131);
        // line 2: KC 1172713521 -> APL 425790257, 126 synapses in gL(R); the pair has 153 over its ROIs
        assertThat(c.weight(index(c, "425790257"), index(c, "1172713521"))).isEqualTo(153);
        assertThat(neuron(c, "425790257").cellClass()).isEqualTo("APL");
        assertThat(c.weightUnit()).isEqualTo("synapse count (neuPrint weight)");
    }

    @Test
    void aNeuropilKeepsItsRowsOnly() {
        Connectome c = read(ADJACENCY, Map.of("unlisted-ids", "drop", "isolated", "drop", "neuropil", List.of("gL(R)")));
        assertThat(c.edgeCount()).isEqualTo(858);
        assertThat(total(c)).isEqualTo(27_810);
        assertThat(c.weight(index(c, "425790257"), index(c, "1172713521"))).isEqualTo(126);
    }

    @Test
    void transmitterPredictionsFromANodeTableSignTheNeurons() {
        Connectome c = read(ADJACENCY, Map.of("unlisted-ids", "drop", "isolated", "drop", "node-id-column", "accession",
                "node-files", List.of(release("neuprint/traced-neurons.csv").toString(), PREDICTIONS)));
        assertThat(neuron(c, "425790257").sign()).as("APL is GABAergic").isEqualTo(CellSign.INHIBITORY);
        assertThat(neuron(c, "425790257").signSource()).isEqualTo("top_nt gaba, top_nt_p 0.42300000000000004");
        assertThat(c.size()).as("the predictions list the 105 neurons the v1.1 table lacks: the tables' union").isEqualTo(2_037);
        assertThat(step(c, "read edge rows").count()).isEqualTo(8_945);
        assertThat(c.count(CellSign.EXCITATORY)).as("acetylcholine").isEqualTo(24);
        assertThat(c.count(CellSign.INHIBITORY)).as("GABA 5, glutamate 11").isEqualTo(16);
        assertThat(c.count(CellSign.UNKNOWN)).as("dopamine, serotonin, octopamine, unknown, neither").isEqualTo(1_997);
        assertThat(step(c, "signed neurons").reason()).contains("dopamine 1984", "neither 2");
    }

    @Test
    void aFlatExportFolderReadsTotalsOrPerRoiTables() {
        TestData.write(dir.resolve("traced-neurons.csv"), "bodyId,type,instance\n10,EPG,EPG_L1\n20,PEN,PEN_R1\n30,,\n");
        TestData.write(dir.resolve("traced-total-connections.csv"), "bodyId_pre,bodyId_post,weight\n10,20,7\n20,10,2\n");
        TestData.write(dir.resolve("traced-roi-connections.csv"),
                "bodyId_pre,bodyId_post,roi,weight\n10,20,EB,5\n10,20,PB,2\n20,10,PB,2\n");
        assertThat(TestReaders.READERS.read(dir, Optional.empty()).provenance().format()).isEqualTo(NeuprintReader.FORMAT);
        Connectome totals = read(dir, Map.of("format", "neuprint"));
        assertThat(totals.provenance().sourceFiles().get(0)).endsWith("traced-total-connections.csv");
        assertThat(totals.weight(index(totals, "20"), index(totals, "10"))).isEqualTo(7);
        assertThat(totals.size()).as("30 is listed but unconnected: kept").isEqualTo(3);
        assertThat(neuron(totals, "30").cellClass()).isNull();
        Connectome eb = read(dir, Map.of("format", "neuprint", "neuropil", List.of("EB")));
        assertThat(eb.provenance().sourceFiles().get(0)).endsWith("traced-roi-connections.csv");
        assertThat(eb.weight(index(eb, "20"), index(eb, "10"))).isEqualTo(5);
        assertThat(eb.weight(index(eb, "10"), index(eb, "20"))).isZero();
    }
}
