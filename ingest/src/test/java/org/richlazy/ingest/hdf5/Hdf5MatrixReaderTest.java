package org.richlazy.ingest.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.richlazy.ingest.Matrices.connectome;
import static org.richlazy.ingest.Matrices.step;
import static org.richlazy.ingest.Matrices.weight;

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
import org.richlazy.ingest.ReaderContract;
import org.richlazy.ingest.TestData;

/**
 * HDF5 dense and sparse matrices. The shared data has no such file, so each test writes the same
 * 3 x 3 matrix (rows = pre) in one layout with jhdf:
 * <pre>
 *        to a  b  c
 * from a [0  1  0]
 *      b [0  0  2]
 *      c [3  0  4]
 * </pre>
 */
class Hdf5MatrixReaderTest implements ReaderContract {
    private static final double[][] M = {{0, 1, 0}, {0, 0, 2}, {3, 0, 4}};

    @TempDir
    Path dir;

    private Path dense() {
        return H5Fixtures.write(dir.resolve("dense.h5"), w -> w.putGroup("conn").putDataset("W", M));
    }

    @Override
    public Ingested readSample() {
        return TestReaders.READERS.read(dense(), Optional.of(Hdf5MatrixReader.FORMAT));
    }

    @Override
    public Ingested readSampleDetected() {
        return TestReaders.READERS.read(dense(), Optional.empty());
    }

    @Override
    public String format() {
        return Hdf5MatrixReader.FORMAT;
    }

    @Override
    public String orientation() {
        return "rows = presynaptic, columns = postsynaptic (transposed into W[post][pre]), "
                + "from option orientation's default rows-pre";
    }

    /** the 3 x 3 fixture M with its 4 nonzero entries. */
    @Override
    public int sampleNeurons() {
        return 3;
    }

    @Override
    public long sampleEdges() {
        return 4L;
    }

    private static void assertTheMatrix(Connectome c) {
        assertThat(c.size()).isEqualTo(3);
        assertThat(c.edgeCount()).isEqualTo(4);
        assertThat(weight(c, "0", "1")).isEqualTo(1.0); // row 0 (pre) -> column 1 (post)
        assertThat(weight(c, "1", "2")).isEqualTo(2.0);
        assertThat(weight(c, "2", "0")).isEqualTo(3.0);
        assertThat(weight(c, "2", "2")).isEqualTo(4.0);
        assertThat(c.weight(1, 0)).isEqualTo(1.0);
    }

    @Test
    void denseFoundWithoutOption() {
        Connectome c = connectome(readSample());
        assertTheMatrix(c);
        assertThat(c.provenance().datasetPaths()).containsExactly("/conn/W");
    }

    @Test
    void denseRowsPost() {
        Connectome c = connectome(TestReaders.READERS.read(dense(), TestData.options(Map.of("orientation", "rows-post"))));
        assertThat(c.weight(0, 1)).isEqualTo(1.0);
    }

    @Test
    void csrWithAnnDataEncoding() {
        Path f = H5Fixtures.write(dir.resolve("csr.h5ad"), w -> {
            WritableGroup g = w.putGroup("X");
            g.putAttribute("encoding-type", "csr_matrix");
            g.putAttribute("shape", new long[] {3, 3});
            g.putDataset("data", new double[] {1, 2, 3, 4});
            g.putDataset("indices", new int[] {1, 2, 0, 2});
            g.putDataset("indptr", new long[] {0, 1, 2, 4});
        });
        Connectome c = connectome(TestReaders.READERS.read(f, Optional.empty()));
        assertTheMatrix(c);
        assertThat(step(c, "read CSR sparse group /X").count()).isEqualTo(4);
    }

