package org.richlazy.ingest.hdf5;

import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.exceptions.HdfException;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.SizeLimits;
import org.richlazy.ingest.LimitOptions;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.Orientation;
import org.richlazy.ingest.Provenance;
import org.richlazy.ingest.assemble.EdgeSums;
import org.richlazy.ingest.assemble.NeuronNames;

/**
 * Connectivity saved by conntility ({@code ConnectivityMatrix.to_h5}) in a pandas HDFStore: a
 * matrix group holding {@code edge_indices} (a fixed-format frame with columns {@code row},
 * {@code col}) and {@code edges} (one column per edge property, e.g. a developmental stage), with
 * attribute {@code NEUROTOP_SHAPE}, plus an optional {@code vertex_properties} table whose
 * {@code Neuron} column names the neurons.
 *
 * <p>Orientation: {@code row} is presynaptic, {@code col} postsynaptic (option {@code orientation}
 * can say {@code rows-post}); an edge lands at {@code W[col][row]}.
 *
 * <p>The matrix group is option {@code dataset} (a path), or the one under the top-level group
 * named by option {@code edge-type} (e.g. {@code chemical}), or the only one. The weight column is
 * option {@code property}, else the file's own {@code NEUROTOP_DEFAULT_EDGE}, recorded either way.
 * Edges whose chosen property is 0 leave no matrix entry and are counted.
 */
public final class PandasHdfStoreReader extends Hdf5Reader<HdfStoreOptions> {
    /** Format name. */
    public static final String FORMAT = "pandas-hdfstore";
    private static final Pattern PICKLED_NAME = Pattern.compile("(?m)^a?V(.*)$");

