package org.richlazy.ingest.numpy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.IngestOptions;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.TestReaders;

/**
 * NumPy arrays and scipy.sparse archives written by NumPy 1.24 and SciPy 1.10 (src/test/resources/numpy/make.py): the
 * same 4-neuron matrix every way they store it, read into {@code W[post][pre]}.
 */
class NumpyReaderTest {
    /** W[post][pre] of make.py's W, whose (r, c) is the weight from r onto c. */
    private static final double[][] EXPECTED = {{0, 0, 0, 4}, {1.5, 0, 0, 0}, {3, -2, 0, 0}, {0, 0, 0.25, 0}};

    private static Path fixture(String name) throws Exception {
        return Path.of(NumpyReaderTest.class.getResource("/numpy/" + name).toURI());
    }

    private static Connectome read(String name, Map<String, Object> options) throws Exception {
        Ingested in = TestReaders.READERS.read(fixture(name), IngestOptions.of(options));
        return ((Ingested.Matrix) in).connectome();
    }

    private static Connectome read(String name) throws Exception {
        return read(name, Map.of("orientation", "rows-pre"));
    }

    @Test
    void everyLayoutReadsTheSameMatrix() throws Exception {
        for (String name : new String[] {"dense.npy", "dense_fortran_f4.npy", "csr.npz", "csc.npz", "coo.npz"}) {
            Connectome c = read(name);
            assertThat(c.weightsCopy()).as(name).isDeepEqualTo(EXPECTED);
            assertThat(c.neurons()).as(name).extracting(n -> n.id()).containsExactly("0", "1", "2", "3");
            assertThat(c.provenance().format()).isEqualTo("numpy");
        }
        assertThat(read("dense.npy", Map.of("orientation", "rows-post")).weightsCopy()[1][0]).isEqualTo(0);
        assertThat(read("dense.npy", Map.of("orientation", "rows-post")).weightsCopy()[0][1]).isEqualTo(1.5);
        assertThat(read("counts_int64.npy").weightsCopy()[2][1]).isEqualTo(7);
        assertThat(read("two_arrays.npz", Map.of("orientation", "rows-pre", "array", "weights")).weightsCopy())
                .isDeepEqualTo(EXPECTED);
    }

    @Test
    void duplicatesAreSummedAndZerosDroppedOnTheRecord() throws Exception {
        Connectome c = read("coo.npz");
        assertThat(c.provenance().steps()).extracting(s -> s.action() + ": " + s.count())
                .contains("summed duplicate entries, as scipy does: 1",
                        "dropped stored entries of weight 0 (not synapses): 1");
    }

    @Test
    void whatCannotBeReadIsRefusedWithTheFileAndTheExpectation() throws Exception {
        assertThatThrownBy(() -> read("dense.npy", Map.of())).isInstanceOf(IngestException.class)
                .hasMessageContaining("no option orientation").hasMessageContaining("rows-pre");
        assertThatThrownBy(() -> read("objects.npy")).isInstanceOf(IngestException.class)
                .hasMessageContaining("dtype '|O'").hasMessageContaining("pickle");
        assertThatThrownBy(() -> read("rectangular.npy")).isInstanceOf(IngestException.class)
                .hasMessageContaining("shape [3, 4]").hasMessageContaining("a square matrix");
        assertThatThrownBy(() -> read("bad_indptr.npz")).isInstanceOf(IngestException.class)
                .hasMessageContaining("indptr.npy").hasMessageContaining("pointers from 0");
        assertThatThrownBy(() -> read("two_arrays.npz")).isInstanceOf(IngestException.class)
                .hasMessageContaining("2 arrays").hasMessageContaining("option array");
    }
}
