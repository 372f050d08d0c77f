package org.richlazy.ingest.neuroml;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.LimitOptions;
import org.richlazy.ingest.Neuron;
import org.richlazy.ingest.Provenance;
import org.richlazy.ingest.SizeLimits;
import org.richlazy.ingest.assemble.EdgeSums;
import org.richlazy.ingest.hdf5.H5File;
import org.richlazy.ingest.hdf5.Hdf5Reader;

/**
 * NeuroML2 networks in HDF5, as NeuroMLHdf5Writer (jNeuroML, pyNeuroML, neuroConstruct) writes them
 * (docs/formats.md#neuroml-neuroml2-networks-in-hdf5): {@code /neuroml/network} holding {@code population_<id>} groups
 * (attributes {@code id}, {@code component}, {@code size}) and {@code projection_<id>}, {@code electricalProjection_<id>}
 * and {@code continuousProjection_<id>} groups (attributes {@code presynapticPopulation}, {@code postsynapticPopulation},
 * {@code synapse}) whose one dataset holds a row per connection, its columns named by the attributes
 * {@code column_0, column_1, ...} ({@code pre_cell_id}, {@code post_cell_id}, and {@code weight} where present).
 *
 * <p>Every population becomes a block of neurons, in the file's order, with its offset recorded; neuron
 * {@code <population>[<i>]} of class {@code component}. Orientation: {@code pre_cell_id} presynaptic,
 * {@code post_cell_id} postsynaptic, stored {@code W[post][pre]}. A connection weighs its {@code weight} column, or 1;
 * the connections of a pair add. Signs come from the synapse's name where it names a transmitter: GABA or glycine
 * inhibitory (the connection's weight negated, counted), AMPA, NMDA or glutamate excitatory; otherwise unknown, and a
 * neuron's sign is that of every projection it sends, unknown when they differ or name none. Electrical projections
 * (gap junctions) are read in both directions; input lists are stimuli, not connectivity, and are left out (counted).
 */
public final class NeuromlReader extends Hdf5Reader<NeuromlOptions> {
    /** Format name. */
    public static final String FORMAT = "neuroml";
    private static final String NETWORK = "/neuroml/network";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Class<NeuromlOptions> optionsType() {
        return NeuromlOptions.class;
    }

    /** Whether the open file holds a NeuroML2 network. */
    public static boolean isNetwork(H5File h5) {
        return h5.exists(NETWORK);
    }

