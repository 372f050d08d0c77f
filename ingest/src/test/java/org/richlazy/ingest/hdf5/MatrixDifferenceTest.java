package org.richlazy.ingest.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.richlazy.ingest.Matrices.connectome;
import static org.richlazy.ingest.Matrices.step;

import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.TestReaders;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.IngestOptions;
import org.richlazy.ingest.ProvenanceStep;
import org.richlazy.ingest.TestData;

/**
 * Option {@code subtract} of {@code hdf5-matrix}: files laid out as a run's {@code weights.h5}
 * (two [post][pre] datasets, root attribute orientation), written with jhdf, with
 * {@code W_h_final - W_h_initial = [[-1, 1, 0], [0, -1, 2], [3, 0, 3]]}, Frobenius norms sqrt(30),
 * sqrt(3) and 5.
 */
class MatrixDifferenceTest {
    private static final double[][] FINAL = {{0, 1, 0}, {0, 0, 2}, {3, 0, 4}};
    private static final double[][] INITIAL = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

    @TempDir
    Path dir;

    private Path weights(Consumer<WritableHdfFile> more) {
        return H5Fixtures.write(dir.resolve("weights.h5"), w -> {
            w.putDataset("W_h_initial", INITIAL);
            w.putDataset("W_h_final", FINAL);
            w.putAttribute("orientation", "[post][pre]");
            more.accept(w);
        });
    }

    private static IngestOptions options(String dataset, String subtract) {
        return TestData.options(Map.of("dataset", dataset, "subtract", subtract));
    }

    private IngestException refused(Consumer<WritableHdfFile> more, String dataset, String subtract) {
        Path file = weights(more);
        try {
            TestReaders.READERS.read(file, options(dataset, subtract));
        } catch (IngestException e) {
            assertThat(e.file()).isEqualTo(file.toString());
            return e;
        }
        throw new AssertionError("read without an error");
    }

    @Test
    void theChangeTrainingMadeIsFinalMinusInitial() {
        Connectome c = connectome(TestReaders.READERS.read(weights(w -> { }), options("W_h_final", "W_h_initial")));
        for (int post = 0; post < 3; post++) {
            for (int pre = 0; pre < 3; pre++) {
                assertThat(c.weight(post, pre)).isEqualTo(FINAL[post][pre] - INITIAL[post][pre]);
            }
        }
        assertThat(c.edgeCount()).isEqualTo(6);
        assertThat(c.provenance().datasetPaths()).containsExactly("W_h_final", "W_h_initial");
        assertThat(c.provenance().steps()).extracting(ProvenanceStep::action).containsSubsequence(
                "read dense dataset W_h_final", "read dense dataset W_h_initial", "subtracted W_h_initial from W_h_final");
        ProvenanceStep s = step(c, "subtracted W_h_initial from W_h_final");
        assertThat(s.count()).isEqualTo(9);
        assertThat(s.reason()).isEqualTo("option subtract: every entry is W_h_final - W_h_initial; Frobenius norms "
                + "5.47723 (W_h_final), 1.73205 (W_h_initial), 5.00000 (difference)");
    }

    @Test
    void aSparseGroupCanBeSubtractedFromADenseDatasetOfTheSameOrientation() {
        Path f = H5Fixtures.write(dir.resolve("mixed.h5"), w -> {
            w.putDataset("A", FINAL);
            WritableGroup g = w.putGroup("B");
            g.putAttribute("shape", new int[] {3, 3});
            g.putDataset("row", new long[] {0, 1, 2, 2});
            g.putDataset("col", new long[] {0, 1, 2, 2});
            g.putDataset("data", new double[] {1, 1, 1, 0.5});
        });
        Connectome c = connectome(TestReaders.READERS.read(f, options("A", "/B")));
        assertThat(c.weight(0, 2)).isEqualTo(3.0); // rows pre by default: stored (2, 0) is W[post 0][pre 2]
        assertThat(c.weight(0, 0)).isEqualTo(-1.0);
        assertThat(c.weight(2, 2)).isEqualTo(2.5);
        assertThat(step(c, "summed repeated (row, column) entries").count()).isEqualTo(1);
        assertThat(c.provenance().datasetPaths()).containsExactly("A", "/B/row", "/B/col", "/B/data");
    }

    @Test
    void aMissingSubtrahendNamesBothDatasets() {
        IngestException e = refused(w -> { }, "W_h_final", "W_h_start");
        assertThat(e.location()).isEqualTo("W_h_start");
        assertThat(e.expected()).isEqualTo("a 2-D dataset or a sparse matrix group of the same file to subtract from "
                + "W_h_final (option subtract)");
    }

    @Test
    void aSubtrahendOfAnotherShapeNamesBothDatasets() {
        IngestException small = refused(w -> w.putDataset("W_small", new double[][] {{1, 0}, {0, 1}}), "W_h_final",
                "W_small");
        assertThat(small).hasMessage(dir.resolve("weights.h5") + ":W_small (option subtract): a 2 x 2 matrix to subtract "
                + "from W_h_final, a 3 x 3 matrix; expected a 3 x 3 matrix, the shape of W_h_final");
        IngestException vector = refused(w -> w.putDataset("v", new double[] {1, 2, 3}), "W_h_final", "v");
        assertThat(vector.getMessage()).contains("a 1-D dataset to subtract from W_h_final");
    }

    @Test
    void aSubtrahendOfAnotherOrientationIsRefused() {
        IngestException e = refused(w -> w.putDataset("W_pre_post", INITIAL).putAttribute("orientation", "[pre][post]"),
                "W_h_final", "W_pre_post");
        assertThat(e.location()).isEqualTo("W_pre_post (option subtract)");
        assertThat(e.getMessage()).contains("from attribute orientation = [pre][post] on W_pre_post, while W_h_final has "
                + "rows = postsynaptic");
        assertThat(e.expected()).isEqualTo("the orientation of W_h_final");
    }

    @Test
    void subtractingAMatrixFromItselfIsRefused() {
        IngestException e = refused(w -> { }, "W_h_final", "/W_h_final");
        assertThat(e.getMessage()).contains("the same matrix as dataset W_h_final");
    }

    @Test
    void aNonFiniteDifferenceNamesBothDatasetsAndTheEntry() {
        IngestException e = refused(w -> {
            w.putDataset("big", new double[][] {{0, 0}, {0, 1e308}});
            w.putDataset("negative", new double[][] {{0, 0}, {0, -1e308}});
        }, "big", "negative");
        assertThat(e.location()).isEqualTo("big - negative at W[post 1][pre 1]");
        assertThat(e.getMessage()).contains("difference 1.0E308 - -1.0E308 = Infinity");
    }

    @Test
    void aNonFiniteEntryOfTheSubtrahendIsLocatedInIt() {
        IngestException e = refused(w -> w.putDataset("W_nan", new double[][] {{1, 0, 0}, {0, Double.NaN, 0}, {0, 0, 1}}),
                "W_h_final", "W_nan");
        assertThat(e.location()).isEqualTo("W_nan[4]");
    }

    @Test
    void otherFormatsRefuseTheOption() {
        Path csv = TestData.write(dir.resolve("m.csv"), "0,1\n1,0\n");
        assertThatThrownBy(() -> TestReaders.READERS.read(csv, TestData.options(Map.of("subtract", "W"))))
                .isInstanceOf(IngestException.class).hasMessageContaining("option subtract = W is not used by format");
    }
}
