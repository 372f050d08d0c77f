package org.richlazy.ingest.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.ConnectivityReader;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.SizeLimits;
import org.richlazy.ingest.LimitOptions;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.Orientation;
import org.richlazy.ingest.Provenance;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.assemble.LabelledMatrix;
import org.richlazy.ingest.assemble.NeuronNames;
import org.richlazy.ingest.text.Cells;
import org.richlazy.ingest.text.TextRow;
import org.richlazy.ingest.text.TextSource;
import org.richlazy.ingest.text.TextTable;

/**
 * Dense matrices as text: comma, tab or whitespace separated; with a header row of column labels
 * and/or a first column of row labels, or neither; UTF-8 BOM, CRLF and quoted labels allowed.
 *
 * <p>Orientation: option {@code orientation}, default {@code rows-pre}: entry (r, c) is the weight
 * from row neuron r onto column neuron c, stored at {@code W[c][r]} (transposed). With
 * {@code rows-post} it is stored at {@code W[r][c]}.
 *
 * <p>Rows and columns are aligned into neurons by {@link LabelledMatrix} (a rectangular pre x post table
 * such as Cook et al. 2019's {@code herm_chem_adj.csv} over the union of its labels). Empty cells are read
 * as 0 (option {@code empty-cell: zero}, counted) or rejected ({@code empty-cell: missing}).
 */
public final class DenseMatrixReader implements ConnectivityReader<DenseTextOptions> {
    /** Format name. */
    public static final String FORMAT = "dense-text";

    @Override
    public Class<DenseTextOptions> optionsType() {
        return DenseTextOptions.class;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Ingested read(Path path, DenseTextOptions options, LimitOptions limits) {
        String file = path.toString();
        boolean rowsPre = Orientation.rowsArePre(options.orientation());
        boolean emptyIsZero = options.emptyCell() != DenseTextOptions.EmptyCell.MISSING;
        TextTable table = TextTable.read(TextSource.of(path, ReadLimits.of(file, limits)), options.delimiter(), false);
        List<TextRow> rows = table.rows();
        boolean header = options.header() != null ? options.header() : looksLikeHeader(rows.get(0));
        List<TextRow> data = header ? rows.subList(1, rows.size()) : rows;
        if (data.isEmpty()) {
            throw new IngestException(file, "", "a header but no data rows", "at least one matrix row");
        }
        boolean rowLabels = options.rowLabels() != null ? options.rowLabels() : hasRowLabels(data);
        int width = data.get(0).size();
        int cols = width - (rowLabels ? 1 : 0);

        SizeLimits.requireMatrix(file, "", Math.max(data.size(), cols), limits);
        List<String> rowNames = new ArrayList<>();
        double[][] m = new double[data.size()][cols];
        long empty = 0;
        for (int r = 0; r < data.size(); r++) {
            TextRow row = data.get(r);
            if (row.size() != width) {
                throw new IngestException(file, "line " + row.line(), "ragged row of " + row.size() + " cells",
                        width + " cells, as the first data row");
            }
            if (rowLabels) {
                rowNames.add(row.cell(0).strip());
            }
            for (int c = 0; c < cols; c++) {
                int physical = c + (rowLabels ? 1 : 0);
                String cell = row.cell(physical);
                if (cell.isBlank()) {
                    if (!emptyIsZero) {
                        throw new IngestException(file, Cells.where(row.line(), String.valueOf(physical + 1)),
                                "empty cell (option empty-cell = missing)",
                                "a number in every cell, or option empty-cell = zero");
                    }
                    empty++;
                    continue;
                }
                m[r][c] = Cells.finite(file, row.line(), String.valueOf(physical + 1), cell, "matrix entry");
            }
        }
        List<String> colNames = header ? columnLabels(file, rows.get(0), cols, rowLabels) : List.of();

        Provenance prov = Provenance.of(List.of(file), FORMAT, Orientation.text(rowsPre));
        prov = prov.withStep("read a " + data.size() + " x " + cols + " matrix", (long) data.size() * cols,
                "every cell of the table");
        if (empty > 0) {
            prov = prov.withStep("read empty cells as 0", empty, "option empty-cell = zero");
        }

        LabelledMatrix matrix = LabelledMatrix.of(file, new LabelledMatrix.Labels(rowNames, "first column"),
                new LabelledMatrix.Labels(colNames, "header"), m, rowsPre, options.labelsFile(), limits, prov);
        String unit = options.weightUnit() != null ? options.weightUnit() : "unspecified (as given)";
        return new Ingested.Matrix(new Connectome(NeuronNames.unsigned(matrix.names()), matrix.weights(), unit,
                matrix.provenance()));
    }

    /** A first row is a header when a cell after the first is not a number (an empty cell counts as a number). */
    private static boolean looksLikeHeader(TextRow first) {
        for (int c = 1; c < first.size(); c++) {
            if (!isNumberOrEmpty(first.cell(c))) {
                return true;
            }
        }
        return false;
    }

    /** The first column holds labels when any data row's first cell is not a number. */
    private static boolean hasRowLabels(List<TextRow> data) {
        for (TextRow row : data) {
            if (row.cell(0).isBlank() || !isNumberOrEmpty(row.cell(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumberOrEmpty(String cell) {
        String t = cell.strip();
        if (t.isEmpty()) {
            return true;
        }
        try {
            Double.parseDouble(t);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Column labels: the header without its corner cell when it has one. */
    private static List<String> columnLabels(String file, TextRow header, int cols, boolean rowLabels) {
        List<String> cells = header.cells().stream().map(String::strip).toList();
        if (cells.size() == cols + 1 && rowLabels) {
            return cells.subList(1, cells.size());
        }
        if (cells.size() == cols) {
            return cells;
        }
        throw new IngestException(file, "line " + header.line(), "header of " + cells.size() + " cells",
                cols + " column labels (" + (cols + 1) + " with a corner cell)");
    }
}
