package org.richlazy.ingest.text;

import java.util.Locale;

/** How cells of a text row are separated. */
public enum Delimiter {
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

    /**
     * Parses the option spelling: {@code comma}, {@code tab}, {@code space} or {@code whitespace}.
     *
     * @throws IllegalArgumentException for any other word
     */
    public static Delimiter fromOption(String word) {
        return switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "comma", "," -> COMMA;
            case "tab", "\\t", "\t" -> TAB;
            case "space", "whitespace", " " -> WHITESPACE;
            default -> throw new IllegalArgumentException("delimiter '" + word + "' is not comma, tab or space");
        };
    }
}
