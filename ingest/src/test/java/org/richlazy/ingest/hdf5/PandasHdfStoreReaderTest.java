package org.richlazy.ingest.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.richlazy.ingest.Matrices.connectome;
import static org.richlazy.ingest.Matrices.step;
import static org.richlazy.ingest.Matrices.sum;
import static org.richlazy.ingest.Matrices.weight;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.TestReaders;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.ReaderContract;
import org.richlazy.ingest.TestData;

/**
 * conntility's C. elegans (Witvliet 2021) store. Counts from ../shared/data/README.md (324 neurons,
 * 3,676 chemical edge rows); per-stage sums cross-checked by a direct jhdf scan of block0_values.
 */
class PandasHdfStoreReaderTest implements ReaderContract {
    private static final String FILE = "hdf5/conntility/C_elegans_witvliet.h5";

    @Override
    public Ingested readSample() {
        return TestReaders.READERS.read(TestData.shared(FILE), TestData.options(Map.of("format", PandasHdfStoreReader.FORMAT,
                "edge-type", "chemical")));
    }

    @Override
    public Ingested readSampleDetected() {
        return TestReaders.READERS.read(TestData.shared(FILE), TestData.options(Map.of("edge-type", "chemical")));
    }

    @Override
    public String format() {
        return PandasHdfStoreReader.FORMAT;
    }

    @Override
    public String orientation() {
        return "edge_indices: row = presynaptic, col = postsynaptic; stored W[col][row]";
    }

    /** 324 neurons; 775 chemical edges of the file's own stage. */
    @Override
    public int sampleNeurons() {
        return 324;
    }

    @Override
    public long sampleEdges() {
        return 775L;
    }

    @Test
    void chemicalDefaultStageIsTheFilesOwn() {
        Connectome c = connectome(readSample());
        assertThat(c.size()).isEqualTo(324);
        assertThat(step(c, "read edges of /chemical/full_matrix").count()).isEqualTo(3676);
        assertThat(step(c, "weight = edge property '1'").reason()).contains("NEUROTOP_DEFAULT_EDGE");
        assertThat(c.edgeCount()).isEqualTo(775);
        assertThat(step(c, "edges with 1 = 0").count()).isEqualTo(3676 - 775);
        assertThat(sum(c)).isEqualTo(1296.0);
        assertThat(c.neurons().get(0).id()).isEqualTo("ADAL");
    }

    @Test
    void adultStageChosenAndOrientationPinned() {
        Connectome c = connectome(TestReaders.READERS.read(TestData.shared(FILE),
                TestData.options(Map.of("edge-type", "chemical", "property", "7"))));
        assertThat(c.edgeCount()).isEqualTo(2202);
        assertThat(sum(c)).isEqualTo(7467.0);
        // first edge row: row 0 (ADAL) -> col 10 (AIAL), stage 7 = 2
        assertThat(weight(c, "ADAL", "AIAL")).isEqualTo(2.0);
        assertThat(c.weight(10, 0)).isEqualTo(2.0);
    }

    @Test
    void electricalGroup() {
        Connectome c = connectome(TestReaders.READERS.read(TestData.shared(FILE),
                TestData.options(Map.of("edge-type", "electrical", "property", "8"))));
        assertThat(c.edgeCount()).isEqualTo(310);
        assertThat(sum(c)).isEqualTo(430.0);
    }

    @Test
    void severalMatricesNeedAChoice() {
        Path file = TestData.shared(FILE);
        assertThatThrownBy(() -> TestReaders.READERS.read(file, TestData.options(Map.of())))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.getMessage()).contains("/chemical/full_matrix", "/electrical/full_matrix");
                    assertThat(e.expected()).contains("edge-type");
                });
    }

    @Test
    void unknownPropertyColumn() {
        Path file = TestData.shared(FILE);
        assertThatThrownBy(() -> TestReaders.READERS.read(file, TestData.options(Map.of("edge-type", "chemical", "property", "9"))))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.location()).isEqualTo("/chemical/full_matrix/edges");
                    assertThat(e.expected()).contains("8");
                });
    }
}
