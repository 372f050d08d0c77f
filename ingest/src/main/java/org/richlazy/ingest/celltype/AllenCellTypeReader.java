package org.richlazy.ingest.celltype;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.richlazy.ingest.CellClass;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.CellTypeTable;
import org.richlazy.ingest.ConnectivityReader;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.LimitOptions;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.Provenance;
import org.richlazy.ingest.text.Cells;
import org.richlazy.ingest.text.Delimiter;
import org.richlazy.ingest.text.Header;
import org.richlazy.ingest.text.TextRow;
import org.richlazy.ingest.text.TextSource;
import org.richlazy.ingest.text.TextTable;
import org.richlazy.ingest.text.Excerpt;

/**
 * The Allen Institute V1 cell-type layout (folder {@code allen-v1-celltype/}, space-delimited,
 * header row, first column = row label):
 *
 * <ul>
 *   <li>{@value #PMAX}: peak connection probability, row = pre class, column = post class; the
 *       floor {@value #PMAX_FLOOR} means "no data / zero" and is read as 0 (counted);</li>
 *   <li>{@value #NAMING}: populations with {@code ei} (the class sign), {@code layer}, the pmax
 *       label {@code cell_type} (the classes) and the PSP label {@code cell_type_psp};</li>
 *   <li>{@value #LOOKUP}: population x population (row = pre) -> key into the PSP table, so a
 *       class pair may use a broader PSP class (counted and noted);</li>
 *   <li>{@value #PSP}: per key, {@code syntype} (ex/in, checked against the pre class's sign),
 *       mean amplitude and log-normal fit (shape, scale) for the {@code 90th} (default) or
 *       {@code resting} measure (option {@code property}); {@code []} = missing.</li>
 * </ul>
 *
 * <p>Orientation: every file is row = presynaptic; the table is stored {@code [post][pre]}.
 * The files carry no class proportions: option {@code classes-file} names a {@code classes.csv} of the
 * simple layout ({@link CellTypeCsvReader}) with one row per pmax class, whose signs must agree with
 * the naming scheme; without it every class gets 1/K, recorded in notes and provenance.
 * A missing mean PSP is an error unless the pair's probability is 0 (then strength 0, counted);
 * a missing log-normal fit is {@code NaN} (counted).
 */
public final class AllenCellTypeReader implements ConnectivityReader<AllenOptions> {
    /** Format name. */
    public static final String FORMAT = "allen-v1-celltype";
    static final String PMAX = "pmax_matrix_v1dd.csv";
    static final String NAMING = "cell_type_naming_scheme.csv";
    static final String LOOKUP = "psp_lookup_table.csv";
    static final String PSP = "psp_characterization.csv";
    static final double PMAX_FLOOR = 2.44140625e-05;
    private static final String MISSING = "[]";

