package org.richlazy.ingest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line into cells. A cell that starts with {@code "} is quoted: it ends at the next
 * lone {@code "}, and {@code ""} inside it stands for one quote (RFC 4180). Quoted cells do
 * not span lines.
 */
final class LineSplitter {
    private LineSplitter() {
    }

    /**
     * @return the cells, or {@code null} when a quoted cell is not closed or is followed by
     *         something other than a delimiter (the caller reports the line)
     */
    static List<String> split(String line, Delimiter delimiter) {
        return delimiter == Delimiter.WHITESPACE ? splitWhitespace(line) : splitSingle(line, delimiter == Delimiter.TAB ? '\t' : ',');
    }

    private static List<String> splitSingle(String line, char sep) {
        List<String> cells = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                StringBuilder cell = new StringBuilder();
                i = readQuoted(line, i + 1, cell);
                if (i < 0 || (i < n && line.charAt(i) != sep)) {
                    return null;
                }
                cells.add(cell.toString());
            } else {
                int end = line.indexOf(sep, i);
                if (end < 0) {
                    end = n;
                }
                cells.add(line.substring(i, end));
                i = end;
            }
            if (i >= n) {
                return cells;
            }
            i++; // skip the separator
        }
    }

    private static List<String> splitWhitespace(String line) {
        List<String> cells = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && isBlank(line.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return cells;
            }
            if (line.charAt(i) == '"') {
                StringBuilder cell = new StringBuilder();
                i = readQuoted(line, i + 1, cell);
                if (i < 0 || (i < n && !isBlank(line.charAt(i)))) {
                    return null;
                }
                cells.add(cell.toString());
            } else {
                int start = i;
                while (i < n && !isBlank(line.charAt(i))) {
                    i++;
                }
                cells.add(line.substring(start, i));
            }
        }
    }

    /** Reads a quoted cell's body from {@code i}; returns the index after the closing quote, or -1. */
    private static int readQuoted(String line, int i, StringBuilder cell) {
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == '"') {
                if (i + 1 < n && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            cell.append(c);
            i++;
        }
        return -1;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
