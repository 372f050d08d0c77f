package org.richlazy.ingest.celltype;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.richlazy.ingest.CellClass;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.CellTypeTable;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.Provenance;
import org.richlazy.ingest.text.Cells;
import org.richlazy.ingest.text.Delimiter;
import org.richlazy.ingest.text.Header;
import org.richlazy.ingest.text.TextRow;
import org.richlazy.ingest.text.TextSource;
import org.richlazy.ingest.text.TextTable;
import org.richlazy.ingest.text.Excerpt;

/**
 * Reads the simple cell-type layout a user can write by hand (documented in {@code docs/formats.md}):
 *
 * <ul>
 *   <li>{@code classes.csv}: header {@code class,proportion,sign}; one row per class; proportions
 *       in [0, 1] summing to 1 within {@value #PROPORTION_TOLERANCE}; sign {@code E} or {@code I}.</li>
 *   <li>{@code pairs.csv}: header {@code pre,post,probability,strength} optionally followed by
 *       {@code lognormal_shape,lognormal_scale}; one row per ordered (pre, post) class pair, each at most
 *       once; a pair without a row is an error, or (when asked) probability and strength 0 with no fit.
 *       Strength is a non-negative mean amplitude; the sign comes from the presynaptic class.</li>
 * </ul>
 *
 * <p>Both files are comma-separated UTF-8 and allow {@code #} comment lines. A comment
 * {@code # note: text} is copied into {@link CellTypeTable#notes()}; {@code # unit: mV} in
 * {@code pairs.csv} names the strength unit (else the unit is recorded as {@code "unspecified"}).
 *
 * <p>Orientation: {@code pairs.csv} names pre and post explicitly; the table is stored
 * {@code [post][pre]}, so {@code probability(post, pre)} is the row whose {@code pre} and
 * {@code post} cells name those classes.
 */
public final class CellTypeCsvReader {
    /** Format name recorded in provenance. */
    public static final String FORMAT = "celltype-csv";
    static final double PROPORTION_TOLERANCE = 1e-6;
    private static final String UNSPECIFIED_UNIT = "unspecified";
    private static final List<String> CLASS_COLUMNS = List.of("class", "proportion", "sign");
    private static final List<String> PAIR_COLUMNS = List.of("pre", "post", "probability", "strength",
            "lognormal_shape", "lognormal_scale");
    /** How many missing pairs an error names (it gives the count of all). */
    static final int MISSING_NAMED = 5;

    private CellTypeCsvReader() {
    }