    @Override
    public Class<AllenOptions> optionsType() {
        return AllenOptions.class;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    /** Whether a folder holds this layout. */
    public static boolean isLayout(Path folder) {
        return Files.isRegularFile(folder.resolve(PMAX)) && Files.isRegularFile(folder.resolve(NAMING))
                && Files.isRegularFile(folder.resolve(LOOKUP)) && Files.isRegularFile(folder.resolve(PSP));
    }

    /** Whether a file name is one of this layout's files. */
    public static boolean isLayoutFile(String name) {
        return List.of(PMAX, NAMING, LOOKUP, PSP).contains(name);
    }

    @Override
    public Ingested read(Path path, AllenOptions options, LimitOptions limitOptions) {
        Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        if (!isLayout(folder)) {
            throw new IngestException(path.toString(), "", "not an Allen cell-type folder",
                    "a folder holding " + List.of(PMAX, NAMING, LOOKUP, PSP));
        }
        String measure = (options.property() == null ? AllenOptions.PspMeasure.NINETIETH : options.property()).word();
        ReadLimits limits = ReadLimits.of(path.toString(), limitOptions);
        TextTable pmax = table(folder.resolve(PMAX), limits);
        TextTable naming = table(folder.resolve(NAMING), limits);
        TextTable lookup = table(folder.resolve(LOOKUP), limits);
        TextTable psp = table(folder.resolve(PSP), limits);

        List<String> classNames = new Header(pmax.name(), pmax.rows().get(0)).names().subList(1, pmax.rows().get(0).size());
        Map<String, Integer> classIndex = new LinkedHashMap<>();
        for (String c : classNames) {
            if (classIndex.putIfAbsent(c, classIndex.size()) != null) {
                throw new IngestException(pmax.name(), "line " + pmax.rows().get(0).line(),
                        "duplicate class '" + c + "'", "each class once");
            }
        }
        int k = classNames.size();
        Populations pops = Populations.read(naming, classIndex);
        double[][] probability = new double[k][k];
        long floors = readPmax(pmax, classIndex, probability);
        Map<String, TextRow> lookupRows = byLabel(lookup);
        Header lookupHeader = new Header(lookup.name(), lookup.rows().get(0));
        Map<String, PspRow> pspRows = PspRow.read(psp, measure);

        double[][] strength = new double[k][k];
        double[][] shape = new double[k][k];
        double[][] scale = new double[k][k];
        long substituted = 0;
        long zeroFilled = 0;
        long noFit = 0;
        List<String> substitutionExamples = new ArrayList<>();
        for (int pre = 0; pre < k; pre++) {
            for (int post = 0; post < k; post++) {
                String key = pspKey(lookup.name(), lookupHeader, lookupRows, pops, classNames.get(pre), classNames.get(post));
                PspRow row = pspRows.get(key);
                if (row == null) {
                    throw new IngestException(psp.name(), "", "no row for connection '" + key + "' (used by "
                            + classNames.get(pre) + " -> " + classNames.get(post) + " in " + LOOKUP + ")",
                            "a row for every key of the lookup table");
                }
                if (row.sign() != pops.sign(pre)) {
                    throw new IngestException(psp.name(), "line " + row.line(), "syntype of '" + key + "' is "
                            + row.sign() + " but class " + classNames.get(pre) + " is " + pops.sign(pre),
                            "syntype matching the presynaptic class's ei");
                }
                if (!row.pre().equals(pops.pspLabel(pre)) || !row.post().equals(pops.pspLabel(post))) {
                    substituted++;
                    if (substitutionExamples.size() < 3) {
                        substitutionExamples.add(classNames.get(pre) + " -> " + classNames.get(post) + " uses " + key);
                    }
                }
                if (Double.isNaN(row.mean())) {
                    if (probability[post][pre] != 0) {
                        throw new IngestException(psp.name(), "line " + row.line(), "mean PSP of '" + key
                                + "' is missing ([]) but " + classNames.get(pre) + " -> " + classNames.get(post)
                                + " has probability " + probability[post][pre], "a mean amplitude for every connected pair");
                    }
                    zeroFilled++;
                }
                strength[post][pre] = Double.isNaN(row.mean()) ? 0 : row.mean();
                shape[post][pre] = row.shape();
                scale[post][pre] = row.scale();
                if (Double.isNaN(row.shape())) {
                    noFit++;
                }
            }
        }

        double[] proportions = options.classesFile() == null ? equal(k)
                : proportionsFrom(Path.of(options.classesFile()), classNames, pops, limits);
        List<CellClass> classes = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            classes.add(new CellClass(classNames.get(i), proportions[i], pops.sign(i)));
        }
        List<String> notes = new ArrayList<>();
        notes.add("Allen Institute V1 cell-type tables (BSD-3): peak connection probability from " + PMAX
                + "; mean PSP amplitude (" + measure + " measure, mV) and log-normal fits from " + PSP + ".");
        notes.add(options.classesFile() == null
                ? "The files give no class proportions; every class is assigned 1/" + k + "."
                : "Class proportions from " + options.classesFile() + ".");
        if (substituted > 0) {
            notes.add(substituted + " class pairs take their PSP from a broader class via " + LOOKUP + ", e.g. "
                    + String.join("; ", substitutionExamples) + ".");
        }
        Provenance prov = new Provenance(
                sources(List.of(pmax.name(), naming.name(), lookup.name(), psp.name()), options.classesFile()), FORMAT,
                List.of(PMAX, NAMING, LOOKUP, PSP + " (" + measure + ")"),
                "rows = presynaptic class, columns = postsynaptic class (transposed into [post][pre])", List.of())
                .withStep("transposed pre x post tables into [post][pre]", (long) k * k, "orientation: docs/science.md, \"Orientation\"")
                .withStep("read pmax floor " + PMAX_FLOOR + " as 0", floors, "the floor means no data / zero")
                .withStep(options.classesFile() == null ? "assigned equal proportions 1/" + k
                        : "took class proportions from " + options.classesFile(), k,
                        options.classesFile() == null ? "the Allen files carry no class proportions; no option classes-file"
                                : "option classes-file")
                .withStep("class pairs using a broader PSP class", substituted, "as the lookup table maps them");
        if (zeroFilled > 0) {
            prov = prov.withStep("missing mean PSP read as 0 strength", zeroFilled, "the pair's probability is 0");
        }
        if (noFit > 0) {
            prov = prov.withStep("missing log-normal fit kept as NaN", noFit, "[] in " + PSP);
        }
        return new Ingested.Table(new CellTypeTable(classes, probability, strength,
                Optional.of(new CellTypeTable.LogNormalFit(shape, scale)), "mV", notes, prov));
    }

