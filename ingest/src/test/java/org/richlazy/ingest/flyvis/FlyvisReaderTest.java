package org.richlazy.ingest.flyvis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.richlazy.ingest.CellTypeTable;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.TestData;
import org.richlazy.ingest.TestReaders;

/**
 * The flyvis description of ../shared/data read directly gives the same cell-type table as the one its example made
 * from the same file with flyvis_to_celltype_csv.py (examples/data/flyvis-fib25-celltypes).
 */
class FlyvisReaderTest {
    @Test
    void theDescriptionReadsAsTheTableItsExampleWasMadeInto() {
        Ingested direct = TestReaders.READERS.read(TestData.shared("drosophila/flyvis/fib25-fib19_v2.2.json"),
                Optional.empty());
        Ingested example = TestReaders.READERS.read(Path.of("..", "examples", "data", "flyvis-fib25-celltypes"),
                Optional.empty());
        assertThat(direct.provenance().format()).isEqualTo("flyvis");
        CellTypeTable a = ((Ingested.Table) direct).table();
        CellTypeTable b = ((Ingested.Table) example).table();
        assertThat(a.classes()).hasSize(65);
        assertThat(a.classes()).extracting(c -> c.name() + " " + c.sign())
                .containsExactlyElementsOf(b.classes().stream().map(c -> c.name() + " " + c.sign()).toList());
        for (int i = 0; i < 65; i++) {
            assertThat(a.classes().get(i).proportion()).isCloseTo(b.classes().get(i).proportion(), within(1e-10));
            assertThat(a.probability()[i]).isEqualTo(b.probability()[i]);
            for (int j = 0; j < 65; j++) {
                // the example wrote strengths with 6 significant digits (Python's {:g})
                double expected = b.meanStrength()[i][j];
                assertThat(a.meanStrength()[i][j]).isCloseTo(expected, within(5e-6 * Math.abs(expected)));
            }
        }
        assertThat(a.strengthUnit()).isEqualTo(b.strengthUnit()).isEqualTo("synapses");
    }
}