    @Override
    protected Ingested readHdf5(Path path, NeuromlOptions options, LimitOptions limits) {
        String file = path.toString();
        try (H5File h5 = H5File.open(path)) {
            Group network = h5.group(NETWORK);
            Map<String, Group> groups = H5File.childGroups(network);
            Map<String, int[]> blocks = new LinkedHashMap<>();
            List<String> components = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            int n = 0;
            for (Map.Entry<String, Group> g : groups.entrySet()) {
                if (!g.getKey().startsWith("population_")) {
                    continue;
                }
                String id = text(g.getValue(), "id", g.getKey().substring("population_".length()));
                int size = size(file, NETWORK + "/" + g.getKey(), g.getValue());
                blocks.put(id, new int[] {n, size});
                for (int i = 0; i < size; i++) {
                    ids.add(id + "[" + i + "]");
                    components.add(text(g.getValue(), "component", id));
                }
                n += size;
            }
            if (blocks.isEmpty()) {
                throw new IngestException(file, NETWORK, "no population_* group", "at least one population");
            }
            SizeLimits.requireMatrix(file, NETWORK, n, limits);
            Provenance prov = new Provenance(List.of(file), FORMAT, List.of(), "pre_cell_id = presynaptic, "
                    + "post_cell_id = postsynaptic; stored W[post][pre]", List.of());
            StringBuilder offsets = new StringBuilder();
            blocks.forEach((id, b) -> offsets.append(offsets.length() == 0 ? "" : ", ").append(id).append(" at ")
                    .append(b[0]).append(" (").append(b[1]).append(")"));
            prov = prov.withStep("assembled populations into one matrix: " + offsets, n, "every population, in the "
                    + "file's order, at its offset");
            EdgeSums sums = new EdgeSums();
            CellSign[] sends = new CellSign[n];
            boolean[] mixed = new boolean[n];
            long inputs = 0;
            for (Map.Entry<String, Group> g : groups.entrySet()) {
                String key = g.getKey();
                String where = NETWORK + "/" + key;
                if (key.startsWith("inputList_")) {
                    inputs += rows(g.getValue());
                    continue;
                }
                boolean electrical = key.startsWith("electricalProjection_");
                if (!key.startsWith("projection_") && !electrical && !key.startsWith("continuousProjection_")) {
                    continue;
                }
                int[] pre = block(file, where, blocks, text(g.getValue(), "presynapticPopulation", null));
                int[] post = block(file, where, blocks, text(g.getValue(), "postsynapticPopulation", null));
                String synapse = text(g.getValue(), "synapse", "");
                CellSign sign = electrical ? CellSign.UNKNOWN : signOf(synapse);
                Connections c = connections(file, where, g.getValue());
                long negated = 0;
                for (int r = 0; r < c.pre().length; r++) {
                    int from = pre[0] + index(file, where, c.pre()[r], pre[1], r, "pre_cell_id");
                    int to = post[0] + index(file, where, c.post()[r], post[1], r, "post_cell_id");
                    double w = c.weight() == null ? 1 : c.weight()[r];
                    if (sign == CellSign.INHIBITORY) {
                        w = -w;
                        negated++;
                    }
                    sums.add(from, to, w);
                    if (electrical) {
                        sums.add(to, from, w);
                    } else {
                        mixed[from] |= sends[from] != null && sends[from] != sign;
                        sends[from] = sign;
                    }
                }
                prov = prov.withStep("read " + (electrical ? "electrical " : "") + "projection " + text(g.getValue(), "id",
                        key) + " (" + text(g.getValue(), "presynapticPopulation", "?") + " -> "
                        + text(g.getValue(), "postsynapticPopulation", "?") + ", synapse " + synapse + ", "
                        + (c.weight() == null ? "each connection weighs 1" : "weights from its weight column")
                        + (electrical ? ", both directions" : "") + ")", c.pre().length, "every connection row");
                if (negated > 0) {
                    prov = prov.withStep("negated the weights of inhibitory synapse " + synapse, negated,
                            "its name names GABA or glycine");
                }
            }
            if (inputs > 0) {
                prov = prov.withStep("left out input lists (stimuli, not connectivity)", inputs, "inputList_* rows");
            }
            if (sums.duplicates() > 0) {
                prov = prov.withStep("summed repeated (pre, post) connections", sums.duplicates(),
                        "one row per synaptic contact: the pair's weights add");
            }
            List<Neuron> neurons = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                CellSign s = sends[i] == null || mixed[i] ? CellSign.UNKNOWN : sends[i];
                neurons.add(new Neuron(ids.get(i), components.get(i), s, null,
                        s == CellSign.UNKNOWN ? null : "the synapse type of its projections"));
            }
            String unit = options.weightUnit() != null ? options.weightUnit() : "connections (or the weight column)";
            return new Ingested.Matrix(Connectome.sparse(neurons, sums, unit, prov, SizeLimits.maxNeurons(file,
                    limits)));
        }
    }

    /** The sign a synapse's name names: GABA or glycine inhibitory, AMPA, NMDA or glutamate excitatory. */
    static CellSign signOf(String synapse) {
        String s = synapse.toLowerCase(Locale.ROOT);
        if (s.contains("gaba") || s.contains("glycin")) {
            return CellSign.INHIBITORY;
        }
        if (s.contains("ampa") || s.contains("nmda") || s.contains("glut")) {
            return CellSign.EXCITATORY;
        }
        return CellSign.UNKNOWN;
    }

    /** The connections of a projection group: its one 2-D dataset, columns by their {@code column_k} names. */
    private record Connections(double[] pre, double[] post, double[] weight) {
    }

    private static Connections connections(String file, String where, Group projection) {
        Dataset table = null;
        for (Node child : projection.getChildren().values()) {
            if (child instanceof Dataset d) {
                table = d;
            }
        }
        if (table == null) {
            return new Connections(new double[0], new double[0], null);
        }
        int[] dims = table.getDimensions();
        if (dims.length != 2) {
            throw new IngestException(file, table.getPath(), "a dataset of " + dims.length + " dimensions",
                    "a table of connection rows");
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int k = 0; k < dims[1]; k++) {
            String name = text(table, "column_" + k, null);
            if (name != null) {
                columns.put(name, k);
            }
        }
        SizeLimits.requireMemory(file, table.getPath(), (long) dims[0] * dims[1], Double.BYTES, "connection table");
        double[][] rows = numbers(file, table);
        return new Connections(column(file, table, rows, columns, "pre_cell_id"),
                column(file, table, rows, columns, "post_cell_id"),
                columns.containsKey("weight") ? column(file, table, rows, columns, "weight") : null);
    }

    private static double[] column(String file, Dataset table, double[][] rows, Map<String, Integer> columns,
                                   String name) {
        Integer k = columns.get(name);
        if (k == null) {
            throw new IngestException(file, table.getPath(), "no column '" + name + "' (columns " + columns.keySet()
                    + ")", "pre_cell_id and post_cell_id named by column_* attributes");
        }
        double[] out = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            out[r] = rows[r][k];
        }
        return out;
    }

    private static double[][] numbers(String file, Dataset table) {
        Object data = table.getData();
        if (data instanceof double[][] d) {
            return d;
        }
        if (data instanceof float[][] f) {
            double[][] d = new double[f.length][];
            for (int r = 0; r < f.length; r++) {
                d[r] = new double[f[r].length];
                for (int c = 0; c < f[r].length; c++) {
                    d[r][c] = f[r][c];
                }
            }
            return d;
        }
        throw new IngestException(file, table.getPath(), "a table of " + data.getClass().getSimpleName(),
                "float32 or float64 connection rows");
    }

    private static long rows(Group g) {
        for (Node child : g.getChildren().values()) {
            if (child instanceof Dataset d && d.getDimensions().length > 0) {
                return d.getDimensions()[0];
            }
        }
        return 0;
    }

    private static int[] block(String file, String where, Map<String, int[]> blocks, String population) {
        int[] b = population == null ? null : blocks.get(population);
        if (b == null) {
            throw new IngestException(file, where, "population '" + population + "'", "one of " + blocks.keySet());
        }
        return b;
    }

    private static int index(String file, String where, double v, int size, int row, String column) {
        if (v < 0 || v >= size || v != Math.rint(v)) {
            throw new IngestException(file, where + " row " + row, column + " = " + v, "a cell index in [0, " + size
                    + ")");
        }
        return (int) v;
    }

    private static int size(String file, String where, Group population) {
        String size = text(population, "size", null);
        if (size != null) {
            try {
                return Integer.parseInt(size.strip());
            } catch (NumberFormatException e) {
                throw new IngestException(file, where, "size '" + size + "'", "a whole number of cells");
            }
        }
        long instances = rows(population);
        if (instances == 0) {
            throw new IngestException(file, where, "no size attribute and no instances", "a population size");
        }
        return (int) instances;
    }

    /** A text attribute, as NeuroMLHdf5Writer stores it (a one-element array of strings), or {@code fallback}. */
    private static String text(Node node, String attribute, String fallback) {
        var a = node.getAttribute(attribute);
        if (a == null || a.getData() == null) {
            return fallback;
        }
        Object v = a.getData();
        if (v instanceof String[] array) {
            return array.length == 0 ? fallback : array[0];
        }
        return v.toString();
    }
}
