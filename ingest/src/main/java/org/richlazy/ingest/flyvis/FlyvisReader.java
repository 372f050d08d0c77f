package org.richlazy.ingest.flyvis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.richlazy.ingest.CellClass;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.CellTypeTable;
import org.richlazy.ingest.ConnectivityReader;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.IoFailure;
import org.richlazy.ingest.LimitOptions;
import org.richlazy.ingest.Provenance;
import org.richlazy.ingest.SizeLimits;

/**
 * The flyvis connectome description (TuragaLab/flyvis, e.g. {@code fib25-fib19_v2.2.json}; Lappalainen et al. 2024;
 * docs/formats.md#flyvis-the-flyvis-connectome-description) as a cell-type table: {@code nodes} name the cell types,
 * {@code edges} give each (src, tar) type pair its sign ({@code alpha} +1 or -1) and its synapse counts per column
 * offset ({@code offsets: [[[du, dv], count], ...]}). The JSON describes a hexagonal lattice of columns, not a table,
 * so the choices, ours and recorded in provenance, are those of the example table made from the same file
 * (examples/data/flyvis-fib25-celltypes): every type in equal proportion; a type's sign the sign of its outgoing
 * synapses, the larger synapse count deciding where a type has both (a tie, or a type whose edges carry no synapses:
 * the sign of its first edge, as the script's Counter decides; no edges: excitatory); probability 1 for a type pair with an edge;
 * strength its synapse count summed over the offsets. Orientation: src presynaptic, tar postsynaptic, stored
 * {@code [post][pre]}.
 */
public final class FlyvisReader implements ConnectivityReader<FlyvisOptions> {
    /** Format name. */
    public static final String FORMAT = "flyvis";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Class<FlyvisOptions> optionsType() {
        return FlyvisOptions.class;
    }

    /**
     * Whether the JSON file at {@code path} looks like a flyvis description: its first 4 KB hold the {@code nodes} array
     * and a node's lattice {@code pattern}.
     */
    public static boolean isDescription(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            return head.contains("\"nodes\"") && head.contains("\"pattern\"");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Ingested read(Path path, FlyvisOptions options, LimitOptions limits) {
        String file = path.toString();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(path.toFile());
        } catch (IOException e) {
            throw new IngestException(file, "", "not readable JSON (" + IoFailure.describe(e) + ")",
                    "the flyvis connectome description (nodes, edges)");
        }
        JsonNode nodes = root.path("nodes");
        JsonNode edges = root.path("edges");
        if (!nodes.isArray() || !edges.isArray() || nodes.isEmpty()) {
            throw new IngestException(file, "", "no arrays 'nodes' and 'edges'", "the flyvis connectome description");
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String name = nodes.get(i).path("name").asText(null);
            if (name == null || index.putIfAbsent(name, i) != null) {
                throw new IngestException(file, "nodes[" + i + "]", name == null ? "no name" : "type " + name
                        + " twice", "a distinct name per node");
            }
        }
        int k = index.size();
        SizeLimits.requireMatrix(file, "nodes", k, limits);
        double[][] strength = new double[k][k];
        double[][] probability = new double[k][k];
        double[] excitatory = new double[k];
        double[] inhibitory = new double[k];
        int[] firstAlpha = new int[k];
        for (int e = 0; e < edges.size(); e++) {
            JsonNode edge = edges.get(e);
            String at = "edges[" + e + "]";
            Integer pre = index.get(edge.path("src").asText());
            Integer post = index.get(edge.path("tar").asText());
            if (pre == null || post == null) {
                throw new IngestException(file, at, "src " + edge.path("src") + ", tar " + edge.path("tar"),
                        "two types listed in nodes");
            }
            double synapses = 0;
            for (JsonNode offset : edge.path("offsets")) {
                double count = offset.path(1).asDouble(Double.NaN);
                if (!(count >= 0)) {
                    throw new IngestException(file, at, "offset " + offset, "[[du, dv], a synapse count of 0 or more]");
                }
                synapses += count;
            }
            int alpha = edge.path("alpha").asInt(0);
            if (alpha != 1 && alpha != -1) {
                throw new IngestException(file, at, "alpha " + edge.path("alpha"), "+1 or -1");
            }
            (alpha > 0 ? excitatory : inhibitory)[pre] += synapses;
            firstAlpha[pre] = firstAlpha[pre] == 0 ? alpha : firstAlpha[pre];
            strength[post][pre] += synapses;
            probability[post][pre] = strength[post][pre] > 0 ? 1 : probability[post][pre];
        }
        List<CellClass> classes = new ArrayList<>();
        double share = Math.round(1e10 / k) / 1e10;
        int bothSigns = 0;
        for (Map.Entry<String, Integer> t : index.entrySet()) {
            int i = t.getValue();
            double proportion = i < k - 1 ? share : 1 - share * (k - 1);
            bothSigns += excitatory[i] > 0 && inhibitory[i] > 0 ? 1 : 0;
            boolean inhibitorySign = inhibitory[i] != excitatory[i] ? inhibitory[i] > excitatory[i] : firstAlpha[i] < 0;
            classes.add(new CellClass(t.getKey(), proportion, inhibitorySign ? CellSign.INHIBITORY
                    : CellSign.EXCITATORY));
        }
        Provenance prov = Provenance.of(List.of(file), FORMAT, "edges: src = presynaptic type, tar = postsynaptic "
                        + "type; stored [post][pre]")
                .withStep("read " + k + " cell types and " + edges.size() + " type-to-type edges", edges.size(),
                        "every edge of the description")
                .withStep("strength = synapse count summed over column offsets; probability 1 where an edge has "
                        + "synapses", edges.size(), "the JSON describes a lattice of columns, not a cell-type table")
                .withStep("every type in equal proportion", k, "the description gives no type counts")
                .withStep("each type's sign from its outgoing synapses, the larger count deciding", bothSigns,
                        "types with synapses of both signs");
        String unit = options.weightUnit() != null ? options.weightUnit() : "synapses";
        return new Ingested.Table(new CellTypeTable(classes, probability, strength, Optional.empty(), unit,
                List.of("flyvis " + path.getFileName() + ": types in equal proportions, strength = synapses summed "
                        + "over column offsets"), prov));
    }
}
