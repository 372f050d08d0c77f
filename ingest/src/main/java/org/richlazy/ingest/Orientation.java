package org.richlazy.ingest;

/**
 * Option {@code orientation} of a matrix (docs/formats.md#options-ingestoptions): its rows are presynaptic
 * ({@code rows-pre}, the default, transposed into {@code W[post][pre]} on read) or postsynaptic ({@code rows-post}).
 */
public enum Orientation implements OptionWord {
    ROWS_PRE, ROWS_POST;

    /** Whether the rows are presynaptic; {@code null} (not given) is the default {@code rows-pre}. */
    public static boolean rowsArePre(Orientation given) {
        return given != ROWS_POST;
    }

    /** The provenance's orientation text for a matrix whose rows are presynaptic or postsynaptic. */
    public static String text(boolean rowsPre) {
        return rowsPre ? "rows = presynaptic, columns = postsynaptic (transposed into W[post][pre])"
                : "rows = postsynaptic, columns = presynaptic (stored as read)";
    }
}
