package org.richlazy.ingest.text;

import org.richlazy.ingest.IngestException;

/** Parsing of numeric cells with errors that name the file, line and column. */
public final class Cells {
    private Cells() {
    }

    /**
     * A finite number.
     *
     * @param what the column's meaning, e.g. {@code "weight"}
     * @throws IngestException if the cell is empty, not a number, NaN or infinite
     */
    public static double finite(String file, int line, String column, String cell, String what) {
        String t = cell.strip();
        double value;
        try {
            value = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IngestException(file, where(line, column), (t.isEmpty() ? "empty cell" : "non-numeric cell " + Excerpt.quote(t))
                    + " for " + what, "a finite number");
        }
        if (!Double.isFinite(value)) {
            throw new IngestException(file, where(line, column), what + " is " + t, "a finite number (no NaN or infinity)");
        }
        return value;
    }

    /** A finite number in [0, 1]. */
    public static double probability(String file, int line, String column, String cell, String what) {
        double p = finite(file, line, column, cell, what);
        if (p < 0 || p > 1) {
            throw new IngestException(file, where(line, column), what + " " + p + " is outside [0, 1]",
                    "a probability between 0 and 1");
        }
        return p;
    }

    /** A finite number that is not negative. */
    public static double nonNegative(String file, int line, String column, String cell, String what) {
        double v = finite(file, line, column, cell, what);
        if (v < 0) {
            throw new IngestException(file, where(line, column), what + " " + v + " is negative",
                    "a non-negative number (the sign comes from the class)");
        }
        return v;
    }

    /** {@code "line 3, column 'weight'"} or {@code "line 3"} when the column is null. */
    public static String where(int line, String column) {
        return column == null ? "line " + line : "line " + line + ", column " + column;
    }
}
