package org.richlazy.ingest.sonata;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.hdf5.H5File;

/**
 * One SONATA edge population read into memory: endpoints, types, group membership, and the
 * {@code syn_weight} / {@code nsyns} columns of each group. Index groups ({@code indices}, or the
 * legacy spelling {@code indicies}) are skipped.
 */
final class EdgeTable {
    private static final List<String> INDEX_GROUPS = List.of("indices", "indicies");
    private static final List<String> WEIGHT_COLUMNS = List.of("syn_weight", "nsyns");
    private final String file;
    private final String population;
    private final String path;
    private final long[] source;
    private final long[] target;
    private final long[] type;
    private final long[] groupId;
    private final long[] groupIndex;
    private final String sourcePopulation;
    private final String targetPopulation;
    private final Map<String, Map<String, double[]>> groupColumns = new LinkedHashMap<>();
    private final Map<String, List<String>> groupColumnNames = new LinkedHashMap<>();
    private final Map<String, Integer> groupSizes = new LinkedHashMap<>();

    private EdgeTable(H5File h5, String population, List<String> datasets) {
        this.file = h5.name();
        this.population = population;
        this.path = "/edges/" + population;
        this.source = ids(h5, "source_node_id", datasets);
        this.target = ids(h5, "target_node_id", datasets);
        this.type = h5.exists(path + "/edge_type_id") ? ids(h5, "edge_type_id", datasets) : null;
        this.groupId = ids(h5, "edge_group_id", datasets);
        this.groupIndex = ids(h5, "edge_group_index", datasets);
        this.sourcePopulation = H5File.stringAttribute(h5.dataset(path + "/source_node_id"), "node_population");
        this.targetPopulation = H5File.stringAttribute(h5.dataset(path + "/target_node_id"), "node_population");
        int m = source.length;
        for (long[] a : new long[][] {target, type == null ? target : type, groupId, groupIndex}) {
            if (a.length != m) {
                throw new IngestException(file, path, "edge datasets of different lengths (" + m + " sources, "
                        + a.length + " in another)", "one entry per edge in every edge dataset");
            }
        }
        for (Map.Entry<String, Group> g : H5File.childGroups(h5.group(path)).entrySet()) {
            if (INDEX_GROUPS.contains(g.getKey())) {
                continue;
            }
            Map<String, double[]> cols = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            for (Node n : g.getValue()) {
                names.add(n.getName());
                if (n instanceof Dataset && WEIGHT_COLUMNS.contains(n.getName())) {
                    String p = path + "/" + g.getKey() + "/" + n.getName();
                    cols.put(n.getName(), h5.doubles(p));
                    datasets.add(p);
                }
            }
            groupColumns.put(g.getKey(), cols);
            groupColumnNames.put(g.getKey(), names);
        }
        for (int e = 0; e < m; e++) {
            String g = String.valueOf(groupId[e]);
            Map<String, double[]> cols = groupColumns.get(g);
            if (cols == null) {
                throw new IngestException(file, path + "/edge_group_id[" + e + "]", "edge group " + g
                        + " has no group " + path + "/" + g, "a group for every edge_group_id");
            }
            for (Map.Entry<String, double[]> c : cols.entrySet()) {
                if (groupIndex[e] < 0 || groupIndex[e] >= c.getValue().length) {
                    throw new IngestException(file, path + "/edge_group_index[" + e + "]", "index " + groupIndex[e]
                            + " outside " + path + "/" + g + "/" + c.getKey() + " of length " + c.getValue().length,
                            "an index into the group's columns");
                }
            }
            groupSizes.merge(g, 1, Integer::sum);
        }
    }

    private long[] ids(H5File h5, String name, List<String> datasets) {
        datasets.add(path + "/" + name);
        return h5.longs(path + "/" + name);
    }

    static EdgeTable read(H5File h5, String populationOption, List<String> datasets) {
        Map<String, Group> pops = H5File.childGroups(h5.group("/edges"));
        String pop = choose(h5.name(), "/edges", pops.keySet().stream().toList(), populationOption, "edge-population");
        return new EdgeTable(h5, pop, datasets);
    }

    /** The population named by the option, or the only one. */
    static String choose(String file, String where, List<String> present, String option, String optionName) {
        if (option != null) {
            if (!present.contains(option)) {
                throw new IngestException(file, where, "no population '" + option + "' (present: " + present + ")",
                        "option " + optionName + " naming one of " + present);
            }
            return option;
        }
        if (present.size() != 1) {
            throw new IngestException(file, where, present.size() + " populations " + present,
                    "exactly one, or option " + optionName + " naming one");
        }
        return present.get(0);
    }

    int size() {
        return source.length;
    }

    String file() {
        return file;
    }

    String population() {
        return population;
    }

    String path() {
        return path;
    }

    long source(int e) {
        return source[e];
    }

    long target(int e) {
        return target[e];
    }

    boolean hasTypes() {
        return type != null;
    }

    long type(int e) {
        return type[e];
    }

    String groupName(int e) {
        return String.valueOf(groupId[e]);
    }

    int groupIndex(int e) {
        return (int) groupIndex[e];
    }

    /** The per-edge column of this edge's group, or null when the group lacks it. */
    double[] column(int e, String column) {
        return groupColumns.get(groupName(e)).get(column);
    }

    String sourcePopulation() {
        return sourcePopulation;
    }

    String targetPopulation() {
        return targetPopulation;
    }

    Map<String, Integer> groupSizes() {
        return groupSizes;
    }

    List<String> groupColumns(String group) {
        return groupColumnNames.get(group);
    }
}
