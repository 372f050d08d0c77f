package org.richlazy.ingest.hdf5;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.SizeLimits;
import org.richlazy.ingest.LimitOptions;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.Provenance;
import org.richlazy.ingest.assemble.EdgeSums;
import org.richlazy.ingest.assemble.NeuronNames;

/**
 * A square connectivity matrix stored in HDF5: a 2-D numeric dataset, or a sparse group (CSR,
 * CSC, AnnData {@code encoding-type}, h5sparse, COO; see {@link SparseLayout}). Option
 * {@code dataset} names its path; without it the file must hold exactly one candidate.
 *
 * <p>Orientation: option {@code orientation}, default {@code rows-pre}: matrix entry (r, c) is
 * the weight from neuron r onto neuron c, stored at {@code W[c][r]}; {@code rows-post} stores it at
 * {@code W[r][c]}. A file that declares its orientation ({@link DeclaredOrientation}: attribute
 * {@code orientation = [post][pre]} as in richlazy's own {@code weights.h5}) is read as declared.
 * Repeated (row, column) entries of a sparse group are summed and counted.
 * Neurons are named from option {@code labels-file} or by 0-based index (recorded).
 *
 * <p>Option {@code subtract} names a second matrix of the same file, of the same shape and
 * orientation, subtracted entry by entry ({@link MatrixDifference}): {@code dataset W_h_final,
 * subtract W_h_initial} reads what training changed in a run's recurrent weights.
 */
public final class Hdf5MatrixReader extends Hdf5Reader<Hdf5MatrixOptions> {
    /** Format name. */
    public static final String FORMAT = "hdf5-matrix";

