package org.richlazy.ingest.assemble;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.LimitOptions;
import org.richlazy.ingest.Provenance;
import org.richlazy.ingest.SizeLimits;

/**
 * A table of rows x columns (a dense text matrix, a spreadsheet sheet) turned into a square
 * {@code W[post][pre]} over named neurons.
 *
 * <p>With row and column labels that differ (a rectangular pre x post table such as Cook et al. 2019's
 * chemical sheets, whose columns add muscles and end organs), the neurons are the union of the labels, the
 * rows' labels first, then the column-only labels; entries the table does not hold are 0, and the numbers
 * of row-only and column-only labels are recorded. With labels on one side or none the table must be
 * square; unlabelled neurons are named from option {@code labels-file} or by their 0-based index.
 *
 * <p>Orientation: with {@code rowsPre} entry (r, c) is the weight from row neuron r onto column neuron c,
 * stored at {@code W[c][r]}; otherwise at {@code W[r][c]}.
 *
 * @param names      the neurons in matrix order
 * @param weights    {@code W[post][pre]}
 * @param provenance the provenance with the alignment or naming step
 */
public record LabelledMatrix(List<String> names, double[][] weights, Provenance provenance) {

    /**
     * One side's labels.
     *
     * @param names the labels in table order, or empty when that side has none
     * @param where where they are in the file, for errors (e.g. {@code "header"})
     */
    public record Labels(List<String> names, String where) {
    }

    /**
     * @param rows     row labels (possibly none) and where they are, for errors
     * @param columns  column labels (possibly none) and where they are
     * @param table    the entries, rows x columns
     * @throws IngestException on duplicate labels, an unlabelled or one-side-labelled rectangular table,
     *                         or a matrix above the size limits
     */
    public static LabelledMatrix of(String file, Labels rows, Labels columns, double[][] table, boolean rowsPre,
                                    String labelsFile, LimitOptions limits, Provenance provenance) {
        List<String> rowNames = rows.names();
        List<String> colNames = columns.names();
        int rowCount = table.length;
        int cols = rowCount == 0 ? colNames.size() : table[0].length;
        Provenance prov = provenance;
        NeuronIndex index;
        List<String> rowOrder = rowNames;
        if (!rowNames.isEmpty() && !colNames.isEmpty()) {
            NeuronIndex.closed(rowNames, file, rows.where());
            NeuronIndex.closed(colNames, file, columns.where());
            LinkedHashSet<String> union = new LinkedHashSet<>(rowNames);
            union.addAll(colNames);
            index = NeuronIndex.closed(new ArrayList<>(union), file);
            if (!rowNames.equals(colNames)) {
                long rowOnly = union.size() - colNames.size();
                long colOnly = union.size() - rowNames.size();
                prov = prov.withStep("aligned rows and columns by label over their union of " + union.size()
                        + " neurons", rowOnly + colOnly, "row and column orders differ; " + rowOnly
                        + " labels only in rows (no " + (rowsPre ? "inputs" : "outputs") + " listed), " + colOnly
                        + " only in columns (no " + (rowsPre ? "outputs" : "inputs") + " listed); their missing entries are 0");
            }
        } else {
            if (rowCount != cols) {
                throw new IngestException(file, "", "a " + rowCount + " x " + cols + " matrix with "
                        + (rowNames.isEmpty() && colNames.isEmpty() ? "no labels" : "labels on one side only"),
                        "a square matrix (or both row and column labels to align a rectangular one)");
            }
            List<String> names = !rowNames.isEmpty() ? rowNames : colNames;
            if (names.isEmpty()) {
                NeuronNames.Named named = NeuronNames.forMatrix(cols, labelsFile, ReadLimits.of(file, limits), prov, "the matrix has no labels");
                names = named.names();
                prov = named.provenance();
            }
            index = NeuronIndex.closed(names, file);
            rowOrder = names;
        }
        List<String> colOrder = colNames.isEmpty() ? rowOrder : colNames;
        int[] rowAt = new int[rowCount];
        int[] colAt = new int[cols];
        for (int r = 0; r < rowCount; r++) {
            int row = r + 1;
            rowAt[r] = index.indexOf(rowOrder.get(r), file, () -> "row " + row);
        }
        for (int c = 0; c < cols; c++) {
            int col = c + 1;
            colAt[c] = index.indexOf(colOrder.get(c), file, () -> "column " + col);
        }
        int n = index.size();
        SizeLimits.requireMatrix(file, "", n, limits);
        double[][] w = new double[n][n];
        for (int r = 0; r < rowCount; r++) {
            for (int c = 0; c < cols; c++) {
                if (rowsPre) {
                    w[colAt[c]][rowAt[r]] = table[r][c];
                } else {
                    w[rowAt[r]][colAt[c]] = table[r][c];
                }
            }
        }
        return new LabelledMatrix(index.names(), w, prov);
    }
}
