package org.richlazy.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.IngestOptions;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.Readers;
import org.richlazy.transform.matrix.DenseMatrix;
import org.richlazy.transform.matrix.SparseMatrix;
import org.richlazy.transform.store.InitStore;

/** A network written as SONATA reads back through this project's SONATA reader as the same matrix, classes and signs. */
class SonataExportTest {
    private static final double[][] W = {{0, 0.5, -1.25, 0}, {2, 0, 0, 0}, {0, 0.75, 0.1, -3}, {1, 0, 0, 0}};
    private static final List<InitStore.NeuronRow> NEURONS = List.of(new InitStore.NeuronRow("E#0", "E", "excitatory"),
            new InitStore.NeuronRow("E#1", "L2/3 E", "excitatory"), new InitStore.NeuronRow("PV#0", "PV", "inhibitory"),
            new InitStore.NeuronRow("x", "", "unknown"));

    @TempDir
    Path dir;

    private static Connectome read(Path folder) {
        Ingested in = TestRoot.get(Readers.class).read(folder, IngestOptions.of(Map.of("sign-rule", "as-given")));
        return ((Ingested.Matrix) in).connectome();
    }

    @Test
    void aDenseAndASparseMatrixReadBackUnchanged() {
        SonataExport.write(dir.resolve("dense"), new DenseMatrix(W), NEURONS);
        SonataExport.write(dir.resolve("sparse"), SparseMatrix.of(W), NEURONS);
        for (String layout : List.of("dense", "sparse")) {
            Connectome c = read(dir.resolve(layout));
            assertThat(c.weightsCopy()).as(layout).isDeepEqualTo(W);
            assertThat(c.neurons()).extracting(n -> n.cellClass()).containsExactly("E", "L2/3 E", "PV", "cell");
            assertThat(c.neurons()).extracting(n -> n.sign()).containsExactly(CellSign.EXCITATORY,
                    CellSign.EXCITATORY, CellSign.INHIBITORY, CellSign.UNKNOWN);
        }
    }

    @Test
    void withoutNeuronsTheNodesAreNamedByIndex() {
        SonataExport.write(dir.resolve("bare"), new DenseMatrix(W), List.of());
        Connectome c = read(dir.resolve("bare"));
        assertThat(c.weightsCopy()).isDeepEqualTo(W);
        assertThat(c.neurons()).extracting(n -> n.sign()).containsOnly(CellSign.UNKNOWN);
    }
}
