package org.richlazy.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.TestData;

/**
 * Cases {@link ReaderFuzzTest} found escaping as untyped exceptions, replayed by file, mutation and
 * case seed; each now ends in an {@link IngestException}.
 */
class FuzzRegressionTest {
    @TempDir
    Path work;

    @ParameterizedTest(name = "{1} of {0}, seed {2}")
    @CsvSource({
        // jhdf parses group B-trees lazily: HdfException while iterating /edges
        "sonata/ten_cells_iclamp/ten_cells_iclamp_ten_cells_iclamp_edges.h5, FLIP_BYTES, 9141420450454524659",
        // ... and while format detection iterated the root of a damaged file
        "hdf5/neuroml/MediumNet.net.nml.h5, FLIP_BYTES, -7477894707535480960",
        "hdf5/libsonata/nodes1.h5, FLIP_BYTES, 1505585445261383948",
        // a psp_lookup_table.csv cut mid-row: ArrayIndexOutOfBoundsException in the class-pair lookup
        "allen-v1-celltype/psp_lookup_table.csv, TRUNCATE, 7933975975282031439",
        // a dataspace of 10^9 elements in a 2.7 MB file: jhdf read for 15 s, then OutOfMemoryError
        "sonata/300_intfire/v1_v1_edges.h5, ABSURD_SIZE, 4159056494710867480",
        "sonata/300_intfire/v1_v1_edges.h5, ABSURD_SIZE, 3197533698791385126",
        // ... and a uint64 id dataset decoded into 10^9 BigIntegers
        "sonata/300_pointneurons/internal_internal_edges.h5, ABSURD_SIZE, -3715174026449043806",
    })
    void foundCaseFailsTyped(String file, Mutation mutation, long seed) {
        Path original = TestData.shared(file);
        FuzzSample sample = FuzzSample.all(original.getParent()).stream()
                .filter(s -> s.file().equals(original)).findFirst().orElseThrow();
        FuzzCase c = new FuzzCase(0, sample, mutation, seed);
        assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThatThrownBy(() -> c.read(work)).isInstanceOf(IngestException.class));
    }
}
