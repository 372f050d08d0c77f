package org.richlazy.ingest.neuroml;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.LimitOptions;
import org.richlazy.ingest.Provenance;
import org.richlazy.ingest.SizeLimits;
import org.richlazy.ingest.assemble.GapJunctions;
import org.richlazy.ingest.hdf5.H5File;

/**
 * A NeuroML2 network in HDF5, as NeuroMLHdf5Writer (jNeuroML, pyNeuroML, neuroConstruct) writes it:
 * {@code /neuroml/network} holding {@code population_<id>} groups (attributes {@code id}, {@code component},
 * {@code size}) and {@code projection_<id>}, {@code electricalProjection_<id>} and {@code continuousProjection_<id>}
 * groups (attributes {@code presynapticPopulation}, {@code postsynapticPopulation}, {@code synapse}) whose one dataset
 * holds a row per connection, its columns named by the attributes {@code column_0, column_1, ...}
 * ({@code pre_cell_id}, {@code post_cell_id}, and {@code weight} where present; else each connection weighs 1).
 * Input lists are stimuli, not connectivity: left out, counted.
 */
final class NeuromlHdf5 {
    static final String NETWORK = "/neuroml/network";

    private NeuromlHdf5() {
    }

    static Connectome read(Path path, String unit, GapJunctions.Rule gapJunctions, LimitOptions limits) {
        String file = path.toString();
        try (H5File h5 = H5File.open(path)) {
            Map<String, Group> groups = H5File.childGroups(h5.group(NETWORK));
            NetworkAssembly net = new NetworkAssembly(file, gapJunctions, limits);
            for (Map.Entry<String, Group> g : groups.entrySet()) {
                if (g.getKey().startsWith("population_")) {
                    String id = text(g.getValue(), "id", g.getKey().substring("population_".length()));
                    net.population(id, text(g.getValue(), "component", id), size(file, NETWORK + "/" + g.getKey(),
                            g.getValue()), NETWORK + "/" + g.getKey());
                }
            }
            net.requireWithin(NETWORK);
            long inputs = 0;
            for (Map.Entry<String, Group> g : groups.entrySet()) {
                String key = g.getKey();
                String where = NETWORK + "/" + key;
                if (key.startsWith("inputList_")) {
                    inputs += rows(g.getValue());
                    continue;
                }
                Group p = g.getValue();
                // libNeuroML names every kind projection_<id> and says which in its type attribute
                String type = text(p, "type", key.substring(0, Math.max(0, key.indexOf('_'))));
                boolean electrical = type.equals("electricalProjection");
                if (!key.startsWith("projection_") && !key.startsWith("electricalProjection_")
                        && !key.startsWith("continuousProjection_")) {
                    continue;
                }
                String synapse = text(p, "synapse", text(p, "postComponent", ""));
                NetworkAssembly.Projection projection = net.projection(text(p, "presynapticPopulation", null),
                        text(p, "postsynapticPopulation", null), synapse, electrical, where);
                Connections c = connections(file, where, p);
                for (int r = 0; r < c.pre().length; r++) {
                    projection.connect(c.pre()[r], c.post()[r], c.weight() == null ? 1 : c.weight()[r],
                            where + " row " + r);
                }
                projection.done("read " + (electrical ? "electrical " : "") + "projection " + text(p, "id", key) + " ("
                        + text(p, "presynapticPopulation", "?") + " -> " + text(p, "postsynapticPopulation", "?")
                        + ", synapse " + synapse + ", " + (c.weight() == null ? "each connection weighs 1"
                        : "weights from its weight column") + ")");
            }
            if (inputs > 0) {
                net.step("left out input lists (stimuli, not connectivity)", inputs, "inputList_* rows");
            }
            Provenance start = new Provenance(List.of(file), NeuromlReader.FORMAT, List.of(), NeuromlReader.ORIENTATION,
                    List.of());
            return net.connectome(start, unit);
        }
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