    private static double[] equal(int k) {
        double[] p = new double[k];
        java.util.Arrays.fill(p, 1.0 / k);
        return p;
    }

    private static List<String> sources(List<String> files, String classesFile) {
        List<String> all = new ArrayList<>(files);
        if (classesFile != null) {
            all.add(classesFile);
        }
        return all;
    }

    /** Proportions from a classes.csv naming exactly the pmax classes, with signs matching the naming scheme. */
    private static double[] proportionsFrom(Path file, List<String> classNames, Populations pops, ReadLimits limits) {
        List<CellClass> given = CellTypeCsvReader.readClasses(TextSource.of(file, limits));
        Map<String, CellClass> byName = new HashMap<>();
        for (CellClass c : given) {
            byName.put(c.name(), c);
        }
        if (!byName.keySet().equals(new java.util.HashSet<>(classNames))) {
            throw new IngestException(file.toString(), "column class", "classes " + byName.keySet(),
                    "exactly the classes of " + PMAX + " " + classNames);
        }
        double[] p = new double[classNames.size()];
        for (int i = 0; i < p.length; i++) {
            CellClass c = byName.get(classNames.get(i));
            if (c.sign() != pops.sign(i)) {
                throw new IngestException(file.toString(), "class " + c.name(), "sign " + c.sign(),
                        pops.sign(i) + " as " + NAMING + " says");
            }
            p[i] = c.proportion();
        }
        return p;
    }

    private static TextTable table(Path file, ReadLimits limits) {
        return TextTable.read(TextSource.of(file, limits), Delimiter.WHITESPACE, false);
    }

    /** Rows of a labelled matrix: first-column label -> row. */
    private static Map<String, TextRow> byLabel(TextTable t) {
        Map<String, TextRow> map = new HashMap<>();
        for (TextRow r : t.rows().subList(1, t.rows().size())) {
            if (map.put(r.cell(0), r) != null) {
                throw new IngestException(t.name(), "line " + r.line(), "duplicate row label '" + r.cell(0) + "'",
                        "each label once");
            }
        }
        return map;
    }

