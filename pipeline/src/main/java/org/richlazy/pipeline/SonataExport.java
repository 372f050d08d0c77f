package org.richlazy.pipeline;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.richlazy.train.RunResult;
import org.richlazy.train.RunStore;
import org.richlazy.transform.matrix.RecurrentMatrix;
import org.richlazy.transform.store.InitStore;

/**
 * Writes recurrent weights as SONATA networks (docs/formats.md#writing-sonata-richlazy-export-sonata): one node
 * population {@value #POPULATION} of N point neurons and one recurrent edge population, an edge per nonzero
 * {@code W[post][pre]} with {@code source_node_id = pre}, {@code target_node_id = post} and {@code syn_weight} the
 * weight as it is (signed; no nsyns). Node types carry each neuron's cell class ({@code pop_name}) and sign
 * ({@code ei}: {@code e}, {@code i}, or {@code NONE} when unknown); node ids are the matrix indices, with each
 * neuron's id in the source kept as {@code source_id}. Node and edge types name a {@code dynamics_params} file each,
 * written beside them as an empty JSON object (the simulator's defaults), as BMTK's PointNet loads them. The network
 * reads back unchanged through this project's
 * SONATA reader with {@code sign-rule: as-given}.
 */
public final class SonataExport {
    /** The node population's name. */
    public static final String POPULATION = "richlazy";
    /** The one edge type. */
    static final long EDGE_TYPE = 100;
    /** The first node type id. */
    static final long FIRST_NODE_TYPE = 100;
    /** The node types' {@code dynamics_params} file (an empty JSON object), in the network's folder. */
    static final String NEURON_PARAMS = "richlazy_point_neuron.json";
    /** The edge type's {@code dynamics_params} file (an empty JSON object), in the network's folder. */
    static final String SYNAPSE_PARAMS = "richlazy_static_synapse.json";

    private SonataExport() {
    }

    /**
     * Writes every init of {@code results} to {@code out/inits/<init>/} and the trained W_h of every run (or of the
     * run folder named {@code run}) to {@code out/runs/<run>/}.
     *
     * @return the network folders written
     */
    public static List<Path> exportResults(Path results, String run, Path out) {
        List<InitStore.NeuronRow> neurons = InitStore.readNeurons(results);
        List<Path> written = new ArrayList<>();
        if (run == null) {
            for (var summary : InitStore.readSummary(results)) {
                String name = summary.name();
                Path folder = out.resolve("inits").resolve(name);
                write(folder, InitStore.read(results, name).weights(), neurons);
                written.add(folder);
            }
        }
        for (RunResult r : RunStore.readAll(results)) {
            String folderName = RunStore.folderName(r.init(), r.task(), r.seed());
            if (run != null && !run.equals(folderName)) {
                continue;
            }
            Path folder = out.resolve("runs").resolve(folderName);
            write(folder, RunStore.readWeights(results, r.init(), r.task(), r.seed()).last(), neurons);
            written.add(folder);
        }
        if (run != null && written.isEmpty()) {
            throw new IllegalArgumentException(results + ": no run folder '" + run + "' (runs: "
                    + String.join(", ", RunStore.folders(results)) + ")");
        }
        return written;
    }

    /** Writes {@code w} with {@code neurons} (empty: names and signs unknown) as a SONATA network in {@code folder}. */
    public static void write(Path folder, RecurrentMatrix w, List<InitStore.NeuronRow> neurons) {
        int n = w.size();
        if (!neurons.isEmpty() && neurons.size() != n) {
            throw new IllegalArgumentException(neurons.size() + " neurons listed for a matrix of " + n);
        }
        if (w.nonzeros() == 0) {
            throw new IllegalArgumentException(folder + ": a network without synapses is not written as SONATA (its "
                    + "edge table would be empty, which the HDF5 writer cannot write)");
        }
        try {
            Files.createDirectories(folder);
            Map<String, Long> types = new LinkedHashMap<>();
            long[] nodeType = new long[n];
            String[] sourceIds = new String[n];
            for (int i = 0; i < n; i++) {
                String cellClass = neurons.isEmpty() || neurons.get(i).cellClass().isEmpty() ? "cell"
                        : neurons.get(i).cellClass();
                String ei = neurons.isEmpty() ? "NONE" : switch (neurons.get(i).sign()) {
                    case "excitatory" -> "e";
                    case "inhibitory" -> "i";
                    default -> "NONE";
                };
                nodeType[i] = types.computeIfAbsent(cellClass + " " + ei, k -> FIRST_NODE_TYPE + types.size());
                sourceIds[i] = neurons.isEmpty() ? Integer.toString(i) : neurons.get(i).id();
            }
            writeNodes(folder.resolve(POPULATION + "_nodes.h5"), nodeType, sourceIds);
            StringBuilder nodeTypes = new StringBuilder(
                    "node_type_id pop_name ei model_type model_template dynamics_params\n");
            types.forEach((key, id) -> nodeTypes.append(id).append(' ').append(quoted(key.substring(0,
                    key.lastIndexOf(' ')))).append(' ').append(key.substring(key.lastIndexOf(' ') + 1))
                    .append(" point_process nest:iaf_psc_alpha ").append(NEURON_PARAMS).append('\n'));
            Files.writeString(folder.resolve(POPULATION + "_node_types.csv"), nodeTypes, StandardCharsets.UTF_8);
            writeEdges(folder.resolve(POPULATION + "_" + POPULATION + "_edges.h5"), w);
            Files.writeString(folder.resolve(POPULATION + "_" + POPULATION + "_edge_types.csv"),
                    "edge_type_id model_template delay dynamics_params\n" + EDGE_TYPE + " static_synapse 1.0 "
                            + SYNAPSE_PARAMS + "\n", StandardCharsets.UTF_8);
            // empty parameter sets: the simulator's defaults, until the user puts a model's parameters in them
            Files.writeString(folder.resolve(NEURON_PARAMS), "{}\n", StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(SYNAPSE_PARAMS), "{}\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a SONATA network into " + folder, e);
        }
    }

