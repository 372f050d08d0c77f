package org.richlazy.ingest.sonata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.SizeLimits;
import org.richlazy.ingest.LimitOptions;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.Provenance;
import org.richlazy.ingest.assemble.EdgeSums;
import org.richlazy.ingest.hdf5.H5File;
import org.richlazy.ingest.hdf5.Hdf5Reader;

/**
 * SONATA networks: {@code /edges/<pop>/{source_node_id, target_node_id, edge_type_id,
 * edge_group_id, edge_group_index}} with per-group columns under {@code /edges/<pop>/<group>/},
 * nodes under {@code /nodes/<pop>/{node_id, node_type_id}}, and space-separated type tables.
 *
 * <p>Orientation: {@code source_node_id} is presynaptic, {@code target_node_id} postsynaptic; an
 * edge lands at {@code W[target][source]}. Only a recurrent edge population (source and target in
 * the same node population) makes a Connectome.
 *
 * <p>Weight of an edge (option {@code property}): {@code syn_weight} (default) is the edge's own
 * {@code syn_weight} in its group when the group has that column, else its edge type's; {@code nsyns}
 * likewise; {@code syn_weight*nsyns} their product. Rows repeating a (source, target) pair are summed.
 *
 * <p>Sign rule (option {@code sign-rule}, recorded): {@code as-given} keeps the weights' signs;
 * {@code source-ei} requires non-negative weights and negates those whose source node type has
 * {@code ei = i}; {@code auto} (default) is {@code as-given} when any weight is negative, else
 * {@code source-ei} (as networks like {@code 300_intfire}, whose inhibition lives in the synapse
 * model, need).
 *
 * <p>Node and edge populations are chosen by name (options {@code node-population},
 * {@code edge-population}) or are the only one; ids may be uint64; the legacy {@code indicies}
 * spelling and index groups are ignored because the reader does not use the indices.
 */
public final class SonataReader extends Hdf5Reader<SonataOptions> {
    /** Format name. */
    public static final String FORMAT = "sonata";

    /** Whether a folder holds a SONATA network (exactly one {@code *edges.h5} beside a {@code *nodes.h5}). */
    public static boolean isNetworkFolder(Path folder) {
        return SonataFiles.isNetworkFolder(folder);
    }

