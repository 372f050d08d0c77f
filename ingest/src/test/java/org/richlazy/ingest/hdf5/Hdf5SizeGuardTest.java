package org.richlazy.ingest.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jhdf.api.WritableGroup;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.TestReaders;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.TestData;

/** HDF5 shapes and counts beyond {@link org.richlazy.ingest.SizeLimits} are refused before allocating. */
class Hdf5SizeGuardTest {
    @TempDir
    Path dir;

    @Test
    void sparseShapeOfABillionNeuronsIsRefusedBeforeAllocating() {
        Path f = H5Fixtures.write(dir.resolve("huge.h5"), w -> {
            WritableGroup g = w.putGroup("X");
            g.putAttribute("encoding-type", "csr_matrix");
            g.putAttribute("shape", new long[] {1_000_000_000L, 1_000_000_000L});
            g.putDataset("data", new double[] {1});
            g.putDataset("indices", new int[] {1});
            g.putDataset("indptr", new long[] {0, 1});
        });
        assertThatThrownBy(() -> TestReaders.READERS.read(f, Optional.empty()))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("/X: 1000000000 neurons, above the limit of 50000 (the default limit)")
                .hasMessageContaining("option max-neurons").hasMessageContaining("-Drichlazy.max-neurons=N");
    }

    @Test
    void denseDatasetAboveTheOptionIsRefused() {
        Path f = H5Fixtures.write(dir.resolve("dense.h5"), w -> w.putDataset("W", new double[3][3]));
        assertThatThrownBy(() -> TestReaders.READERS.read(f, TestData.options(Map.of("max-neurons", 2))))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("/W: 3 neurons, above the limit of 2 (option max-neurons)");
    }

    @Test
    void pandasStoreShapeAboveTheLimitIsRefused() {
        Path f = TestData.shared("hdf5/conntility/C_elegans_witvliet.h5");
        assertThatThrownBy(() -> TestReaders.READERS.read(f, TestData.options(Map.of("edge-type", "chemical", "max-neurons", 100))))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("@NEUROTOP_SHAPE: 324 neurons, above the limit of 100 (option max-neurons)");
    }

    @Test
    void sonataAboveTheLimitReadsSparseButIsNotMadeDense() {
        Path folder = TestData.shared("sonata/point_120cells");
        Connectome c = ((Ingested.Matrix) TestReaders.READERS.read(folder, TestData.options(Map.of("max-neurons", 100)))).connectome();
        assertThat(c.size()).isEqualTo(120);
        assertThat(c.edgeCount()).as("point_120cells' 1,469 edges").isPositive().isEqualTo(1_469);
        assertThatThrownBy(c::weightsCopy)
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("120 neurons to hold as a dense matrix, above the limit of 100")
                .hasMessageContaining("transform.neurons with a selection");
    }
}
