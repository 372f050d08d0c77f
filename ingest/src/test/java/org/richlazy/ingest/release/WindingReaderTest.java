package org.richlazy.ingest.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.richlazy.ingest.release.Fixtures.index;
import static org.richlazy.ingest.release.Fixtures.neuron;
import static org.richlazy.ingest.release.Fixtures.read;
import static org.richlazy.ingest.release.Fixtures.release;
import static org.richlazy.ingest.release.Fixtures.total;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.TestReaders;
import org.richlazy.ingest.Neuron;

/** The larva reader on a real 300-neuron block of Winding et al. 2023's all-all matrix (README beside it). */
class WindingReaderTest {
    private static final Path MATRIX = release("winding-2023/all-all_connectivity_matrix.csv");

    @Test
    void theMatrixIsRowsPresynapticWithAnnotatedClasses() {
        Connectome c = read(MATRIX, Map.of());
        assertThat(c.provenance().format()).isEqualTo(WindingReader.FORMAT);
        assertThat(c.size()).isEqualTo(300);
        assertThat(c.edgeCount()).isEqualTo(2_484);
        assertThat(total(c)).isEqualTo(10_198);
        assertThat(c.weight(index(c, "8419602"), index(c, "29"))).as("row 29, column 8419602").isEqualTo(9);
        assertThat(c.neurons().stream().filter(n -> n.cellClass() != null)).hasSize(286);
        assertThat(c.neurons().stream().filter(n -> "sensory".equals(n.cellClass()))).hasSize(87);
        assertThat(c.neurons()).extracting(Neuron::sign).containsOnly(CellSign.UNKNOWN);
        assertThat(neuron(c, "2532841").layer()).isEqualTo("right");
        assertThat(c.weightUnit()).isEqualTo("synapse count");
    }

    @Test
    void aFolderAndAMatrixNameAreDetected() {
        assertThat(TestReaders.READERS.read(MATRIX.getParent(), Optional.empty()).provenance().format()).isEqualTo(WindingReader.FORMAT);
        assertThat(TestReaders.READERS.read(MATRIX, Optional.empty()).provenance().format()).isEqualTo(WindingReader.FORMAT);
    }
}