    /**
     * Reads and validates both files.
     *
     * @param unitOverride  a strength unit that replaces the file's {@code # unit:}, or null
     * @param missingAsZero whether a pair without a row is read as probability 0 and strength 0 (no log-normal
     *                      fit), counted in the provenance, rather than an error
     * @throws IngestException for a missing column, non-numeric cell, probability outside [0, 1],
     *                         proportions not summing to 1, unknown class, duplicate pair, or missing pair
     *                         unless {@code missingAsZero}
     */
    public static CellTypeTable read(TextSource classesFile, TextSource pairsFile, String unitOverride,
                                     boolean missingAsZero) {
        TextTable classRows = TextTable.read(classesFile, Delimiter.COMMA, true);
        TextTable pairRows = TextTable.read(pairsFile, Delimiter.COMMA, true);
        List<CellClass> classes = readClasses(classRows);
        Map<String, Integer> index = new LinkedHashMap<>();
        for (CellClass c : classes) {
            index.put(c.name(), index.size());
        }
        int k = classes.size();
        double[][] probability = new double[k][k];
        double[][] strength = new double[k][k];
        double[][] shape = new double[k][k];
        double[][] scale = new double[k][k];
        PairRows pairs = readPairs(pairRows, index, probability, strength, shape, scale);
        if (!pairs.missing().isEmpty() && !missingAsZero) {
            List<String> missing = pairs.missing();
            throw new IngestException(pairRows.name(), "", "missing " + missing.size() + " of the " + k * k
                    + " ordered (pre, post) pairs" + (missing.size() > MISSING_NAMED ? ", the first " + MISSING_NAMED : "")
                    + ": " + String.join(", ", missing.subList(0, Math.min(MISSING_NAMED, missing.size()))),
                    "one row for each of the " + k * k + " ordered (pre, post) class pairs, or option missing-pairs "
                            + "= zero to read a missing pair as probability 0 and strength 0");
        }

        List<String> notes = new ArrayList<>();
        notes.addAll(directives(classRows, "note:"));
        notes.addAll(directives(pairRows, "note:"));
        List<String> units = directives(pairRows, "unit:");
        if (units.size() > 1) {
            throw new IngestException(pairRows.name(), "", "several '# unit:' lines " + units, "at most one");
        }
        String unit = unitOverride != null ? unitOverride : units.isEmpty() ? UNSPECIFIED_UNIT : units.get(0);
        Provenance provenance = Provenance.of(List.of(classRows.name(), pairRows.name()), FORMAT,
                        "pairs.csv rows name (pre, post); stored [post][pre]")
                .withStep("placed (pre, post) rows at [post][pre]", (long) k * k,
                        "the tool's matrices are indexed [post][pre] (docs/science.md, \"Orientation\")");
        if (missingAsZero) {
            provenance = provenance.withStep("read the (pre, post) pairs without a row as probability 0 and strength 0"
                    + (pairs.fits() ? ", no log-normal fit" : ""), pairs.missing().size(), "option missing-pairs = zero");
        }
        if (unitOverride != null) {
            provenance = provenance.withStep("strength unit set to '" + unitOverride + "' by option", 0,
                    "the user named the unit");
        } else if (units.isEmpty()) {
            provenance = provenance.withStep("strength unit recorded as 'unspecified'", 0,
                    "pairs.csv has no '# unit:' line");
        }
        return new CellTypeTable(classes, probability, strength,
                pairs.fits() ? java.util.Optional.of(new CellTypeTable.LogNormalFit(shape, scale))
                        : java.util.Optional.empty(),
                unit, notes, provenance);
    }

    private static List<String> directives(TextTable table, String prefix) {
        List<String> found = new ArrayList<>();
        for (String c : table.comments()) {
            if (c.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                found.add(c.substring(prefix.length()).strip());
            }
        }
        return found;
    }

    /**
     * Reads a {@code classes.csv} on its own (used to give proportions to tables that lack them).
     *
     * @throws IngestException as {@link #read} does for that file
     */
    static List<CellClass> readClasses(TextSource classesFile) {
        return readClasses(TextTable.read(classesFile, Delimiter.COMMA, false));
    }

    private static List<CellClass> readClasses(TextTable table) {
        String file = table.name();
        Header header = new Header(file, table.rows().get(0));
        header.requireOnly(CLASS_COLUMNS);
        int nameCol = header.require("class");
        int propCol = header.require("proportion");
        int signCol = header.require("sign");
        List<CellClass> classes = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        double sum = 0;
        for (TextRow row : table.rows().subList(1, table.rows().size())) {
            requireWidth(file, row, header.size());
            String name = row.cell(nameCol).strip();
            if (name.isEmpty()) {
                throw new IngestException(file, Cells.where(row.line(), "class"), "empty class name", "a class name");
            }
            Integer before = seen.put(name, row.line());
            if (before != null) {
                throw new IngestException(file, Cells.where(row.line(), "class"),
                        "duplicate class " + Excerpt.quote(name) + " (first on line " + before + ")", "each class once");
            }
            double p = Cells.probability(file, row.line(), "proportion", row.cell(propCol), "proportion of " + name);
            CellSign sign = SignWords.parse(row.cell(signCol)).orElseThrow(() -> new IngestException(file,
                    Cells.where(row.line(), "sign"), "sign " + Excerpt.quote(row.cell(signCol).strip()) + " of class " + Excerpt.quote(name),
                    "one of " + SignWords.ACCEPTED));
            sum += p;
            classes.add(new CellClass(name, p, sign));
        }
        if (classes.isEmpty()) {
            throw new IngestException(file, "", "no class rows after the header", "at least one class");
        }
        if (Math.abs(sum - 1) > PROPORTION_TOLERANCE) {
            throw new IngestException(file, "column proportion", "proportions sum to " + sum,
                    "proportions summing to 1 (within " + PROPORTION_TOLERANCE + ")");
        }
        return classes;
    }

