package org.richlazy.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of plain-text cells, shown as HTML in {@code report.html} and as GitHub Markdown in the
 * summary, so both show the same numbers formatted the same way. Cells are escaped by each renderer.
 */
final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Table(List<String> header) {
        this.header = List.copyOf(header);
    }

    Table(String... header) {
        this(List.of(header));
    }

    /** Adds a row; it must have one cell per column. */
    Table row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException(cells.size() + " cells for a table of " + header.size() + " columns");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    Table row(String... cells) {
        return row(List.of(cells));
    }

    /** {@code <table class="num">} with a header row. */
    String html() {
        return html(null);
    }

    /** The same with a CSS class on each body row ({@code rowClasses} one per row, or null for none). */
    String html(List<String> rowClasses) {
        if (rowClasses != null && rowClasses.size() != rows.size()) {
            throw new IllegalArgumentException(rowClasses.size() + " row classes for " + rows.size() + " rows");
        }
        StringBuilder s = new StringBuilder("<table class=\"num\"><thead><tr>");
        header.forEach(h -> s.append("<th>").append(Html.esc(h)).append("</th>"));
        s.append("</tr></thead><tbody>");
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            s.append(rowClasses == null ? "<tr>" : "<tr class=\"" + Html.esc(rowClasses.get(r)) + "\">");
            row.forEach(c -> s.append("<td>").append(Html.esc(c)).append("</td>"));
            s.append("</tr>");
        }
        return s.append("</tbody></table>").toString();
    }

    /** A GitHub Markdown pipe table, one line per row, ending with a newline. */
    String markdown() {
        StringBuilder s = new StringBuilder();
        line(s, header);
        s.append('|').append(" --- |".repeat(header.size())).append('\n');
        rows.forEach(row -> line(s, row));
        return s.toString();
    }

    private static void line(StringBuilder s, List<String> cells) {
        s.append('|');
        cells.forEach(c -> s.append(' ').append(Markdown.esc(c)).append(" |"));
        s.append('\n');
    }
}
