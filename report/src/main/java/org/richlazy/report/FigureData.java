package org.richlazy.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The numbers behind one figure, as drawn, offered beside it as a CSV file in a {@code data:} URL (no request
 * leaves the page): {@code series,mark,x,y,label}, numbers written in full precision ({@link Double#toString},
 * which pandas and numpy read back to the same double), empty for a missing value.
 */
final class FigureData {
    private record Row(String series, String mark, double x, double y, String label) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String series, String mark, double x, double y, String label) {
        rows.add(new Row(series, mark, x, y, label));
    }

    /** The CSV text; an integer x on a categorical axis is written as the category's name. */
    String csv(List<String> categories) {
        StringBuilder s = new StringBuilder("series,mark,x,y,label\n");
        for (Row r : rows) {
            int index = (int) Math.round(r.x());
            String x = categories != null && r.x() == index && index >= 0 && index < categories.size()
                    ? categories.get(index) : number(r.x());
            s.append(field(r.series())).append(',').append(r.mark()).append(',').append(field(x)).append(',')
                    .append(number(r.y())).append(',').append(field(r.label() == null ? "" : r.label())).append('\n');
        }
        return s.toString();
    }

    /** A download link to {@link #csv} named after {@code title}. */
    String link(String title, List<String> categories) {
        return link(title, csv(categories));
    }

    /** A download link to the CSV text {@code csv}, named after {@code title}. */
    static String link(String title, String csv) {
        String base64 = Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8));
        return "<a class=\"csv\" download=\"" + Html.esc(fileName(title)) + "\" href=\"data:text/csv;base64," + base64
                + "\">numbers (CSV)</a>";
    }

    /** {@code title} as a file name: lower case, runs of anything but letters and digits as one hyphen. */
    static String fileName(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return (slug.isEmpty() ? "figure" : slug) + ".csv";
    }

    private static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }

    /** {@code text} as one CSV field, quoted when it holds a comma, quote or line break. */
    static String field(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