    /**
     * What {@code pairs.csv} held besides the values: whether it has log-normal columns, and the pairs without a
     * row ({@code pre -> post}, by presynaptic class then postsynaptic, in the order of {@code classes.csv}).
     */
    private record PairRows(boolean fits, List<String> missing) {
    }

    /** Fills the [post][pre] matrices; a pair without a row keeps probability and strength 0, and no fit (NaN). */
    private static PairRows readPairs(TextTable table, Map<String, Integer> index, double[][] probability,
                                     double[][] strength, double[][] shape, double[][] scale) {
        String file = table.name();
        Header header = new Header(file, table.rows().get(0));
        header.requireOnly(PAIR_COLUMNS);
        int preCol = header.require("pre");
        int postCol = header.require("post");
        int probCol = header.require("probability");
        int strengthCol = header.require("strength");
        int shapeCol = header.find("lognormal_shape");
        int scaleCol = header.find("lognormal_scale");
        if ((shapeCol < 0) != (scaleCol < 0)) {
            throw new IngestException(file, "line " + table.rows().get(0).line(),
                    "only one of lognormal_shape / lognormal_scale", "both log-normal columns or neither");
        }
        boolean fits = shapeCol >= 0;
        int k = index.size();
        int[][] lineOf = new int[k][k];
        for (TextRow row : table.rows().subList(1, table.rows().size())) {
            requireWidth(file, row, header.size());
            int pre = classIndex(file, row, preCol, "pre", index);
            int post = classIndex(file, row, postCol, "post", index);
            if (lineOf[post][pre] != 0) {
                throw new IngestException(file, "line " + row.line(), "duplicate pair " + row.cell(preCol).strip()
                        + " -> " + row.cell(postCol).strip() + " (first on line " + lineOf[post][pre] + ")",
                        "each (pre, post) pair once");
            }
            lineOf[post][pre] = row.line();
            probability[post][pre] = Cells.probability(file, row.line(), "probability", row.cell(probCol),
                    "connection probability");
            strength[post][pre] = Cells.nonNegative(file, row.line(), "strength", row.cell(strengthCol), "strength");
            if (fits) {
                readFit(file, row, shapeCol, scaleCol, shape, scale, post, pre);
            }
        }
        List<String> missing = new ArrayList<>();
        List<String> names = List.copyOf(index.keySet());
        for (int pre = 0; pre < k; pre++) {
            for (int post = 0; post < k; post++) {
                if (lineOf[post][pre] == 0) {
                    missing.add(names.get(pre) + " -> " + names.get(post));
                    shape[post][pre] = Double.NaN;
                    scale[post][pre] = Double.NaN;
                }
            }
        }
        return new PairRows(fits, missing);
    }

    private static void readFit(String file, TextRow row, int shapeCol, int scaleCol, double[][] shape,
                                double[][] scale, int post, int pre) {
        String s = row.cell(shapeCol).strip();
        String c = row.cell(scaleCol).strip();
        if (s.isEmpty() && c.isEmpty()) {
            shape[post][pre] = Double.NaN;
            scale[post][pre] = Double.NaN;
            return;
        }
        shape[post][pre] = Cells.nonNegative(file, row.line(), "lognormal_shape", s, "log-normal shape");
        scale[post][pre] = Cells.nonNegative(file, row.line(), "lognormal_scale", c, "log-normal scale");
    }

    private static int classIndex(String file, TextRow row, int col, String column, Map<String, Integer> index) {
        String name = row.cell(col).strip();
        Integer i = index.get(name);
        if (i == null) {
            throw new IngestException(file, Cells.where(row.line(), column), "unknown class " + Excerpt.quote(name),
                    "one of the classes in classes.csv " + index.keySet());
        }
        return i;
    }

    private static void requireWidth(String file, TextRow row, int width) {
        if (row.size() != width) {
            throw new IngestException(file, "line " + row.line(), "row has " + row.size() + " cells",
                    width + " cells, as the header");
        }
    }
}
