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
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.TestReaders;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.ReaderContract;
import org.richlazy.ingest.TestData;

/** Dense text matrices: Cook 2019 adjacency files and small hand-made variants. */
class DenseMatrixReaderTest implements ReaderContract {
    private static final String CHEM = "celegans/bgm_cook2019/herm_chem_adj.csv";
    private static final String ELEC = "celegans/bgm_cook2019/herm_elec_adj.csv";

    @TempDir
    Path dir;

    @Override
    public Ingested readSample() {
        return TestReaders.READERS.read(TestData.shared(CHEM), Optional.of(DenseMatrixReader.FORMAT));
    }

    @Override
    public Ingested readSampleDetected() {
        return TestReaders.READERS.read(TestData.shared(CHEM), Optional.empty());
    }

    @Override
    public String format() {
        return DenseMatrixReader.FORMAT;
    }

    @Override
    public String orientation() {
        return "rows = presynaptic, columns = postsynaptic (transposed into W[post][pre])";
    }

    /** 454 neurons (300 pre rows and 454 post columns aligned over their union), 4,879 synapse pairs. */
    @Override
    public int sampleNeurons() {
        return 454;
    }

    @Override
    public long sampleEdges() {
        return 4_879L;
    }

    @Test
    void cookChemicalRectangularAlignedOverUnion() {
        Connectome c = connectome(readSample());
        assertThat(c.size()).isEqualTo(454);
        assertThat(c.edgeCount()).isEqualTo(4879);
        assertThat(sum(c)).isEqualTo(28113.0);
        assertThat(weight(c, "I1L", "I2L")).isEqualTo(10.0); // row I1L (pre), column I2L (post)
        assertThat(weight(c, "I2L", "I1L")).isEqualTo(2.0);
        assertThat(c.neurons().get(0).id()).isEqualTo("I1L"); // BOM and empty corner cell handled
        assertThat(step(c, "aligned rows and columns").count()).isEqualTo(154);
        assertThat(step(c, "read empty cells as 0").count()).isEqualTo(131321);
    }

    @Test
    void cookElectricalSymmetric() {
        Connectome c = connectome(TestReaders.READERS.read(TestData.shared(ELEC), Optional.empty()));
        assertThat(c.size()).isEqualTo(469);
        assertThat(c.edgeCount()).isEqualTo(2883);
        assertThat(sum(c)).isEqualTo(23313.0);
        for (int i = 0; i < c.size(); i++) {
            for (int j = 0; j < c.size(); j++) {
                assertThat(c.weight(i, j)).isEqualTo(c.weight(j, i));
            }
        }
    }

    @Test
    void orientationOption() {
        Path f = TestData.write(dir.resolve("m.tsv"), "\"a\"\t\"b\"\n0\t5\n7\t0\n");
        Connectome pre = connectome(TestReaders.READERS.read(f, Optional.empty()));
        assertThat(weight(pre, "a", "b")).isEqualTo(5.0); // row a (pre) -> column b (post)
        Connectome post = connectome(TestReaders.READERS.read(f, TestData.options(Map.of("orientation", "rows-post"))));
        assertThat(weight(post, "b", "a")).isEqualTo(5.0); // row a is post, column b is pre
        assertThat(post.provenance().orientation()).startsWith("rows = postsynaptic");
    }

    @Test
    void headerlessSpaceSeparatedWithLabelsFile() {
        Path f = TestData.write(dir.resolve("m.txt"), "0  1.5 0\r\n0 0 2\r\n3 0   0\r\n");
        Path labels = TestData.write(dir.resolve("labels.txt"), "x\ny\nz\n");
        Connectome c = connectome(TestReaders.READERS.read(f, TestData.options(Map.of("format", "dense-text",
                "labels-file", labels.toString()))));
        assertThat(weight(c, "x", "y")).isEqualTo(1.5);
        assertThat(weight(c, "z", "x")).isEqualTo(3.0);
        Connectome byIndex = connectome(TestReaders.READERS.read(f, Optional.of("dense-text")));
        assertThat(weight(byIndex, "1", "2")).isEqualTo(2.0);
        assertThat(step(byIndex, "named neurons by 0-based index").count()).isEqualTo(3);
    }

    @Test
    void rowLabelsOnly() {
        Path f = TestData.write(dir.resolve("m.csv"), "p,0,4\nq,1,0\n");
        Connectome c = connectome(TestReaders.READERS.read(f, Optional.of("dense-text")));
        assertThat(weight(c, "p", "q")).isEqualTo(4.0);
    }
}
