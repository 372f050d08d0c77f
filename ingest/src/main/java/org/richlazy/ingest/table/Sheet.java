package org.richlazy.ingest.table;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.text.Excerpt;
import org.richlazy.ingest.text.TextRow;

/**
 * One sheet of a spreadsheet as text cells: {@code rows.get(r).get(c)} is the cell at row r + 1, column
 * c + 1 ({@code ""} when empty; numbers written in plain decimal, e.g. {@code 10} or {@code 0.25}); rows may
 * differ in length (a missing cell is empty). Which cells the workbook stores as text is kept too, so that a
 * text cell reading {@code 1.5} is not taken for the number a reader expects ({@link #requireNotText}).
 *
 * @param file      the workbook, as given
 * @param name      the sheet's name
 * @param rows      the cells, row by row from the first
 * @param textCells per row, the columns whose cells the workbook stores as text (a string, not a number)
 */
public record Sheet(String file, String name, List<List<String>> rows, List<BitSet> textCells) {
    public Sheet {
        rows = List.copyOf(rows);
        textCells = textCells.stream().map(b -> (BitSet) b.clone()).toList();
    }

    /**
     * Refuses a non-blank cell that the workbook stores as text where a number is expected, naming the sheet, the
     * cell and its text.
     *
     * @param expected what the reader expects there, e.g. {@code "a number or an empty cell"}
     */
    public void requireNotText(int row, int column, String expected) {
        String text = cell(row, column).strip();
        if (row < textCells.size() && textCells.get(row).get(column) && !text.isEmpty()) {
            throw new IngestException(file, "sheet '" + name + "', cell " + reference(row, column), "a text cell "
                    + Excerpt.quote(text) + " where a number is expected (the workbook stores it as text)", expected);
        }
    }

    /** The cell at 0-based (row, column), {@code ""} outside the sheet. */
    public String cell(int row, int column) {
        if (row < 0 || row >= rows.size()) {
            return "";
        }
        List<String> r = rows.get(row);
        return column < 0 || column >= r.size() ? "" : r.get(column);
    }

    /** The sheet's non-empty rows as text rows, each numbered by its sheet row (so errors say "line 12" for row 12). */
    public List<TextRow> textRows() {
        List<TextRow> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).stream().anyMatch(c -> !c.isBlank())) {
                out.add(new TextRow(r + 1, rows.get(r)));
            }
        }
        return out;
    }

    /** An Excel-style reference of a 0-based cell, e.g. {@code D3}. */
    public static String reference(int row, int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters + Integer.toString(row + 1);
    }
}