    private static long readPmax(TextTable pmax, Map<String, Integer> classIndex, double[][] probability) {
        int k = classIndex.size();
        Set<String> seen = new LinkedHashSet<>();
        List<String> names = List.copyOf(classIndex.keySet());
        long floors = 0;
        for (TextRow r : pmax.rows().subList(1, pmax.rows().size())) {
            if (r.size() != k + 1) {
                throw new IngestException(pmax.name(), "line " + r.line(), "row of " + r.size() + " cells",
                        (k + 1) + " cells (label + one per class)");
            }
            String pre = r.cell(0);
            Integer i = classIndex.get(pre);
            if (i == null || !seen.add(pre)) {
                throw new IngestException(pmax.name(), "line " + r.line(), (i == null ? "unknown" : "duplicate")
                        + " row class '" + pre + "'", "each class of the header once as a row");
            }
            for (int c = 0; c < k; c++) {
                double p = Cells.probability(pmax.name(), r.line(), names.get(c), r.cell(c + 1),
                        "peak connection probability");
                if (Math.abs(p - PMAX_FLOOR) <= 1e-6 * PMAX_FLOOR) {
                    p = 0;
                    floors++;
                }
                probability[c][i] = p;
            }
        }
        if (seen.size() != k) {
            throw new IngestException(pmax.name(), "", seen.size() + " rows for " + k + " classes", "a square table");
        }
        return floors;
    }

    /** The PSP key of a class pair: every population pair of the two classes must agree. */
    private static String pspKey(String file, Header h, Map<String, TextRow> rows, Populations pops,
                                 String preClass, String postClass) {
        Set<String> keys = new LinkedHashSet<>();
        for (String prePop : pops.of(preClass)) {
            TextRow row = rows.get(prePop);
            if (row == null) {
                throw new IngestException(file, "", "no row for population '" + prePop + "'",
                        "a row for every population of " + NAMING);
            }
            for (String postPop : pops.of(postClass)) {
                int col = h.require(postPop);
                if (col >= row.size()) {
                    throw new IngestException(file, "line " + row.line(), "row '" + prePop + "' has " + row.size()
                            + " cells, none in the column of population '" + postPop + "'",
                            "a cell under every header column (truncated or short row?)");
                }
                keys.add(row.cell(col));
            }
        }
        if (keys.size() != 1) {
            throw new IngestException(file, "", "populations of " + preClass + " -> " + postClass
                    + " map to different PSP keys " + keys, "one PSP key per class pair");
        }
        return keys.iterator().next();
    }

    /** One row of the PSP characterisation for the chosen measure. */
    private record PspRow(int line, String pre, String post, CellSign sign, double mean, double shape, double scale) {
        static Map<String, PspRow> read(TextTable t, String measure) {
            Header h = new Header(t.name(), t.rows().get(0));
            int key = h.require("connection");
            int pre = h.require("pre");
            int post = h.require("post");
            int syn = h.require("syntype");
            int mean = h.require("mean_" + measure);
            int shape = h.require("logn_shape_" + measure);
            int scale = h.require("logn_scale_" + measure);
            Map<String, PspRow> rows = new HashMap<>();
            for (TextRow r : t.rows().subList(1, t.rows().size())) {
                if (r.size() != h.size()) {
                    throw new IngestException(t.name(), "line " + r.line(), "row of " + r.size() + " cells",
                            h.size() + " cells, as the header");
                }
                CellSign sign = SignWords.parse(r.cell(syn)).orElseThrow(() -> new IngestException(t.name(),
                        Cells.where(r.line(), "syntype"), "syntype " + Excerpt.quote(r.cell(syn)), "ex or in"));
                PspRow row = new PspRow(r.line(), r.cell(pre), r.cell(post), sign,
                        value(t, r, mean, "mean_" + measure), value(t, r, shape, "logn_shape_" + measure),
                        value(t, r, scale, "logn_scale_" + measure));
                if (rows.put(r.cell(key), row) != null) {
                    throw new IngestException(t.name(), "line " + r.line(), "duplicate connection " + Excerpt.quote(r.cell(key)),
                            "each connection once");
                }
            }
            return rows;
        }

        private static double value(TextTable t, TextRow r, int col, String name) {
            String cell = r.cell(col);
            return cell.equals(MISSING) ? Double.NaN : Cells.nonNegative(t.name(), r.line(), name, cell, name);
        }
    }
}