    @Override
    public Class<HdfStoreOptions> optionsType() {
        return HdfStoreOptions.class;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    /** Whether the file holds at least one conntility matrix group. */
    public static boolean isStore(H5File h5) {
        return !matrixGroups(h5, h5.root()).isEmpty();
    }

    @Override
    protected Ingested readHdf5(Path path, HdfStoreOptions options, LimitOptions limits) {
        String file = path.toString();
        boolean rowsPre = Orientation.rowsArePre(options.orientation());
        try (H5File h5 = H5File.open(path)) {
            String matrix = chooseMatrix(h5, options);
            Group group = h5.group(matrix);
            int n = size(h5, group, matrix, limits);
            String idxPath = matrix + "/edge_indices";
            Frame indices = Frame.read(h5, idxPath);
            Frame edges = Frame.read(h5, matrix + "/edges");
            String property = options.property();
            String propertyWhy = "option property";
            if (property == null) {
                String def = H5File.stringAttribute(group, "NEUROTOP_DEFAULT_EDGE");
                if (def == null) {
                    if (edges.columns().size() != 1) {
                        throw new IngestException(file, matrix + "/edges", "edge properties " + edges.columns()
                                + " and no NEUROTOP_DEFAULT_EDGE", "option property naming one of them");
                    }
                    def = edges.columns().get(0);
                    propertyWhy = "the only edge property";
                } else {
                    propertyWhy = "the file's NEUROTOP_DEFAULT_EDGE";
                }
                property = def;
            }
            long[] rows = indices.longColumn(h5, "row");
            long[] cols = indices.longColumn(h5, "col");
            double[] weight = edges.doubleColumn(h5, property);
            if (rows.length != weight.length) {
                throw new IngestException(file, matrix + "/edges", weight.length + " edge rows for " + rows.length
                        + " edge indices", "one edge row per index row");
            }
            EdgeSums sums = new EdgeSums();
            long zero = 0;
            for (int e = 0; e < rows.length; e++) {
                int r = index(h5, idxPath, e, rows[e], n);
                int c = index(h5, idxPath, e, cols[e], n);
                if (weight[e] == 0) {
                    zero++;
                    continue;
                }
                if (rowsPre) {
                    sums.add(r, c, weight[e]);
                } else {
                    sums.add(c, r, weight[e]);
                }
            }
            Provenance prov = new Provenance(List.of(file), FORMAT,
                    List.of(idxPath + "/block*_values", matrix + "/edges/block*_values [" + property + "]"),
                    rowsPre ? "edge_indices: row = presynaptic, col = postsynaptic; stored W[col][row]"
                            : "edge_indices: row = postsynaptic, col = presynaptic; stored W[row][col]", List.of())
                    .withStep("read edges of " + matrix, rows.length, "every edge row")
                    .withStep("weight = edge property '" + property + "'", rows.length, propertyWhy
                            + "; properties present: " + edges.columns());
            if (zero > 0) {
                prov = prov.withStep("edges with " + property + " = 0 leave no entry", zero,
                        "the edge exists under other properties only");
            }
            if (sums.duplicates() > 0) {
                prov = prov.withStep("summed repeated (row, col) edges", sums.duplicates(), "entries at one position add");
            }
            List<String> names = names(h5, matrix, n);
            if (names == null) {
                NeuronNames.Named named = NeuronNames.forMatrix(n, null, ReadLimits.defaults(), prov, "no vertex_properties Neuron column");
                names = named.names();
                prov = named.provenance();
            }
            String unit = options.weightUnit() != null ? options.weightUnit()
                    : "unspecified (edge property '" + property + "' as given)";
            return new Ingested.Matrix(Connectome.sparse(NeuronNames.unsigned(names), sums, unit, prov,
                    SizeLimits.maxNeurons(h5.name(), limits)));
        }
    }

    private static String chooseMatrix(H5File h5, HdfStoreOptions options) {
        if (options.dataset() != null) {
            return options.dataset();
        }
        List<String> all = matrixGroups(h5, h5.root());
        List<String> chosen = options.edgeType() == null ? all
                : all.stream().filter(p -> p.startsWith("/" + options.edgeType() + "/")).toList();
        if (chosen.size() != 1) {
            throw new IngestException(h5.name(), "/", chosen.size() + " connectivity matrices " + (options.edgeType() == null
                    ? "" : "under /" + options.edgeType() + " ") + all,
                    "exactly one, or option edge-type (top-level group) or dataset (path) naming one");
        }
        return chosen.get(0);
    }

    private static List<String> matrixGroups(H5File h5, Group g) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, Group> child : H5File.childGroups(g).entrySet()) {
            Map<String, Group> grand = H5File.childGroups(child.getValue());
            String path = (g == h5.root() ? "" : pathOf(g)) + "/" + child.getKey();
            if (grand.containsKey("edge_indices") && grand.containsKey("edges")) {
                found.add(path);
            } else {
                found.addAll(matrixGroups(h5, child.getValue()));
            }
        }
        return found;
    }

    private static String pathOf(Group g) {
        String p = g.getPath();
        p = p.startsWith("/") ? p : "/" + p;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static int size(H5File h5, Group group, String matrix, LimitOptions limits) {
        Attribute shape = group.getAttribute("NEUROTOP_SHAPE");
        if (shape == null) {
            throw new IngestException(h5.name(), matrix, "no NEUROTOP_SHAPE attribute", "the matrix shape (N, N)");
        }
        Object v = shape.getData();
        long rows = ((Number) Array.get(v, 0)).longValue();
        long cols = ((Number) Array.get(v, 1)).longValue();
        if (rows != cols) {
            throw new IngestException(h5.name(), matrix + "@NEUROTOP_SHAPE", "a " + rows + " x " + cols + " matrix",
                    "a square matrix (N x N)");
        }
        SizeLimits.requireMatrix(h5.name(), matrix + "@NEUROTOP_SHAPE", rows, limits);
        if (rows < 1) {
            throw new IngestException(h5.name(), matrix + "@NEUROTOP_SHAPE", "a " + rows + " x " + cols + " matrix",
                    "at least one neuron");
        }
        return (int) rows;
    }

    private static int index(H5File h5, String path, int e, long value, int n) {
        if (value < 0 || value >= n) {
            throw new IngestException(h5.name(), path + " row " + e, "neuron index " + value,
                    "an index in [0, " + n + ") (NEUROTOP_SHAPE)");
        }
        return (int) value;
    }

    /** Neuron names from vertex_properties/table's {@code Neuron} column, or null when there is none. */
    private static List<String> names(H5File h5, String matrix, int n) {
        String table = matrix + "/vertex_properties/table";
        if (!h5.exists(table)) {
            return null;
        }
        Dataset d = h5.dataset(table);
        String kinds = H5File.stringAttribute(d, "values_block_1_kind");
        Object data;
        try {
            data = d.getData();
        } catch (HdfException e) {
            throw new IngestException(h5.name(), table, "unreadable vertex table (" + e.getMessage() + ")",
                    "a pandas table whose values_block_1 holds the Neuron names", e);
        }
        if (kinds == null || !(data instanceof Map<?, ?> frame) || !(frame.get("values_block_1") instanceof String[][] block)) {
            return null;
        }
        List<String> columns = new ArrayList<>();
        Matcher m = PICKLED_NAME.matcher(kinds);
        while (m.find()) {
            columns.add(m.group(1).strip());
        }
        int col = columns.indexOf("Neuron");
        if (col < 0 || block.length != n) {
            return null;
        }
        List<String> names = new ArrayList<>(n);
        for (String[] row : block) {
            names.add(row[col].strip());
        }
        if (names.stream().distinct().count() != n) {
            throw new IngestException(h5.name(), table, "duplicate neuron names", "each neuron named once");
        }
        return names;
    }

    /**
     * A pandas fixed-format frame: blocks {@code block<i>_items} (column names) and
     * {@code block<i>_values} (rows x columns), {@code nblocks} of them.
     */
    private record Frame(String path, List<String> columns, List<String> valuePaths, List<Integer> positions,
                         List<Integer> widths) {
        static Frame read(H5File h5, String path) {
            Group g = h5.group(path);
            String nblocks = H5File.stringAttribute(g, "nblocks");
            int blocks = nblocks == null ? 1 : Integer.parseInt(nblocks.strip());
            List<String> columns = new ArrayList<>();
            List<String> valuePaths = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            List<Integer> widths = new ArrayList<>();
            for (int b = 0; b < blocks; b++) {
                Object items = h5.flat(path + "/block" + b + "_items");
                int k = Array.getLength(items);
                for (int i = 0; i < k; i++) {
                    columns.add(String.valueOf(Array.get(items, i)).strip());
                    valuePaths.add(path + "/block" + b + "_values");
                    positions.add(i);
                    widths.add(k);
                }
            }
            return new Frame(path, columns, valuePaths, positions, widths);
        }

        private int find(H5File h5, String column) {
            int i = columns.indexOf(column);
            if (i < 0) {
                throw new IngestException(h5.name(), path, "no column '" + column + "' (columns are " + columns + ")",
                        "one of " + columns);
            }
            return i;
        }

        double[] doubleColumn(H5File h5, String column) {
            int i = find(h5, column);
            double[] flat = h5.doubles(valuePaths.get(i));
            return strided(flat, positions.get(i), widths.get(i));
        }

        long[] longColumn(H5File h5, String column) {
            int i = find(h5, column);
            long[] flat = h5.longs(valuePaths.get(i));
            int w = widths.get(i);
            long[] out = new long[flat.length / w];
            for (int r = 0; r < out.length; r++) {
                out[r] = flat[r * w + positions.get(i)];
            }
            return out;
        }

        private static double[] strided(double[] flat, int position, int width) {
            double[] out = new double[flat.length / width];
            for (int r = 0; r < out.length; r++) {
                out[r] = flat[r * width + position];
            }
            return out;
        }
    }
}