    @Override
    public Class<Hdf5MatrixOptions> optionsType() {
        return Hdf5MatrixOptions.class;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    protected Ingested readHdf5(Path path, Hdf5MatrixOptions options, LimitOptions limits) {
        String file = path.toString();
        try (H5File h5 = H5File.open(path)) {
            String target = options.dataset() != null ? options.dataset() : onlyCandidate(h5);
            MatrixNode matrix = MatrixNode.locate(h5, target, "a 2-D dataset or a sparse matrix group at " + target,
                    options.orientation());
            requireSquare(h5, matrix, limits);
            Provenance prov = Provenance.of(List.of(file), FORMAT, matrix.orientation().describe());
            List<String> paths = new ArrayList<>();
            EdgeSums sums = new EdgeSums();
            prov = readEntries(h5, matrix, sums, paths, options, prov);
            double[][] w = postPre(sums, matrix);
            if (options.subtract() != null) {
                MatrixNode subtrahend = MatrixNode.locate(h5, options.subtract(), "a 2-D dataset or a sparse matrix "
                        + "group of the same file to subtract from " + target + " (option subtract)", options.orientation());
                MatrixDifference.requireSubtractable(file, matrix, subtrahend);
                EdgeSums minus = new EdgeSums();
                prov = readEntries(h5, subtrahend, minus, paths, options, prov);
                prov = MatrixDifference.subtract(file, w, matrix, postPre(minus, subtrahend), subtrahend, prov);
            }
            prov = prov.withDatasetPaths(paths);
            NeuronNames.Named named = NeuronNames.forMatrix(w.length, options.labelsFile(), ReadLimits.of(path.toString(), limits), prov,
                    "HDF5 matrix without labels");
            String unit = options.weightUnit() != null ? options.weightUnit() : "unspecified (as given)";
            return new Ingested.Matrix(new Connectome(NeuronNames.unsigned(named.names()), w, unit, named.provenance()));
        }
    }

    /** Requires a 2-D, square matrix within the size limits. */
    private static void requireSquare(H5File h5, MatrixNode matrix, LimitOptions limits) {
        int[] shape = matrix.shape();
        if (shape.length != 2) {
            throw new IngestException(h5.name(), matrix.path(), matrix.describeShape(), "a 2-D matrix");
        }
        if (shape[0] != shape[1]) {
            throw new IngestException(h5.name(), matrix.path(), matrix.describeShape(),
                    "a square matrix (N x N)");
        }
        SizeLimits.requireMatrix(h5.name(), matrix.path(), shape[0], limits);
    }

    /** Adds the matrix's entries to {@code sums} as (row, column) and records the read. */
    private static Provenance readEntries(H5File h5, MatrixNode matrix, EdgeSums sums, List<String> paths,
                                          Hdf5MatrixOptions options, Provenance prov) {
        String path = matrix.path();
        int n = matrix.shape()[0];
        if (matrix.dense()) {
            readDense(h5, path, n, sums);
            paths.add(path);
            return prov.withStep("read dense dataset " + path, (long) n * n, "every entry; zeros leave no edge");
        }
        SparseLayout layout = SparseLayout.of(h5, (Group) matrix.node(), path, options.sparseLayout());
        long stored = readSparse(h5, path, layout, n, sums, paths);
        prov = prov.withStep("read " + layout + " sparse group " + path, stored, "stored entries");
        if (sums.duplicates() > 0) {
            prov = prov.withStep("summed repeated (row, column) entries", sums.duplicates(),
                    "a non-canonical sparse matrix: entries at one position add");
        }
        return prov;
    }

    /** The entries as {@code W[post][pre]}: transposed when the matrix's rows are presynaptic. */
    private static double[][] postPre(EdgeSums sums, MatrixNode matrix) {
        int n = matrix.shape()[0];
        boolean rowsPre = matrix.orientation().rowsPre();
        double[][] w = new double[n][n];
        sums.forEach((r, c, v) -> {
            if (rowsPre) {
                w[c][r] = v;
            } else {
                w[r][c] = v;
            }
        });
        return w;
    }

    private static void readDense(H5File h5, String path, int n, EdgeSums sums) {
        double[] flat = h5.doubles(path);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double v = flat[r * n + c];
                if (v != 0) {
                    sums.add(r, c, v);
                }
            }
        }
    }

    /** Adds every stored entry as (row, column) and returns how many there were. */
    private static long readSparse(H5File h5, String path, SparseLayout layout, int n, EdgeSums sums, List<String> paths) {
        double[] data = h5.doubles(path + "/data");
        if (layout == SparseLayout.COO) {
            long[] row = h5.longs(path + "/row");
            long[] col = h5.longs(path + "/col");
            paths.addAll(List.of(path + "/row", path + "/col", path + "/data"));
            requireLength(h5, path + "/row", row.length, data.length);
            requireLength(h5, path + "/col", col.length, data.length);
            for (int k = 0; k < data.length; k++) {
                sums.add(index(h5, path + "/row", k, row[k], n), index(h5, path + "/col", k, col[k], n), data[k]);
            }
            return data.length;
        }
        long[] indices = h5.longs(path + "/indices");
        long[] indptr = h5.longs(path + "/indptr");
        paths.addAll(List.of(path + "/data", path + "/indices", path + "/indptr"));
        requireLength(h5, path + "/indices", indices.length, data.length);
        requireLength(h5, path + "/indptr", indptr.length, n + 1);
        if (indptr[0] != 0 || indptr[n] != data.length) {
            throw new IngestException(h5.name(), path + "/indptr", "indptr runs from " + indptr[0] + " to " + indptr[n],
                    "0 to " + data.length + " (the number of stored entries)");
        }
        for (int major = 0; major < n; major++) {
            if (indptr[major + 1] < indptr[major]) {
                throw new IngestException(h5.name(), path + "/indptr[" + (major + 1) + "]", "indptr decreases",
                        "non-decreasing indptr");
            }
            for (long k = indptr[major]; k < indptr[major + 1]; k++) {
                int minor = index(h5, path + "/indices", k, indices[(int) k], n);
                if (layout == SparseLayout.CSR) {
                    sums.add(major, minor, data[(int) k]);
                } else {
                    sums.add(minor, major, data[(int) k]);
                }
            }
        }
        return data.length;
    }

    private static int index(H5File h5, String path, long k, long value, int n) {
        if (value < 0 || value >= n) {
            throw new IngestException(h5.name(), path + "[" + k + "]", "index " + value, "an index in [0, " + n + ")");
        }
        return (int) value;
    }

    private static void requireLength(H5File h5, String path, int actual, int expected) {
        if (actual != expected) {
            throw new IngestException(h5.name(), path, "length " + actual, "length " + expected);
        }
    }

    /** The only 2-D dataset or sparse group in the file. */
    private static String onlyCandidate(H5File h5) {
        List<String> found = new ArrayList<>();
        collect(h5, h5.root(), found);
        if (found.size() != 1) {
            throw new IngestException(h5.name(), "/", found.size() + " matrix candidates " + found,
                    "exactly one 2-D dataset or sparse group, or option dataset naming one");
        }
        return found.get(0);
    }

    private static void collect(H5File h5, Group g, List<String> found) {
        for (Node n : g) {
            String p = n.getPath().startsWith("/") ? n.getPath() : "/" + n.getPath();
            if (p.endsWith("/") && p.length() > 1) {
                p = p.substring(0, p.length() - 1);
            }
            if (n instanceof Group child) {
                if (SparseLayout.isSparseGroup(h5, p)) {
                    found.add(p);
                } else {
                    collect(h5, child, found);
                }
            } else if (n instanceof Dataset d && d.getDimensions().length == 2) {
                found.add(p);
            }
        }
    }
}