    @Override
    public Class<SonataOptions> optionsType() {
        return SonataOptions.class;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    protected Ingested readHdf5(Path path, SonataOptions options, LimitOptions limitOptions) {
        String given = path.toString();
        String property = (options.property() == null ? SonataOptions.WeightRule.SYN_WEIGHT : options.property()).word();
        String signRule = (options.signRule() == null ? SonataOptions.SignRule.AUTO : options.signRule()).word();
        SonataFiles files = SonataFiles.find(path, options.edgePopulation());
        List<String> datasets = new ArrayList<>();
        EdgeTable edges;
        try (H5File h5 = H5File.open(files.edges())) {
            edges = EdgeTable.read(h5, files.edgePopulation(), datasets);
        }
        String nodePop = nodePopulation(files, edges, options);
        ReadLimits limits = ReadLimits.of(given, limitOptions);
        NodeTable nodes = NodeTable.read(files, nodePop, datasets, limits);
        int denseLimit = SizeLimits.maxNeurons(nodes.file(), limitOptions);
        TypeTable edgeTypes = TypeTable.read(files.edgeTypes(), "edge_type_id", limits);

        int n = nodes.size();
        int m = edges.size();
        Map<Long, Integer> position = nodes.positions();
        double[] w = new double[m];
        int[] pre = new int[m];
        int[] post = new int[m];
        EdgeWeights weights = new EdgeWeights(edges, edgeTypes, property);
        boolean anyNegative = false;
        for (int e = 0; e < m; e++) {
            pre[e] = endpoint(edges, position, e, true, nodePop);
            post[e] = endpoint(edges, position, e, false, nodePop);
            w[e] = weights.weight(e);
            anyNegative |= w[e] < 0;
        }
        String rule = signRule.equals("auto") ? (anyNegative ? "as-given" : "source-ei") : signRule;

        Provenance prov = new Provenance(List.of(files.edges().toString(), files.edgeTypes().toString(),
                nodes.file(), nodes.typesFile()), FORMAT, datasets,
                "edges: source_node_id = presynaptic, target_node_id = postsynaptic; stored W[target][source]", List.of())
                .withStep("read edges of population '" + edges.population() + "'", m, "every edge row");
        if (files.choice() != null) {
            prov = prov.withStep(files.choice(), m, "a folder with several networks");
        }
        for (Map.Entry<String, Integer> g : edges.groupSizes().entrySet()) {
            prov = prov.withStep("read edge group " + g.getKey() + " with columns " + edges.groupColumns(g.getKey()),
                    g.getValue(), "edges whose edge_group_id is " + g.getKey());
        }
        if (weights.overridden() > 0) {
            prov = prov.withStep("per-edge values used instead of the edge type's " + property, weights.overridden(),
                    "SONATA: a column in the edge group overrides the edge type's value");
        }
        prov = prov.withStep("weight = " + property, m, "option property = " + property);
        long negated = 0;
        long disagree = 0;
        for (int e = 0; e < m; e++) {
            CellSign s = nodes.sign(pre[e]);
            if (rule.equals("source-ei")) {
                if (w[e] < 0) {
                    throw new IngestException(files.edges().toString(), edges.path() + " edge " + e,
                            "negative weight " + w[e] + " under sign rule source-ei",
                            "non-negative weights (or sign-rule as-given)");
                }
                if (s == CellSign.UNKNOWN) {
                    throw new IngestException(nodes.typesFile(), "node " + nodes.id(pre[e]),
                            "source node type has no ei (e/i) for sign rule source-ei", "ei = e or i for every source node");
                }
                if (s == CellSign.INHIBITORY && w[e] != 0) {
                    w[e] = -w[e];
                    negated++;
                }
            } else if (w[e] != 0 && s != CellSign.UNKNOWN && (w[e] > 0) != (s == CellSign.EXCITATORY)) {
                disagree++;
            }
        }
        prov = rule.equals("source-ei")
                ? prov.withStep("signed weights by the source node type's ei (negated inhibitory)", negated,
                        "sign rule source-ei" + (signRule.equals("auto") ? " (auto: every weight was non-negative)" : ""))
                : prov.withStep("kept weight signs as given", disagree, "sign rule as-given"
                        + (signRule.equals("auto") ? " (auto: some weights are negative)" : "")
                        + "; count = edges whose sign disagrees with the source's ei");

        EdgeSums sums = new EdgeSums();
        for (int e = 0; e < m; e++) {
            sums.add(pre[e], post[e], w[e]);
        }
        if (sums.duplicates() > 0) {
            prov = prov.withStep("summed repeated (source, target) edges", sums.duplicates(),
                    "one row per synapse or per group: the pair's weights add");
        }
        long selfLoops = sums.diagonalEntries(n);
        if (selfLoops > 0) {
            prov = prov.withStep("kept self-loops", selfLoops, "autapses as listed; count = diagonal entries");
        }
        String unit = options.weightUnit() != null ? options.weightUnit() : switch (property) {
            case "nsyns" -> "synapse count (nsyns)";
            case "syn_weight" -> "syn_weight (simulator units, as given)";
            default -> "syn_weight x nsyns (simulator units)";
        };
        return new Ingested.Matrix(Connectome.sparse(nodes.neurons(), sums, unit, prov, denseLimit));
    }

    private static String nodePopulation(SonataFiles files, EdgeTable edges, SonataOptions options) {
        String src = edges.sourcePopulation();
        String tgt = edges.targetPopulation();
        String file = files.edges().toString();
        if (src != null && tgt != null && !src.equals(tgt)) {
            throw new IngestException(file, edges.path(), "edges run from population '" + src + "' to '" + tgt + "'",
                    "a recurrent edge population (source and target in one node population)");
        }
        String fromEdges = src != null ? src : tgt;
        if (options.nodePopulation() != null) {
            if (fromEdges != null && !fromEdges.equals(options.nodePopulation())) {
                throw new IngestException(file, edges.path(), "edges connect population '" + fromEdges
                        + "', not '" + options.nodePopulation() + "'", "option node-population matching the edges");
            }
            return options.nodePopulation();
        }
        return fromEdges;
    }

    private static int endpoint(EdgeTable edges, Map<Long, Integer> position, int e, boolean source, String pop) {
        long id = source ? edges.source(e) : edges.target(e);
        Integer p = position.get(id);
        if (p == null) {
            throw new IngestException(edges.file(), edges.path() + "/" + (source ? "source" : "target") + "_node_id[" + e + "]",
                    "edge names node " + id + ", unknown in node population '" + pop + "'",
                    "a node id of the population");
        }
        return p;
    }

    /** Effective weights per edge under a property rule, with the override count. */
    private static final class EdgeWeights {
        private final EdgeTable edges;
        private final TypeTable types;
        private final String property;
        private final Map<Long, double[]> typeValues = new HashMap<>();
        private long overridden;

        EdgeWeights(EdgeTable edges, TypeTable types, String property) {
            this.edges = edges;
            this.types = types;
            this.property = property;
        }

        double weight(int e) {
            return switch (property) {
                case "syn_weight" -> value(e, "syn_weight", 0);
                case "nsyns" -> value(e, "nsyns", 1);
                default -> value(e, "syn_weight", 0) * value(e, "nsyns", 1);
            };
        }

        private double value(int e, String column, int slot) {
            double[] perEdge = edges.column(e, column);
            long type = edges.hasTypes() ? edges.type(e) : Long.MIN_VALUE;
            double typeValue = type == Long.MIN_VALUE ? Double.NaN : typeValues.computeIfAbsent(type, t -> new double[] {
                types.number(t, "syn_weight", edges.path()), types.number(t, "nsyns", edges.path())})[slot];
            if (perEdge != null) {
                if (!Double.isNaN(typeValue) && property.contains(column)) {
                    overridden++;
                }
                return perEdge[edges.groupIndex(e)];
            }
            if (Double.isNaN(typeValue)) {
                throw new IngestException(edges.file(), edges.path() + " edge " + e, "no " + column + " for this edge "
                        + "(not in edge group " + edges.groupName(e) + ", and edge type " + (type == Long.MIN_VALUE ? "absent" : type)
                        + " in " + types.file() + " has none)", column + " in the edge group or the edge type table, or another option property");
            }
            return typeValue;
        }

        long overridden() {
            return overridden;
        }
    }
}
