package org.richlazy.ingest.text;

import org.richlazy.ingest.OptionWord;

/** How cells of a text row are separated; option {@code delimiter} writes {@code comma}, {@code tab} or {@code space}. */
public enum Delimiter implements OptionWord {
    /** A single comma separates cells; empty cells are possible. */
    COMMA,
    /** A single tab separates cells; empty cells are possible. */
    TAB,
    /** Any run of spaces or tabs separates cells; a cell can be empty only when quoted ({@code ""}). */
    WHITESPACE;

    /**
     * Picks the delimiter of a first line: tab if it holds a tab, else comma if it holds a comma
     * (outside quotes or not), else whitespace.
     */
    public static Delimiter detect(String firstLine) {
        if (firstLine.indexOf('\t') >= 0) {
            return TAB;
        }
        if (firstLine.indexOf(',') >= 0) {
            return COMMA;
        }
        return WHITESPACE;
    }

    @Override
    public String word() {
        return this == WHITESPACE ? "space" : OptionWord.super.word();
    }
}
