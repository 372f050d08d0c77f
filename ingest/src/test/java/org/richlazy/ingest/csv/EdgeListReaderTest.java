package org.richlazy.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.ReaderContract;
import org.richlazy.ingest.TestData;

/** Edge lists against the real files and counts of ../shared/data/README.md. */
class EdgeListReaderTest implements ReaderContract {
    private static final String HERM = "celegans/c302/herm_full_edgelist.csv";
    private static final String PHARYNX = "celegans/connectometoolbox_pharynx/cne24932-sup-0004-supinfo4.csv";
    private static final String MAGGOT = "drosophila/bgm_maggot/maggot_subset_edgelist.csv";

    @Override
    public Ingested readSample() {
        return TestReaders.READERS.read(TestData.shared(HERM), Optional.of(EdgeListReader.FORMAT));
    }

    @Override
    public Ingested readSampleDetected() {
        return TestReaders.READERS.read(TestData.shared(HERM), Optional.empty());
    }

    @Override
    public String format() {
        return EdgeListReader.FORMAT;
    }

    @Override
    public String orientation() {
        return "edge rows: source = presynaptic, target = postsynaptic; stored W[target][source]";
    }

    /** 448 cells; 4,681 chemical and 2,698 electrical rows, summed into 6,625 pairs. */
    @Override
    public int sampleNeurons() {
        return 448;
    }

    @Override
    public long sampleEdges() {
        return 6_625L;
    }

    private static Connectome read(String file, Map<String, ?> options) {
        return connectome(TestReaders.READERS.read(TestData.shared(file), TestData.options(options)));
    }

    /** A text table with the compiled-data columns (pre, post, count, norm) is an edge list: that format is columnar only. */
    @Test
    void aTextTableWithCompiledDataColumnsIsAnEdgeList(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path file = TestData.write(dir.resolve("edges.csv"), "pre,post,count,norm\na,b,3,1.0\nb,a,2,1.0\n");
        Ingested in = TestReaders.READERS.read(file, Optional.empty());
        assertThat(in.provenance().format()).isEqualTo(EdgeListReader.FORMAT);
    }

    @Test
    void cookChemicalOnly() {
        Connectome c = read(HERM, Map.of("edge-type", "chemical"));
        assertThat(c.size()).as("the 419 cells named in chemical rows").isLessThanOrEqualTo(448).isEqualTo(419);
        assertThat(c.edgeCount()).isEqualTo(4681);
        assertThat(sum(c)).isEqualTo(27019.0);
        // orientation: row "I1L , I2L , 10, chemical" is I1L -> I2L; the reverse carries 2
        assertThat(weight(c, "I1L", "I2L")).isEqualTo(10.0);
        assertThat(weight(c, "I2L", "I1L")).isEqualTo(2.0);
        assertThat(c.count(CellSign.UNKNOWN)).isEqualTo(c.size());
        assertThat(step(c, "left out rows of type 'electrical'").count()).isEqualTo(2698);
    }

    @Test
    void cookAllTypesSummed() {
        Connectome c = read(HERM, Map.of());
        assertThat(c.size()).isEqualTo(448);
        assertThat(step(c, "read edge rows").count()).isEqualTo(4681 + 2698);
        assertThat(c.edgeCount()).isEqualTo(6625);
        assertThat(sum(c)).isEqualTo(27019.0 + 12683.0);
        assertThat(step(c, "summed synapse types").count()).isEqualTo(4681 + 2698 - 6625);
        assertThat(step(c, "electrical synapses listed in one direction only").count()).isEqualTo(6);
        assertThat(c.neurons().get(0).id()).isEqualTo("I1L"); // names trimmed of their padding
    }

    @Test
    void cookElectricalMirrored() {
        Connectome asListed = read(HERM, Map.of("edge-type", "electrical"));
        Connectome mirrored = read(HERM, Map.of("edge-type", "electrical", "electrical", "mirror-missing"));
        assertThat(asListed.edgeCount()).isEqualTo(2698);
        assertThat(mirrored.edgeCount()).isEqualTo(2698 + 6);
        for (int i = 0; i < mirrored.size(); i++) {
            for (int j = 0; j < mirrored.size(); j++) {
                assertThat(mirrored.weight(i, j) != 0).isEqualTo(mirrored.weight(j, i) != 0);
            }
        }
    }

    @Test
    void pharynxCrlfDuplicatesSelfLoopsAndCase() {
        Connectome c = read(PHARYNX, Map.of());
        assertThat(c.size()).isEqualTo(61);
        assertThat(sum(c)).isEqualTo(1846.0);
        assertThat(c.edgeCount()).isEqualTo(299);
        long repeated = c.provenance().steps().stream().filter(s -> s.action().startsWith("summed repeated"))
                .mapToLong(s -> s.count()).sum();
        assertThat(repeated).isEqualTo(36);
        // 5 self-loop rows (M4 chemical twice, NSML, M5 and M4 electrical) on 3 diagonal entries
        assertThat(step(c, "kept self-loops").count()).isEqualTo(3);
        assertThat(weight(c, "M4", "M4")).isEqualTo(15 + 15 + 1.0);
        // names differing only by case are distinct neurons
        assertThat(c.neurons()).extracting(n -> n.id()).contains("pm3VR", "pm3vr");
    }

    @Test
    void maggotHeaderless64BitIdsWithNodeList() {
        Path nodes = TestData.shared("drosophila/bgm_maggot/maggot_subset_nodes.csv");
        Connectome c = read(MAGGOT, Map.of("labels-file", nodes.toString()));
        assertThat(c.size()).isEqualTo(1240);
        assertThat(c.edgeCount()).isEqualTo(32564);
        assertThat(sum(c)).isEqualTo(137980.0);
        assertThat(c.neurons().get(0).id()).isEqualTo("1678567");
        assertThat(weight(c, "1678567", "9057043")).isEqualTo(1.0);
        assertThat(weight(c, "1678567", "1678567")).isEqualTo(2.0);
        assertThat(step(c, "kept self-loops").count()).isEqualTo(240);
    }
}
