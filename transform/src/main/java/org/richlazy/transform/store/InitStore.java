package org.richlazy.transform.store;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.richlazy.ingest.Neuron;
import org.richlazy.transform.InitSet;
import org.richlazy.transform.InitialWeights;
import org.richlazy.transform.TransformException;
import org.richlazy.transform.matrix.DenseMatrix;
import org.richlazy.transform.matrix.Matrices;
import org.richlazy.transform.matrix.RecurrentMatrix;
import org.richlazy.transform.matrix.SparseMatrix;
import org.richlazy.transform.spectrum.ClassMotifs;
import org.richlazy.transform.spectrum.OutlierPrediction;
import org.richlazy.transform.spectrum.Spectrum;
import org.richlazy.transform.spectrum.StructureStatistics;

/**
 * Reads and writes the {@code inits/} folder of a results directory:
 * {@code inits/<name>.h5} (datasets {@code W0} [post][pre] float64, or for sparse weights its compressed rows
 * {@code W0_row_start} (int32, N + 1), {@code W0_pre} (int32) and {@code W0_values} (float64) with the root attribute
 * {@code N}, which SciPy reads as {@code csr_matrix((values, pre, row_start), shape=(N, N))}; {@code singular_values},
 * {@code eigenvalues_real}, {@code eigenvalues_imag}, all N of them or the largest few for sparse weights; the recipe,
 * seed and effective ranks as root attributes) and {@code inits/summary.csv} (one row per init: name, N, erEig, erSV,
 * participation_ratio, entropy_rank, stable_rank, spectral_radius, max_singular_value,
 * frobenius_norm, density, reciprocity, self_connections, in_degree_mean, in_degree_sd, out_degree_sd,
 * weight_mean, weight_sd (of the scaled init's nonzero entries), motif_reciprocal, motif_convergent,
 * motif_divergent, motif_chain ({@link StructureStatistics}), dominant_eigenvalue, predicted_dominant_celltype, predicted_dominant_motifs,
 * bulk_radius, outliers ({@link OutlierPrediction}), seed, recipe, notes, motifs_by_class; erEig is {@code NaN} and notes say
 * "erEig undefined (spectral radius 0)" for a matrix whose eigenvalues are all 0, and a prediction that is
 * {@code NaN} has its reason there ({@link OutlierPrediction#undefined()}); motifs_by_class is the
 * {@link ClassMotifs#toJson() JSON} of the four motifs per class pair, empty without classes, and notes say why
 * when there are more than {@link ClassMotifs#MAX_CLASSES}) and {@code inits/neurons.csv} (the studied matrix's neurons in
 * matrix order: index, id, cell_class, sign, layer, sign_source (where a derived sign came from, e.g. the
 * neurotransmitter); empty cells where the source has no value).
 *
 * <p>The {@code .h5} root attributes: {@code name} (string), {@code seed} (int64), {@code orientation}
 * ({@code "[post][pre]"}, which the {@code hdf5-matrix} reader honours), the eight
 * spectrum figures under the summary's column names (float64), every recipe entry as a string
 * attribute {@code recipe.<key>}, and {@code recipe_keys}, a string array giving the recipe's
 * order (HDF5 attributes are unordered). All datasets are plain contiguous float64, readable
 * with h5py: {@code h5py.File(p)["W0"][()]}, {@code f.attrs["recipe.kind"]}.
 * In {@code summary.csv} the recipe column holds the recipe as one JSON object (string values).
 * Files are written under a temporary name and moved into place.
 */
