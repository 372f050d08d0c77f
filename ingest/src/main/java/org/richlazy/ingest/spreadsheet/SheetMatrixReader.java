package org.richlazy.ingest.spreadsheet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.ConnectivityReader;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.LimitOptions;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.Orientation;
import org.richlazy.ingest.Provenance;
import org.richlazy.ingest.assemble.LabelledMatrix;
import org.richlazy.ingest.assemble.NeuronNames;
import org.richlazy.ingest.table.Sheet;
import org.richlazy.ingest.table.Spreadsheets;
import org.richlazy.ingest.text.Excerpt;

/**
 * A labelled adjacency matrix in one sheet of a workbook, such as Cook et al. 2019's SI 5 (sheets
 * {@code hermaphrodite chemical}, {@code hermaphrodite gap jn symmetric}, {@code male chemical}, ...; option
 * {@code sheet}, required when the workbook has several). The labels are found, not assumed: the column
 * labels are the row (among the first 20) with the most text cells, the row labels the column (among the
 * first 20) with the most text cells; each runs from the cell after their crossing to the first empty cell.
 * The block they span is the matrix: a number, or an empty cell (0, counted); text there is an error, also
 * a text cell that reads like a number.
 * Non-empty cells outside the block (Cook's category headers and the repeated labels beyond the last
 * column and row) are counted and left out.
 *
 * <p>Orientation: option {@code orientation}, default {@code rows-pre} (Cook's sheets: rows presynaptic);
 * rows and columns are aligned into neurons by {@link LabelledMatrix} (a chemical sheet's columns add
 * muscles and end organs, so its neurons are the union of the labels).
 */
public final class SheetMatrixReader implements ConnectivityReader<SheetOptions> {
    /** Format name. */
    public static final String FORMAT = "xlsx-matrix";
    private static final int SEARCH = 20;

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Class<SheetOptions> optionsType() {
        return SheetOptions.class;
    }

    @Override
    public Ingested read(Path path, SheetOptions options, LimitOptions limits) {
        String file = path.toString();
        boolean rowsPre = Orientation.rowsArePre(options.orientation());
        Sheet sheet = Spreadsheets.read(path, options.sheet(), name -> false, ReadLimits.of(file, limits));
        int labelRow = mostText(sheet, true);
        int labelCol = mostText(sheet, false);
        if (labelRow < 0 || labelCol < 0) {
            throw new IngestException(file, "sheet '" + sheet.name() + "'", "no row and column of labels in the first "
                    + SEARCH + " rows and columns", "a sheet with neuron labels along a row and a column");
        }
        List<String> colNames = run(sheet, labelRow, labelCol + 1, false);
        List<String> rowNames = run(sheet, labelRow + 1, labelCol, true);
        String where = "sheet '" + sheet.name() + "'";
        double[][] table = new double[rowNames.size()][colNames.size()];
        long empty = 0;
        for (int r = 0; r < rowNames.size(); r++) {
            for (int c = 0; c < colNames.size(); c++) {
                int row = labelRow + 1 + r;
                int col = labelCol + 1 + c;
                String cell = sheet.cell(row, col).strip();
                if (cell.isEmpty()) {
                    empty++;
                    continue;
                }
                sheet.requireNotText(row, col, "a number or an empty cell");
                table[r][c] = number(file, where + ", cell " + Sheet.reference(row, col), cell);
            }
        }
        long outside = outside(sheet, labelRow, labelCol, rowNames.size(), colNames.size());
        Provenance prov = Provenance.of(List.of(file), FORMAT, Orientation.text(rowsPre))
                .withDatasetPaths(List.of(sheet.name()))
                .withStep("read the " + rowNames.size() + " x " + colNames.size() + " block of sheet '" + sheet.name()
                        + "' labelled by row " + (labelRow + 1) + " from " + Sheet.reference(labelRow, labelCol + 1)
                        + " and column " + Sheet.reference(labelRow + 1, labelCol).replaceAll("\\d", "") + " from "
                        + Sheet.reference(labelRow + 1, labelCol), (long) rowNames.size() * colNames.size(),
                        "the labels run to the first empty cell")
                .withStep("read empty cells as 0", empty, "an empty cell of the block is no connection");
        if (outside > 0) {
            prov = prov.withStep("left out non-empty cells outside the labelled block", outside,
                    "headings, notes or repeated labels around the matrix");
        }
        LabelledMatrix matrix = LabelledMatrix.of(file,
                new LabelledMatrix.Labels(rowNames, "column " + Sheet.reference(labelRow + 1, labelCol).replaceAll("\\d", "")),
                new LabelledMatrix.Labels(colNames, "row " + (labelRow + 1)), table, rowsPre, null, limits, prov);
        String unit = options.weightUnit() != null ? options.weightUnit() : "unspecified (as given)";
        return new Ingested.Matrix(new Connectome(NeuronNames.unsigned(matrix.names()), matrix.weights(), unit,
                matrix.provenance()));
    }

    /** The row (byRow) or column among the first {@link #SEARCH} with the most text cells; -1 when none has two. */
    private static int mostText(Sheet sheet, boolean byRow) {
        int best = -1;
        int bestCount = 1;
        int width = sheet.rows().stream().mapToInt(List::size).max().orElse(0);
        for (int k = 0; k < SEARCH; k++) {
            int count = 0;
            int length = byRow ? width : sheet.rows().size();
            for (int j = 0; j < length; j++) {
                if (isText(byRow ? sheet.cell(k, j) : sheet.cell(j, k))) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = k;
                bestCount = count;
            }
        }
        return best;
    }

    private static boolean isText(String cell) {
        String t = cell.strip();
        if (t.isEmpty()) {
            return false;
        }
        try {
            Double.parseDouble(t);
            return false;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** The labels from (row, col) down a column or along a row, to the first empty cell. */
    private static List<String> run(Sheet sheet, int row, int col, boolean down) {
        List<String> labels = new ArrayList<>();
        for (int k = 0; ; k++) {
            String cell = (down ? sheet.cell(row + k, col) : sheet.cell(row, col + k)).strip();
            if (cell.isEmpty()) {
                return labels;
            }
            labels.add(cell);
        }
    }

    private static long outside(Sheet sheet, int labelRow, int labelCol, int rows, int cols) {
        long count = 0;
        for (int r = 0; r < sheet.rows().size(); r++) {
            List<String> cells = sheet.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                boolean labelOrBlock = r >= labelRow && r <= labelRow + rows && c >= labelCol && c <= labelCol + cols
                        && !(r == labelRow && c == labelCol);
                if (!labelOrBlock && !cells.get(c).isBlank()) {
                    count++;
                }
            }
        }
        return count;
    }

    private static double number(String file, String where, String cell) {
        double v;
        try {
            v = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new IngestException(file, where, "text " + Excerpt.quote(cell) + " inside the matrix", "a number or an empty cell");
        }
        if (!Double.isFinite(v)) {
            throw new IngestException(file, where, "value " + cell, "a finite number");
        }
        return v;
    }
}
