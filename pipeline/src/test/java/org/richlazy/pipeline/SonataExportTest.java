package org.richlazy.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
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

    /**
     * h5py (where the machine has it; skipped with a message otherwise) reads the same matrix from the edge table, the
     * same afferent and efferent edges of every node through the SONATA index, and the node types with their classes.
     */
    @Test
    void h5pyReadsTheSameNetworkAndIndex() throws Exception {
        String python = PythonScript.pythonWith("h5py", "numpy");
        Assumptions.assumeTrue(python != null, "python3 with h5py and numpy is not installed; h5py cross-check skipped");
        SonataExport.write(dir.resolve("net"), SparseMatrix.of(W), NEURONS);
        String script = String.join("\n",
                "import sys, csv, h5py, numpy as np",
                "d = sys.argv[1] + '/'",
                "nodes = h5py.File(d + 'richlazy_nodes.h5')['nodes/richlazy']",
                "edges = h5py.File(d + 'richlazy_richlazy_edges.h5')['edges/richlazy_to_richlazy']",
                "n = len(nodes['node_id'])",
                "src, tgt = edges['source_node_id'][()], edges['target_node_id'][()]",
                "assert edges['source_node_id'].attrs['node_population'] in ('richlazy', b'richlazy')",
                "w = np.zeros((n, n)); w[tgt, src] = edges['0/syn_weight'][()]",
                "def side(name, ids):",
                "    g = edges['indices/' + name]",
                "    out = []",
                "    for i in range(n):",
                "        a, b = g['node_id_to_ranges'][i]",
                "        es = [e for r in g['range_to_edge_id'][a:b] for e in range(r[0], r[1])]",
                "        assert all(ids[e] == i for e in es)",
                "        out.append(len(es))",
                "    return out",
                "types = {r['node_type_id']: r for r in csv.DictReader(open(d + 'richlazy_node_types.csv'), delimiter=' ')}",
                "print(';'.join(','.join(repr(float(v)) for v in row) for row in w))",
                "print(side('target_to_source', tgt), side('source_to_target', src))",
                "print('|'.join(types[str(t)]['pop_name'] + ':' + types[str(t)]['ei'] for t in nodes['node_type_id'][()]))",
                "import json",
                "edge_type = next(csv.DictReader(open(d + 'richlazy_richlazy_edge_types.csv'), delimiter=' '))",
                "params = {r['dynamics_params'] for r in types.values()} | {edge_type['dynamics_params']}",
                "print(sorted((p, json.load(open(d + p))) for p in params))");
        List<String> out = PythonScript.run(python, dir, script, dir.resolve("net").toString());
        StringBuilder expected = new StringBuilder();
        for (double[] row : W) {
            expected.append(expected.length() == 0 ? "" : ";").append(java.util.Arrays.stream(row)
                    .mapToObj(Double::toString).collect(java.util.stream.Collectors.joining(",")));
        }
        assertThat(out.get(0)).isEqualTo(expected.toString());
        assertThat(out.get(1)).isEqualTo("[2, 1, 3, 1] [2, 2, 2, 1]");
        assertThat(out.get(2)).isEqualTo("E:e|L2/3 E:e|PV:i|cell:NONE");
        assertThat(out.get(3)).isEqualTo("[('richlazy_point_neuron.json', {}), ('richlazy_static_synapse.json', {})]");
    }

    /** A network without synapses is refused in one line naming the folder (HDF5 here writes no empty dataset). */
    @Test
    void aNetworkWithoutSynapsesIsRefused() {
        assertThatThrownBy(() -> SonataExport.write(dir.resolve("empty"), new DenseMatrix(new double[3][3]), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty: a network without synapses is not written as SONATA");
    }

    @Test
    void withoutNeuronsTheNodesAreNamedByIndex() {
        SonataExport.write(dir.resolve("bare"), new DenseMatrix(W), List.of());
        Connectome c = read(dir.resolve("bare"));
        assertThat(c.weightsCopy()).isDeepEqualTo(W);
        assertThat(c.neurons()).extracting(n -> n.sign()).containsOnly(CellSign.UNKNOWN);
    }
}