public final class InitStore {
    /** The summary columns, in order. */
    public static final List<String> SUMMARY_COLUMNS = List.of("name", "N", "erEig", "erSV", "participation_ratio",
            "entropy_rank", "stable_rank", "spectral_radius", "max_singular_value", "frobenius_norm", "density",
            "reciprocity", "self_connections", "in_degree_mean", "in_degree_sd", "out_degree_sd", "weight_mean",
            "weight_sd", "motif_reciprocal", "motif_convergent", "motif_divergent", "motif_chain",
            "dominant_eigenvalue", "predicted_dominant_celltype", "predicted_dominant_motifs", "bulk_radius",
            "outliers", "seed", "recipe", "notes", "motifs_by_class");
    /** The columns of summary files written before the per-class motifs. */
    private static final List<String> SUMMARY_COLUMNS_BEFORE_CLASS_MOTIFS =
            SUMMARY_COLUMNS.subList(0, SUMMARY_COLUMNS.size() - 1);
    /** The columns of summary files written before the structure statistics and notes. */
    private static final List<String> SUMMARY_COLUMNS_BEFORE_STRUCTURE = List.of("name", "N", "erEig", "erSV",
            "participation_ratio", "entropy_rank", "stable_rank", "spectral_radius", "max_singular_value",
            "frobenius_norm", "seed", "recipe");

    /** A sparse W_h(0) in compressed rows: row i's synapses are entries {@code row_start[i] .. row_start[i+1]-1}. */
    private static final String W0_ROW_START = "W0_row_start";
    /** The presynaptic neuron of each entry, ascending within a row. */
    private static final String W0_PRE = "W0_pre";
    /** The weight of each entry. */
    private static final String W0_VALUES = "W0_values";

    /** The spectrum figures: summary columns and {@code .h5} attribute names. */
    private static final List<String> FIGURES = SUMMARY_COLUMNS.subList(2, 10);
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final String RECIPE_PREFIX = "recipe.";
    /** The studied matrix's neurons, in matrix order. */
    public static final String NEURONS_FILE = "neurons.csv";
    /** The columns of {@link #NEURONS_FILE}. */
    public static final List<String> NEURON_COLUMNS = List.of("index", "id", "cell_class", "sign", "layer",
            "sign_source");

    private InitStore() {
    }

