package org.richlazy.ingest.numpy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.richlazy.ingest.ConnectivityReader;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.LimitOptions;
import org.richlazy.ingest.Orientation;
import org.richlazy.ingest.Provenance;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.SizeLimits;
import org.richlazy.ingest.assemble.EdgeSums;
import org.richlazy.ingest.assemble.NeuronNames;

/**
 * NumPy files (docs/formats.md#numpy-numpy-arrays-and-scipysparse-archives): a square {@code .npy} matrix, or an {@code .npz} archive holding a
 * scipy.sparse matrix as {@code scipy.sparse.save_npz} writes it ({@code format} csr, csc or coo with {@code data},
 * {@code indices}/{@code indptr} or {@code row}/{@code col}, and {@code shape}) or one square array
 * ({@code numpy.savez}; option {@code array} names it among several).
 *
 * <p>Orientation: option {@code orientation} is required, since NumPy files carry no convention: with {@code rows-pre}
 * entry (r, c) is the weight from neuron r onto neuron c, stored at {@code W[c][r]}; with {@code rows-post} at
 * {@code W[r][c]}. Neurons are named by 0-based index unless {@code labels-file} names them. Entries of weight 0 are
 * not synapses; duplicate coo entries are summed, as scipy sums them, and counted in provenance.
 */
public final class NumpyReader implements ConnectivityReader<NumpyOptions> {
    /** Format name. */
    public static final String FORMAT = "numpy";
    private static final List<String> SPARSE = List.of("csr", "csc", "coo");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Class<NumpyOptions> optionsType() {
        return NumpyOptions.class;
    }

