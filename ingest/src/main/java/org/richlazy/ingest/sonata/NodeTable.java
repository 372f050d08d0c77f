package org.richlazy.ingest.sonata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.Neuron;
import org.richlazy.ingest.hdf5.H5File;

/**
 * One SONATA node population: node ids in file order (uint64 allowed; consecutive from 0 when
 * {@code node_id} is absent) with class ({@code pop_name} or {@code model_name}), sign ({@code ei})
 * and layer ({@code location} or {@code layer}) from the node type table.
 */
final class NodeTable {
    private final String file;
    private final String typesFile;
    private final long[] ids;
    private final List<Neuron> neurons;

    private NodeTable(String file, String typesFile, long[] ids, List<Neuron> neurons) {
        this.file = file;
        this.typesFile = typesFile;
        this.ids = ids;
        this.neurons = neurons;
    }

    static NodeTable read(SonataFiles files, String population, List<String> datasets, ReadLimits limits) {
        Map<Path, List<String>> present = new java.util.LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        for (Path p : files.nodes()) {
            try (H5File h5 = H5File.open(p)) {
                List<String> pops = H5File.childGroups(h5.group("/nodes")).keySet().stream().toList();
                present.put(p, pops);
                all.addAll(pops);
            }
        }
        String pop = population != null ? population
                : EdgeTable.choose(files.nodes().toString(), "/nodes", all, null, "node-population");
        for (Map.Entry<Path, List<String>> e : present.entrySet()) {
            if (e.getValue().contains(pop)) {
                return read(e.getKey(), pop, datasets, limits);
            }
        }
        throw new IngestException(files.nodes().toString(), "/nodes/" + pop, "no node population '" + pop
                + "' (present: " + all + ")", "the population the edges connect");
    }

    private static NodeTable read(Path nodesFile, String pop, List<String> datasets, ReadLimits limits) {
        String path = "/nodes/" + pop;
        long[] ids;
        long[] types;
        try (H5File h5 = H5File.open(nodesFile)) {
            types = h5.longs(path + "/node_type_id");
            datasets.add(nodesFile.getFileName() + ":" + path + "/node_type_id");
            if (h5.exists(path + "/node_id")) {
                ids = h5.longs(path + "/node_id");
                datasets.add(nodesFile.getFileName() + ":" + path + "/node_id");
            } else {
                ids = new long[types.length];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = i;
                }
            }
            if (ids.length != types.length) {
                throw new IngestException(h5.name(), path, ids.length + " node ids for " + types.length + " node types",
                        "one node_type_id per node");
            }
        }
        Path typesPath = SonataFiles.typesFor(nodesFile, SonataFiles.NODES, "node_types.csv");
        TypeTable typeTable = TypeTable.read(typesPath, "node_type_id", limits);
        List<Neuron> neurons = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            String used = path + " node " + ids[i];
            String ei = typeTable.value(types[i], "ei", used);
            CellSign sign = ei == null ? CellSign.UNKNOWN : switch (ei) {
                case "e" -> CellSign.EXCITATORY;
                case "i" -> CellSign.INHIBITORY;
                default -> throw new IngestException(typeTable.file(), "node_type_id " + types[i], "ei '" + ei + "'",
                        "e or i");
            };
            String cls = first(typeTable, types[i], used, "pop_name", "model_name");
            String layer = first(typeTable, types[i], used, "location", "layer");
            neurons.add(new Neuron(Long.toUnsignedString(ids[i]), cls, sign, layer));
        }
        return new NodeTable(nodesFile.toString(), typesPath.toString(), ids, List.copyOf(neurons));
    }

    private static String first(TypeTable t, long type, String used, String... columns) {
        for (String c : columns) {
            String v = t.value(type, c, used);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Node id -> matrix position. */
    Map<Long, Integer> positions() {
        Map<Long, Integer> map = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (map.put(ids[i], i) != null) {
                throw new IngestException(file, "node_id[" + i + "]", "duplicate node id " + ids[i], "unique node ids");
            }
        }
        return map;
    }

    int size() {
        return ids.length;
    }

    long id(int position) {
        return ids[position];
    }

    CellSign sign(int position) {
        return neurons.get(position).sign();
    }

    List<Neuron> neurons() {
        return neurons;
    }

    String file() {
        return file;
    }

    String typesFile() {
        return typesFile;
    }
}