    @Test
    void cscNeedsTheLayoutNamed() {
        Path f = H5Fixtures.write(dir.resolve("csc.h5"), w -> {
            WritableGroup g = w.putGroup("m");
            g.putDataset("shape", new int[] {3, 3});
            g.putDataset("data", new double[] {3, 1, 2, 4});
            g.putDataset("indices", new int[] {2, 0, 1, 2});
            g.putDataset("indptr", new int[] {0, 1, 2, 4});
        });
        assertThatThrownBy(() -> TestReaders.READERS.read(f, Optional.empty()))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.expected()).contains("sparse-layout"));
        assertTheMatrix(connectome(TestReaders.READERS.read(f, TestData.options(Map.of("sparse-layout", "csc")))));
    }

    @Test
    void cooWithRepeatedEntriesSummed() {
        Path f = H5Fixtures.write(dir.resolve("coo.h5"), w -> {
            WritableGroup g = w.putGroup("coo");
            g.putAttribute("shape", new int[] {3, 3});
            g.putDataset("row", new long[] {0, 1, 2, 2, 2});
            g.putDataset("col", new long[] {1, 2, 0, 2, 2});
            g.putDataset("data", new double[] {1, 2, 3, 1.5, 2.5});
        });
        Connectome c = connectome(TestReaders.READERS.read(f, TestData.options(Map.of("dataset", "/coo"))));
        assertTheMatrix(c);
        assertThat(step(c, "summed repeated (row, column) entries").count()).isEqualTo(1);
    }

    @Test
    void nonSquareRejected() {
        Path f = H5Fixtures.write(dir.resolve("rect.h5"), w -> w.putDataset("W", new double[][] {{1, 2, 3}, {4, 5, 6}}));
        assertThatThrownBy(() -> TestReaders.READERS.read(f, Optional.empty()))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.location()).isEqualTo("/W");
                    assertThat(e.expected()).contains("square");
                });
    }

    /** A file laid out as richlazy's run {@code weights.h5}: two [post][pre] datasets, root attribute orientation. */
    private Path weightsH5() {
        return H5Fixtures.write(dir.resolve("weights.h5"), w -> {
            w.putDataset("W_h_initial", new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
            w.putDataset("W_h_final", M);
            w.putAttribute("init", "gaussian");
            w.putAttribute("orientation", "[post][pre]");
        });
    }

    @Test
    void aRunsWeightsAreReadAsTheirDeclaredPostPreOrientation() {
        Connectome c = connectome(TestReaders.READERS.read(weightsH5(), TestData.options(Map.of("dataset", "W_h_final"))));
        for (int post = 0; post < 3; post++) {
            for (int pre = 0; pre < 3; pre++) {
                assertThat(c.weight(post, pre)).as("W[%d][%d]", post, pre).isEqualTo(M[post][pre]);
            }
        }
        assertThat(c.provenance().orientation())
                .isEqualTo("rows = postsynaptic, columns = presynaptic (stored as read), from attribute orientation = "
                        + "[post][pre] on /");
        assertThat(c.provenance().datasetPaths()).containsExactly("W_h_final");
        Connectome agreeing = connectome(TestReaders.READERS.read(weightsH5(),
                TestData.options(Map.of("dataset", "W_h_final", "orientation", "rows-post"))));
        assertThat(agreeing.weight(0, 1)).isEqualTo(1.0);
        assertThatThrownBy(() -> TestReaders.READERS.read(weightsH5(), TestData.options(Map.of("dataset", "W_h_final",
                "orientation", "rows-pre")))).isInstanceOf(IngestException.class).hasMessage(dir.resolve("weights.h5")
                + ":/ (attribute orientation): the file declares [post][pre] but option orientation is rows-pre; "
                + "expected option orientation rows-post, or none (the declaration then decides)");
        assertThatThrownBy(() -> TestReaders.READERS.read(weightsH5(), Optional.empty())).isInstanceOf(IngestException.class)
                .hasMessageContaining("2 matrix candidates");
    }

    @Test
    void aDatasetsOwnDeclarationComesFirstAndOtherValuesDeclareNothing() {
        Path pre = H5Fixtures.write(dir.resolve("pre.h5"), w -> {
            w.putDataset("W", M).putAttribute("orientation", "[pre][post]");
            w.putAttribute("orientation", "[post][pre]");
        });
        Connectome c = connectome(TestReaders.READERS.read(pre, Optional.empty()));
        assertTheMatrix(c);
        assertThat(c.provenance().orientation()).endsWith("from attribute orientation = [pre][post] on /W");
        Path other = H5Fixtures.write(dir.resolve("other.h5"), w -> w.putDataset("W", M).putAttribute("orientation", "rows"));
        Connectome d = connectome(TestReaders.READERS.read(other, Optional.empty()));
        assertTheMatrix(d);
        assertThat(d.provenance().orientation()).endsWith("from option orientation's default rows-pre");
    }

    @Test
    void labelsFromFile() {
        Path labels = TestData.write(dir.resolve("names.txt"), "a\nb\nc\n");
        Connectome c = connectome(TestReaders.READERS.read(dense(), TestData.options(Map.of("labels-file", labels.toString()))));
        assertThat(weight(c, "c", "a")).isEqualTo(3.0);
    }
}