    /** Whether {@code name} ends in .npy or .npz. */
    public static boolean isNumpyName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".npy") || lower.endsWith(".npz");
    }

    @Override
    public Ingested read(Path path, NumpyOptions options, LimitOptions limits) {
        String file = path.toString();
        if (options.orientation() == null) {
            throw new IngestException(file, "", "no option orientation", "orientation: rows-pre (rows presynaptic, as "
                    + "conn2res and most adjacency matrices) or rows-post (rows postsynaptic); NumPy files carry no "
                    + "convention and richlazy does not guess one");
        }
        boolean rowsPre = Orientation.rowsArePre(options.orientation());
        try {
            Provenance prov = Provenance.of(List.of(file), FORMAT, Orientation.text(rowsPre));
            if (!file.toLowerCase(Locale.ROOT).endsWith(".npz")) {
                return dense(file, "", read(path), rowsPre, options, limits, prov);
            }
            try (Archive arrays = new Archive(path, ReadLimits.of(file, limits))) {
                NpyArray format = arrays.names().contains("format") ? arrays.get("format") : null;
                if (format != null && format.text() != null) {
                    return sparse(file, arrays, format.text().strip(), rowsPre, options, limits, prov);
                }
                String name = options.array() != null ? options.array() : only(file, arrays.names());
                if (!arrays.names().contains(name)) {
                    throw new IngestException(file, "", "no array '" + name + "'", "one of " + arrays.names());
                }
                return dense(file, name, arrays.get(name), rowsPre, options, limits, prov);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static NpyArray read(Path path) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(path))) {
            return NpyArray.read(in, path.toString(), "");
        }
    }

    /** The {@code .npy} members of an {@code .npz} archive, read one at a time when asked for. */
    private static final class Archive implements AutoCloseable {
        private final String file;
        private final ReadLimits limits;
        private final ZipFile zip;
        private final Map<String, ZipEntry> members = new LinkedHashMap<>();

        Archive(Path path, ReadLimits limits) throws IOException {
            this.file = path.toString();
            this.limits = limits;
            try {
                this.zip = new ZipFile(path.toFile());
            } catch (java.util.zip.ZipException e) {
                throw new IngestException(file, "", "not a readable .npz archive (" + e.getMessage() + ")",
                        "a zip archive of .npy arrays, as numpy.savez or scipy.sparse.save_npz write");
            }
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().endsWith(".npy")) {
                    members.put(e.getName().substring(0, e.getName().length() - 4), e);
                }
            }
            if (members.isEmpty()) {
                zip.close();
                throw new IngestException(file, "", "an archive without .npy members", "the arrays of numpy.savez");
            }
        }

        java.util.Set<String> names() {
            return members.keySet();
        }

        /** One member, its declared size within the read limits (the array itself is read to its header's size). */
        NpyArray get(String name) throws IOException {
            ZipEntry e = members.get(name);
            if (e.getSize() > limits.maxDecompressedBytes()) {
                throw limits.tooLarge(file, e.getName());
            }
            try (InputStream in = new java.io.BufferedInputStream(zip.getInputStream(e))) {
                return NpyArray.read(in, file, e.getName());
            }
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    private static String only(String file, java.util.Set<String> names) {
        if (names.size() != 1) {
            throw new IngestException(file, "", names.size() + " arrays " + names + " and no scipy.sparse format",
                    "option array naming the matrix among them");
        }
        return names.iterator().next();
    }

    private static Ingested dense(String file, String name, NpyArray a, boolean rowsPre, NumpyOptions options,
                                  LimitOptions limits, Provenance prov) {
        String where = name.isEmpty() ? "" : name + ".npy";
        if (a.shape().length != 2 || a.shape()[0] != a.shape()[1]) {
            throw new IngestException(file, where, "an array of shape " + Arrays.toString(a.shape()),
                    "a square matrix (N, N)");
        }
        int n = a.shape()[0];
        SizeLimits.requireMatrix(file, where, n, limits);
        double[][] w = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double v = finite(file, where, a.values()[r * n + c], r, c);
                if (rowsPre) {
                    w[c][r] = v;
                } else {
                    w[r][c] = v;
                }
            }
        }
        NeuronNames.Named names = NeuronNames.forMatrix(n, options.labelsFile(), ReadLimits.of(file, limits),
                prov.withStep("read a dense " + n + " x " + n + " array" + (name.isEmpty() ? "" : " '" + name + "'"),
                        (long) n * n, "every entry"), "a NumPy array has no neuron names");
        return new Ingested.Matrix(new Connectome(NeuronNames.unsigned(names.names()), w, unit(options),
                names.provenance()));
    }

    private static Ingested sparse(String file, Archive arrays, String format, boolean rowsPre, NumpyOptions options,
                                   LimitOptions limits, Provenance prov) throws IOException {
        if (!SPARSE.contains(format)) {
            throw new IngestException(file, "format.npy", "scipy.sparse format '" + format + "'",
                    "one of " + SPARSE + " (convert with matrix.tocsr())");
        }
        NpyArray shape = require(file, arrays, "shape");
        if (shape.values().length != 2 || shape.values()[0] != shape.values()[1]) {
            throw new IngestException(file, "shape.npy", "shape " + Arrays.toString(shape.values()),
                    "a square matrix (N, N)");
        }
        double declared = shape.values()[0];
        if (!(declared >= 0 && declared == Math.rint(declared) && declared <= Integer.MAX_VALUE - 8)) {
            throw new IngestException(file, "shape.npy", "shape " + Arrays.toString(shape.values()),
                    "a whole number of neurons");
        }
        int n = (int) declared;
        SizeLimits.requireMemory(file, "shape.npy", n, 64, "the names of " + n + " neurons");
        double[] data = require(file, arrays, "data").values();
        int[] rows;
        int[] cols;
        if (format.equals("coo")) {
            rows = indices(file, "row.npy", require(file, arrays, "row").values(), n);
            cols = indices(file, "col.npy", require(file, arrays, "col").values(), n);
        } else {
            int[] pointer = indices(file, "indptr.npy", require(file, arrays, "indptr").values(), data.length + 1);
            int[] index = indices(file, "indices.npy", require(file, arrays, "indices").values(), n);
            if (pointer.length != n + 1 || pointer[0] != 0 || pointer[n] != data.length) {
                throw new IngestException(file, "indptr.npy", pointer.length + " pointers from "
                        + (pointer.length == 0 ? "nothing" : pointer[0] + " to " + pointer[pointer.length - 1]), (n + 1)
                        + " pointers from 0 to the " + data.length + " entries of data.npy");
            }
            int[] outer = new int[data.length];
            for (int o = 0; o < n; o++) {
                if (pointer[o + 1] < pointer[o]) {
                    throw new IngestException(file, "indptr.npy", "pointers falling at " + o, "non-decreasing pointers");
                }
                Arrays.fill(outer, pointer[o], pointer[o + 1], o);
            }
            rows = format.equals("csr") ? outer : index;
            cols = format.equals("csr") ? index : outer;
        }
        if (rows.length != data.length || cols.length != data.length) {
            throw new IngestException(file, "", data.length + " values for " + rows.length + " rows and " + cols.length
                    + " columns", "as many indices as values");
        }
        EdgeSums summed = new EdgeSums(data.length);
        for (int k = 0; k < data.length; k++) {
            double v = finite(file, "data.npy", data[k], rows[k], cols[k]);
            summed.add(rowsPre ? rows[k] : cols[k], rowsPre ? cols[k] : rows[k], v);
        }
        long duplicates = summed.duplicates();
        long[] zeros = {0};
        summed.forEach((pre, post, v) -> zeros[0] += v == 0 ? 1 : 0);
        Provenance steps = prov.withStep("read a scipy.sparse " + format + " matrix of " + n + " x " + n + " with "
                + data.length + " stored entries", data.length, "every stored entry");
        if (duplicates > 0) {
            steps = steps.withStep("summed duplicate entries, as scipy does", duplicates, "coo entries of one pair");
        }
        if (zeros[0] > 0) {
            steps = steps.withStep("dropped stored entries of weight 0 (not synapses)", zeros[0], "explicit zeros");
        }
        NeuronNames.Named names = NeuronNames.forMatrix(n, options.labelsFile(), ReadLimits.of(file, limits), steps,
                "a NumPy array has no neuron names");
        return new Ingested.Matrix(Connectome.sparse(NeuronNames.unsigned(names.names()), summed, unit(options),
                names.provenance(), SizeLimits.maxNeurons(file, limits)));
    }

    private static NpyArray require(String file, Archive arrays, String name) throws IOException {
        NpyArray a = arrays.names().contains(name) ? arrays.get(name) : null;
        if (a == null || a.text() != null) {
            throw new IngestException(file, "", "no numeric array '" + name + "' (members " + arrays.names() + ")",
                    "the arrays scipy.sparse.save_npz writes for its format");
        }
        return a;
    }

    private static int[] indices(String file, String where, double[] values, int bound) {
        int[] out = new int[values.length];
        for (int k = 0; k < values.length; k++) {
            double v = values[k];
            if (v < 0 || v >= bound || v != Math.rint(v)) {
                throw new IngestException(file, where, "entry " + k + " = " + v, "whole numbers in [0, " + bound + ")");
            }
            out[k] = (int) v;
        }
        return out;
    }

    private static double finite(String file, String where, double v, int r, int c) {
        if (!Double.isFinite(v)) {
            throw new IngestException(file, where, "entry (" + r + ", " + c + ") = " + v, "finite weights");
        }
        return v;
    }

    private static String unit(NumpyOptions options) {
        return options.weightUnit() != null ? options.weightUnit() : "unspecified (as given)";
    }
}
