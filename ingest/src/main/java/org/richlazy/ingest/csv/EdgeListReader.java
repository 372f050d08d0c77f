package org.richlazy.ingest.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.ConnectivityReader;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.SizeLimits;
import org.richlazy.ingest.LimitOptions;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.Provenance;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.assemble.EdgeSums;
import org.richlazy.ingest.assemble.GapJunctions;
import org.richlazy.ingest.assemble.LabelsFile;
import org.richlazy.ingest.assemble.NeuronIndex;
import org.richlazy.ingest.assemble.NeuronNames;
import org.richlazy.ingest.text.Cells;
import org.richlazy.ingest.text.TextRow;
import org.richlazy.ingest.text.TextSource;
import org.richlazy.ingest.table.Sheet;
import org.richlazy.ingest.table.Spreadsheets;
import org.richlazy.ingest.text.TextTable;

/**
 * Edge lists: one row per directed edge, {@code source,target[,weight[,type]]}, with named columns
 * or headerless, as text or as a spreadsheet sheet (option {@code sheet}; Witvliet et al. 2021's
 * {@code pre, post, type, synapses} workbooks). Names are trimmed and compared case-sensitively; numeric ids of any width are
 * kept as text, so 64-bit ids survive.
 *
 * <p>Orientation: {@code source} is presynaptic, {@code target} postsynaptic; the edge lands at
 * {@code W[target][source]}.
 *
 * <p>Aggregation, each recorded in provenance with its count: rows repeating a (source, target,
 * type) are summed; with several synapse types kept (option {@code edge-type}, default all) the
 * types of one pair are summed; electrical (gap-junction) rows are kept as listed, with the
 * number listed in one direction only and the number of pairs whose two directions disagree
 * recorded, or (option {@code electrical: mirror-missing}) completed by the missing reverse
 * direction. Self-loops are kept and counted.
 */
public final class EdgeListReader implements ConnectivityReader<EdgeListOptions> {
    /** Format name. */
    public static final String FORMAT = "edge-list";
    private static final String ALL = "all";

