package org.richlazy.ingest.table;

import java.util.Locale;
import java.util.Set;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.text.Excerpt;

/** One row of a {@link TableFile}; columns are addressed by their index in {@link TableFile#columns()}. */
public interface TableRow {
    /** The text cells that stand for "no value" in exports (pandas, R): compared after trimming. */
    Set<String> MISSING_WORDS = Set.of("", "na", "nan", "none", "null", "<na>");

    /** Where the row is, for errors: {@code "line 12"} (text) or {@code "row 12"} (columnar, 1-based). */
    String where();

    /** The cell as text, trimmed; {@code ""} for a null value. Integers are written in full (64-bit ids exact). */
    String text(int column);

    /** Whether the cell holds no value: null, or text that is empty or one of {@link #MISSING_WORDS}. */
    default boolean isMissing(int column) {
        return MISSING_WORDS.contains(text(column).toLowerCase(Locale.ROOT));
    }

    /**
     * The cell as a finite number.
     *
     * @param file   the table's name, for the error
     * @param name   the column's name, for the error
     * @throws IngestException if the cell is empty, not a number, NaN or infinite
     */
    default double number(int column, String file, String name) {
        String t = text(column);
        double value;
        try {
            value = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IngestException(file, where() + ", column " + name,
                    t.isEmpty() ? "empty cell" : "non-numeric cell " + Excerpt.quote(t), "a finite number");
        }
        return finite(value, file, name);
    }

    /**
     * {@code value} when it is finite.
     *
     * @throws IngestException naming the row and column when it is NaN or infinite
     */
    default double finite(double value, String file, String name) {
        if (!Double.isFinite(value)) {
            throw new IngestException(file, where() + ", column " + name, "value " + value,
                    "a finite number (no NaN or infinity)");
        }
        return value;
    }
}