    private static String quoted(String text) {
        return text.contains(" ") ? "\"" + text + "\"" : text;
    }

    private static void writeNodes(Path file, long[] nodeType, String[] sourceIds) {
        int n = nodeType.length;
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        try (WritableHdfFile h = HdfFile.write(file)) {
            WritableGroup pop = h.putGroup("nodes").putGroup(POPULATION);
            pop.putDataset("node_id", ids);
            pop.putDataset("node_type_id", nodeType);
            pop.putDataset("node_group_id", new int[n]);
            pop.putDataset("node_group_index", ids.clone());
            pop.putGroup("0").putDataset("source_id", sourceIds);
        }
    }

    private static void writeEdges(Path file, RecurrentMatrix w) {
        int m = (int) w.nonzeros();
        long[] source = new long[m];
        long[] target = new long[m];
        double[] weight = new double[m];
        int[] k = {0};
        w.forEachNonzero((post, pre, v) -> {
            source[k[0]] = pre;
            target[k[0]] = post;
            weight[k[0]] = v;
            k[0]++;
        });
        long[] index = new long[m];
        long[] type = new long[m];
        for (int e = 0; e < m; e++) {
            index[e] = e;
            type[e] = EDGE_TYPE;
        }
        try (WritableHdfFile h = HdfFile.write(file)) {
            WritableGroup pop = h.putGroup("edges").putGroup(POPULATION + "_to_" + POPULATION);
            WritableDataset s = pop.putDataset("source_node_id", source);
            s.putAttribute("node_population", POPULATION);
            WritableDataset t = pop.putDataset("target_node_id", target);
            t.putAttribute("node_population", POPULATION);
            pop.putDataset("edge_type_id", type);
            pop.putDataset("edge_group_id", new int[m]);
            pop.putDataset("edge_group_index", index);
            pop.putGroup("0").putDataset("syn_weight", weight);
            WritableGroup indices = pop.putGroup("indices");
            writeIndex(indices.putGroup("source_to_target"), source, w.size());
            writeIndex(indices.putGroup("target_to_source"), target, w.size());
        }
    }

    /**
     * The SONATA edge index of one side ({@code nodeIds}: each edge's source or target node): {@code range_to_edge_id}
     * lists the runs of consecutive edges with the same node as [first edge, last edge + 1), and row i of
     * {@code node_id_to_ranges} the rows of node i's runs, [first, last + 1), empty ([r, r]) for a node without edges.
     * Simulators and libsonata find a node's afferent or efferent edges through it.
     */
    private static void writeIndex(WritableGroup group, long[] nodeIds, int nodes) {
        List<List<long[]>> runs = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            runs.add(new ArrayList<>());
        }
        int start = 0;
        for (int e = 1; e <= nodeIds.length; e++) {
            if (e == nodeIds.length || nodeIds[e] != nodeIds[start]) {
                runs.get((int) nodeIds[start]).add(new long[] {start, e});
                start = e;
            }
        }
        long[][] nodeToRanges = new long[nodes][];
        List<long[]> ranges = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            nodeToRanges[i] = new long[] {ranges.size(), ranges.size() + runs.get(i).size()};
            ranges.addAll(runs.get(i));
        }
        group.putDataset("node_id_to_ranges", nodeToRanges);
        group.putDataset("range_to_edge_id", ranges.toArray(long[][]::new));
    }
}