    @Override
    public Class<EdgeListOptions> optionsType() {
        return EdgeListOptions.class;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Ingested read(Path path, EdgeListOptions options, LimitOptions limitOptions) {
        String file = path.toString();
        ReadLimits limits = ReadLimits.of(file, limitOptions);
        Rows rows = rows(path, options, limits);
        EdgeListColumns cols = EdgeListColumns.of(file, rows.first(), options);
        int width = rows.first().size();
        String wanted = options.edgeType() == null ? ALL : options.edgeType().strip().toLowerCase(Locale.ROOT);
        if (!wanted.equals(ALL) && cols.type() < 0) {
            throw new IngestException(file, "option edge-type", "edge-type '" + options.edgeType()
                    + "' given but the file has no synapse-type column", "a type column, or edge-type all");
        }

        NeuronIndex index = options.labelsFile() == null ? NeuronIndex.open()
                : NeuronIndex.closed(LabelsFile.read(Path.of(options.labelsFile()), limits), options.labelsFile());
        Map<String, EdgeSums> byType = new LinkedHashMap<>();
        Map<String, Long> leftOut = new LinkedHashMap<>();
        long[] zeroRows = {0};
        long[] read = {0};
        boolean[] header = {cols.hasHeader()};
        rows.each().accept(row -> {
            if (header[0]) {
                header[0] = false;
                return;
            }
            if (row.size() != width) {
                throw new IngestException(file, "line " + row.line(), "ragged row of " + row.size() + " cells",
                        width + " cells, as the first row");
            }
            read[0]++;
            String type = cols.type() < 0 ? "" : row.cell(cols.type()).strip().toLowerCase(Locale.ROOT);
            if (!wanted.equals(ALL) && !type.equals(wanted)) {
                leftOut.merge(type, 1L, Long::sum);
                return;
            }
            int pre = index.indexOf(name(file, row, cols.source(), "source"), file, () -> Cells.where(row.line(), "source"));
            int post = index.indexOf(name(file, row, cols.target(), "target"), file, () -> Cells.where(row.line(), "target"));
            if (rows.sheet() != null && cols.weight() >= 0) {
                rows.sheet().requireNotText(row.line() - 1, cols.weight(), "a numeric weight cell");
            }
            double w = cols.weight() < 0 ? 1 : Cells.finite(file, row.line(), cols.weightName(),
                    row.cell(cols.weight()), "weight");
            if (w == 0) {
                zeroRows[0]++;
            }
            byType.computeIfAbsent(type, t -> new EdgeSums()).add(pre, post, w);
        });
        if (!wanted.equals(ALL) && byType.isEmpty()) {
            throw new IngestException(file, "option edge-type", "no row has type '" + options.edgeType()
                    + "' (types present: " + leftOut.keySet() + ")", "one of the types present, or all");
        }

        Provenance prov = Provenance.of(List.of(file), FORMAT,
                "edge rows: source = presynaptic, target = postsynaptic; stored W[target][source]")
                .withStep("read edge rows", read[0], "one row per directed edge");
        for (Map.Entry<String, Long> e : leftOut.entrySet()) {
            prov = prov.withStep("left out rows of type '" + e.getKey() + "'", e.getValue(),
                    "option edge-type = " + options.edgeType());
        }
        EdgeSums all = new EdgeSums(byType.values().stream().mapToInt(EdgeSums::pairs).sum());
        List<double[]> reverseToAdd = new ArrayList<>();
        for (Map.Entry<String, EdgeSums> e : byType.entrySet()) {
            EdgeSums sums = e.getValue();
            String label = e.getKey().isEmpty() ? "" : " of type '" + e.getKey() + "'";
            if (sums.duplicates() > 0) {
                prov = prov.withStep("summed repeated (source, target) rows" + label, sums.duplicates(),
                        "a pair listed more than once is one connection whose weights add");
            }
            if (isElectrical(e.getKey())) {
                prov = GapJunctions.check(sums, options.electrical(), prov, reverseToAdd);
            }
            sums.forEach(all::add);
        }
        if (byType.size() > 1) {
            prov = prov.withStep("summed synapse types " + byType.keySet() + " into one weight per pair",
                    all.duplicates(), "option edge-type = all: every type kept; count = additions onto a pair already holding another type");
        }
        for (double[] e : reverseToAdd) {
            all.add((int) e[0], (int) e[1], e[2]);
        }
        if (zeroRows[0] > 0) {
            prov = prov.withStep("kept zero-weight rows (no matrix entry)", zeroRows[0], "weight 0 as given");
        }
        long selfLoops = all.diagonalEntries(index.size());
        if (selfLoops > 0) {
            prov = prov.withStep("kept self-loops", selfLoops, "autapses as listed; count = diagonal entries");
        }
        prov = prov.withStep(options.labelsFile() == null ? "neurons ordered by first appearance"
                : "neurons ordered as in " + options.labelsFile(), index.size(),
                options.labelsFile() == null ? "no labels file given" : "option labels-file");
        if (options.weightUnit() != null) {
            prov = prov.withStep("weight unit set to '" + options.weightUnit() + "'", 0, "option weight-unit");
        }

        String unit = options.weightUnit() != null ? options.weightUnit() : cols.unit();
        return new Ingested.Matrix(Connectome.sparse(NeuronNames.unsigned(index.names()), all, unit, prov,
                SizeLimits.maxNeurons(file, limitOptions)));
    }

    /**
     * The first row of an edge list, and a visit of every row (the first included).
     *
     * @param each visits the rows in file order; a text file's rows are read as they are visited, not kept
     */
    private record Rows(TextRow first, Consumer<Consumer<TextRow>> each, Sheet sheet) {
    }

    /** The rows of a text file (streamed), or of a spreadsheet's sheet (option {@code sheet}, else its only sheet). */
    private static Rows rows(Path path, EdgeListOptions options, ReadLimits limits) {
        if (Spreadsheets.isSpreadsheet(path)) {
            Sheet sheet = Spreadsheets.read(path, options.sheet(), name -> false, limits);
            List<TextRow> rows = sheet.textRows();
            if (rows.isEmpty()) {
                throw new IngestException(path.toString(), "sheet", "an empty sheet", "a header and edge rows");
            }
            return new Rows(rows.get(0), rows::forEach, sheet);
        }
        TextSource source = TextSource.of(path, limits);
        TextTable first = TextTable.first(source, options.delimiter(), true);
        return new Rows(first.rows().get(0), visit -> TextTable.stream(source, first.delimiter(), comment -> { }, row -> {
            visit.accept(row);
            return true;
        }), null);
    }

    /** Whether a row names a source or target column, as an edge list's header does. */
    public static boolean isEdgeHeader(TextRow row) {
        return EdgeListColumns.namesEdgeColumns(row);
    }

    /** Whether a synapse-type word names gap junctions. */
    static boolean isElectrical(String type) {
        return type.contains("electrical") || type.startsWith("gap") || type.equals("ej");
    }

    private static String name(String file, TextRow row, int col, String role) {
        String n = row.cell(col).strip();
        if (n.isEmpty()) {
            throw new IngestException(file, Cells.where(row.line(), role), "empty " + role + " name",
                    "a neuron name or id");
        }
        return n;
    }
}