    /**
     * Writes every init of the set under {@code resultsDir/inits/}.
     *
     * @throws TransformException   if two inits share a name or a name is not file-safe
     * @throws UncheckedIOException if a file cannot be written
     */
    public static void write(Path resultsDir, InitSet set) {
        Path dir = resultsDir.resolve("inits");
        Set<String> names = new HashSet<>();
        for (InitialWeights iw : set.all()) {
            if (!SAFE_NAME.matcher(iw.name()).matches()) {
                throw new TransformException("init name '" + iw.name() + "'", "not usable as a file name",
                        "letters, digits, '.', '_' or '-', starting with a letter or digit");
            }
            if (!names.add(iw.name())) {
                throw new TransformException("init name '" + iw.name() + "'", "used twice in the set", "unique names");
            }
        }
        try {
            Files.createDirectories(dir);
            for (InitialWeights iw : set.all()) {
                writeH5(dir.resolve(iw.name() + ".h5"), iw);
            }
            writeSummary(dir.resolve("summary.csv"), set.all(),
                    set.source().neurons().stream().map(Neuron::cellClass).toList());
            writeNeurons(dir.resolve(NEURONS_FILE), set.source().neurons());
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + dir, e);
        }
    }

    private static void writeH5(Path target, InitialWeights iw) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Spectrum s = iw.spectrum();
        try (WritableHdfFile f = HdfFile.write(tmp)) {
            if (iw.weights() instanceof SparseMatrix sparse) {
                f.putDataset(W0_ROW_START, sparse.rowStarts());
                f.putDataset(W0_PRE, sparse.columns());
                f.putDataset(W0_VALUES, sparse.values());
                f.putAttribute("N", (long) sparse.size());
            } else {
                f.putDataset("W0", Matrices.copy(iw.matrix()));
            }
            f.putDataset("singular_values", s.singularValues().clone());
            f.putDataset("eigenvalues_real", s.eigenReal().clone());
            f.putDataset("eigenvalues_imag", s.eigenImag().clone());
            f.putAttribute("name", iw.name());
            f.putAttribute("seed", iw.seed());
            f.putAttribute("orientation", "[post][pre]");
            double[] fig = figures(s);
            for (int k = 0; k < fig.length; k++) {
                f.putAttribute(FIGURES.get(k), fig[k]);
            }
            for (Map.Entry<String, String> e : iw.recipe().entrySet()) {
                f.putAttribute(RECIPE_PREFIX + e.getKey(), e.getValue());
            }
            f.putAttribute("recipe_keys", iw.recipe().keySet().toArray(new String[0]));
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The eight spectrum figures, in {@link #FIGURES} order. */
    private static double[] figures(Spectrum s) {
        return new double[] {s.erEig(), s.erSV(), s.participationRatio(), s.entropyRank(), s.stableRank(),
            s.spectralRadius(), s.maxSingularValue(), s.frobeniusNorm()};
    }

    private static void writeSummary(Path target, List<InitialWeights> inits, List<String> classes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (InitialWeights iw : inits) {
            List<String> row = new ArrayList<>();
            row.add(iw.name());
            row.add(Integer.toString(iw.size()));
            for (double v : figures(iw.spectrum())) {
                row.add(Double.toString(v));
            }
            RecurrentMatrix w = iw.weights().isSparse() && iw.spectrum().complete()
                    ? new DenseMatrix(iw.weights().toDense()) : iw.weights();
            StructureStatistics st = StructureStatistics.of(w, classes);
            for (double v : new double[] {st.density(), st.reciprocity(), st.selfLoops(), st.inDegreeMean(),
                st.inDegreeSd(), st.outDegreeSd(), st.weightMean(), st.weightSd(), st.reciprocal(), st.convergent(),
                st.divergent(), st.chain()}) {
                row.add(Double.toString(v));
            }
            OutlierPrediction o = w.isSparse() ? OutlierPrediction.notComputed("predicted_dominant_celltype,"
                    + " predicted_dominant_motifs, bulk_radius and outliers: not computed for sparse weights at this size"
                    + " (N = " + iw.size() + ")") : OutlierPrediction.of(w.toDense(), iw.spectrum(), classes);
            for (double v : new double[] {o.measured(), o.cellType(), o.withMotifs(), o.bulkRadius()}) {
                row.add(Double.toString(v));
            }
            row.add(Integer.toString(o.outliers().size()));
            row.add(Long.toString(iw.seed()));
            row.add(Json.object(iw.recipe()));
            row.add(notes(iw.spectrum(), w.isSparse(), classes, o));
            row.add(st.byClass().map(ClassMotifs::toJson).orElse(""));
            rows.add(row);
        }
        writeCsv(target, SUMMARY_COLUMNS, rows);
    }

    /** The notes cell: what a column leaves undefined or not computed, and why. */
    private static String notes(Spectrum spectrum, boolean sparse, List<String> classes, OutlierPrediction prediction) {
        List<String> notes = new ArrayList<>(prediction.undefined());
        if (!spectrum.complete()) {
            notes.add(spectrum.notComputed());
        } else if (!spectrum.hasErEig()) {
            notes.add("erEig " + Spectrum.ER_EIG_UNDEFINED);
        }
        long classCount = classes == null || classes.contains(null) ? 0 : classes.stream().distinct().count();
        if (classCount > 0 && sparse && classCount <= ClassMotifs.MAX_CLASSES) {
            notes.add("motifs by class not computed (sparse weights at this size)");
        } else if (classCount > ClassMotifs.MAX_CLASSES) {
            notes.add("motifs by class not computed (" + classCount + " classes, more than " + ClassMotifs.MAX_CLASSES + ")");
        }
        return String.join("; ", notes);
    }

    private static void writeNeurons(Path target, List<Neuron> neurons) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < neurons.size(); i++) {
            Neuron n = neurons.get(i);
            rows.add(List.of(Integer.toString(i), n.id(), orEmpty(n.cellClass()),
                    n.sign().name().toLowerCase(java.util.Locale.ROOT), orEmpty(n.layer()), orEmpty(n.signSource())));
        }
        writeCsv(target, NEURON_COLUMNS, rows);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static void writeCsv(Path target, List<String> header, List<List<String>> rows) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(new String[0]))
                .setRecordSeparator("\n").get();
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, format)) {
            for (List<String> row : rows) {
                out.printRecord(row);
            }
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The cell class of each neuron of the studied matrix, in matrix order, from
     * {@code inits/neurons.csv}; empty when the file is absent or any neuron has no class.
     *
     * @throws TransformException if the file is there but not as {@link #NEURON_COLUMNS} describes
     */
    public static List<String> readNeuronClasses(Path resultsDir) {
        List<NeuronRow> neurons = readNeurons(resultsDir);
        return neurons.stream().anyMatch(n -> n.cellClass().isEmpty()) ? List.of()
                : neurons.stream().map(NeuronRow::cellClass).toList();
    }

    /**
     * One neuron of the studied matrix as {@code inits/neurons.csv} lists it.
     *
     * @param id        its id in the source
     * @param cellClass its cell class (empty when it has none)
     * @param sign      {@code excitatory}, {@code inhibitory} or {@code unknown}
     */
    public record NeuronRow(String id, String cellClass, String sign) {
    }

    /**
     * The neurons of the studied matrix in matrix order, from {@code inits/neurons.csv}; empty when the file is absent.
     *
     * @throws TransformException if the file is there but not as {@link #NEURON_COLUMNS} describes
     */
    public static List<NeuronRow> readNeurons(Path resultsDir) {
        Path file = resultsDir.resolve("inits").resolve(NEURONS_FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<NeuronRow> neurons = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            List<String> header = parser.getHeaderNames();
            if (!header.equals(NEURON_COLUMNS) && !header.equals(NEURON_COLUMNS.subList(0, NEURON_COLUMNS.size() - 1))) {
                throw new TransformException(file.toString(), "header " + header,
                        "the columns " + NEURON_COLUMNS + " (folders written before sign_source: without it)");
            }
            for (CSVRecord rec : parser) {
                if (rec.size() != header.size()) {
                    throw new TransformException(file + ":" + parser.getCurrentLineNumber(),
                            rec.size() + " fields", header.size() + " fields");
                }
                neurons.add(new NeuronRow(rec.get("id"), rec.get("cell_class"), rec.get("sign")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        return neurons;
    }

    /**
     * Reads {@code resultsDir/inits/summary.csv}: one {@link InitSummary} per init, in file order.
     *
     * @throws TransformException if the file is missing, its header is not {@link #SUMMARY_COLUMNS} or an older
     *                            column set, or a cell does not parse
     */
    public static List<InitSummary> readSummary(Path resultsDir) {
        Path file = resultsDir.resolve("inits").resolve("summary.csv");
        if (!Files.isRegularFile(file)) {
            throw new TransformException(file.toString(), "no such file", "an inits/summary.csv written by InitStore");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(r).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            if (!header.equals(SUMMARY_COLUMNS) && !header.equals(SUMMARY_COLUMNS_BEFORE_CLASS_MOTIFS)
                    && !header.equals(SUMMARY_COLUMNS_BEFORE_STRUCTURE)) {
                throw new TransformException(file + ":1", "header " + header, "the columns " + SUMMARY_COLUMNS
                        + " (in folders written before the per-class motifs without motifs_by_class; before the"
                        + " structure statistics " + SUMMARY_COLUMNS_BEFORE_STRUCTURE + ")");
            }
            List<InitSummary> rows = new ArrayList<>();
            for (CSVRecord rec : parser) {
                if (rec.size() != header.size()) {
                    throw new TransformException(file + ":" + parser.getCurrentLineNumber(), rec.size() + " fields",
                            header.size() + " fields");
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (String c : header) {
                    row.put(c, rec.get(c));
                }
                rows.add(InitSummary.parse(row, file + ":" + parser.getCurrentLineNumber()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    /**
     * Reads one init back (matrix, spectrum, recipe, seed) from {@code resultsDir/inits/<name>.h5}.
     *
     * @throws TransformException if the file is missing or lacks a dataset or attribute, or a
     *                            dataset has the wrong shape
     */
    public static InitialWeights read(Path resultsDir, String name) {
        Path file = resultsDir.resolve("inits").resolve(name + ".h5");
        if (!Files.isRegularFile(file)) {
            throw new TransformException(file.toString(), "no such file", "an init written by InitStore");
        }
        try (HdfFile f = new HdfFile(file)) {
            RecurrentMatrix w = weights(f, file);
            int n = w.size();
            double[] sv = dataset(f, file, "singular_values", double[].class);
            if (sv.length > n || sv.length == 0) {
                throw new TransformException(file + ":/singular_values", "length " + sv.length,
                        "length N = " + n + " (or the largest few, for sparse weights)");
            }
            double[] re = vector(f, file, "eigenvalues_real", sv.length);
            double[] im = vector(f, file, "eigenvalues_imag", sv.length);
            double[] fig = new double[FIGURES.size()];
            for (int k = 0; k < fig.length; k++) {
                fig[k] = attribute(f, file, FIGURES.get(k), Double.class);
            }
            Spectrum s = new Spectrum(sv, re, im, fig[0], fig[1], fig[2], fig[3], fig[4], fig[5], fig[6], fig[7], n);
            Map<String, String> recipe = new LinkedHashMap<>();
            for (String key : attribute(f, file, "recipe_keys", String[].class)) {
                recipe.put(key, attribute(f, file, RECIPE_PREFIX + key, String.class));
            }
            String storedName = attribute(f, file, "name", String.class);
            return new InitialWeights(storedName, w, s, recipe, attribute(f, file, "seed", Long.class));
        }
    }

    /** W0 dense, or in compressed rows ({@code W0_row_start}, {@code W0_pre}, {@code W0_values}). */
    private static RecurrentMatrix weights(HdfFile f, Path file) {
        if (f.getChildren().containsKey("W0")) {
            double[][] w = dataset(f, file, "W0", double[][].class);
            Matrices.requireSquareFinite(file + ":/W0", w);
            return new DenseMatrix(w);
        }
        int[] rowStart = dataset(f, file, W0_ROW_START, int[].class);
        SparseMatrix w;
        try {
            w = SparseMatrix.ofRows(rowStart.length - 1, rowStart, dataset(f, file, W0_PRE, int[].class),
                    dataset(f, file, W0_VALUES, double[].class));
        } catch (TransformException e) {
            throw new TransformException(file + ":/" + W0_ROW_START, e.getMessage(), "compressed rows as InitStore"
                    + " writes them", e);
        }
        w.forEachNonzero((i, j, v) -> {
            if (!Double.isFinite(v)) {
                throw new TransformException(file + ":/" + W0_VALUES, "W0[" + i + "][" + j + "] = " + v,
                        "finite weights");
            }
        });
        return w;
    }

    private static <T> T dataset(HdfFile f, Path file, String path, Class<T> type) {
        Dataset d;
        try {
            d = f.getDatasetByPath(path);
        } catch (RuntimeException e) {
            throw new TransformException(file + ":/" + path, "dataset missing", "a float64 dataset", e);
        }
        Object data = d.getData();
        if (!type.isInstance(data)) {
            throw new TransformException(file + ":/" + path, "holds " + data.getClass().getSimpleName(),
                    "a float64 dataset of type " + type.getSimpleName());
        }
        return type.cast(data);
    }

    private static double[] vector(HdfFile f, Path file, String path, int n) {
        double[] v = dataset(f, file, path, double[].class);
        if (v.length != n) {
            throw new TransformException(file + ":/" + path, "length " + v.length, "length N = " + n);
        }
        return v;
    }

    private static <T> T attribute(HdfFile f, Path file, String key, Class<T> type) {
        Attribute a = f.getAttribute(key);
        if (a == null) {
            throw new TransformException(file + ": attribute " + key, "missing", "a root attribute written by InitStore");
        }
        Object data = a.getData();
        if (!type.isInstance(data)) {
            throw new TransformException(file + ": attribute " + key, "holds " + data.getClass().getSimpleName(),
                    type.getSimpleName());
        }
        return type.cast(data);
    }
}
