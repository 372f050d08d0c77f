package org.richlazy.report;

import java.util.List;

/**
 * One hand-written SVG panel: a frame with ticks and labels, and marks drawn in data coordinates.
 * Plain SVG 1.1 elements only, no script, no external reference; coordinates rounded to 0.1 px so the
 * output is compact and byte-for-byte reproducible.
 *
 * <p>Every mark also records the numbers it draws, in data units and at full precision, so the panel comes with
 * a link to them as CSV ({@link FigureData}): one row per drawn point, {@code series, mark, x, y, label}, where
 * {@code series} is the one named by {@link #series} before the mark (an init, a reference), {@code mark} says
 * what the point is ({@code line}, {@code band_low}, {@code band_high}, {@code point}, {@code segment_start},
 * {@code segment_end}, {@code circle_centre}, {@code circle_radius} with the radius in x) and {@code x} is the
 * category's name on a categorical axis.
 */
final class Plot {
    static final int LEFT = 50;
    static final int RIGHT = 12;
    static final int TOP = 24;
    static final int BOTTOM = 38;
    /** Bottom margin when category labels are rotated. */
    static final int BOTTOM_ROTATED = 72;

    private final int width;
    private final int height;
    private final Axis x;
    private final Axis y;
    private final String title;
    private final StringBuilder marks = new StringBuilder();
    private final FigureData data = new FigureData();
    private String series = "";
    private List<String> categories;

    Plot(int width, int height, Axis x, Axis y, String title) {
        this.width = width;
        this.height = height;
        this.x = x;
        this.y = y;
        this.title = title;
    }

    /** Names the series the next marks belong to in the figure's numbers (an init, "reference", ...). */
    Plot series(String name) {
        this.series = name;
        return this;
    }

    /** Replaces the numeric x ticks with one label per integer position 0..k-1. */
    Plot categories(List<String> names) {
        this.categories = List.copyOf(names);
        return this;
    }

    double px(double v) {
        return LEFT + x.fraction(v) * (width - LEFT - RIGHT);
    }

    double py(double v) {
        return height - bottom() - y.fraction(v) * (height - TOP - bottom());
    }

    private boolean rotated() {
        return categories != null && categories.size() > 3;
    }

    private int bottom() {
        return rotated() ? BOTTOM_ROTATED : BOTTOM;
    }

    private void record(String mark, double vx, double vy, String label) {
        data.add(series, mark, vx, vy, label);
    }

    static String n(double v) {
        return Fmt.fixed(Math.round(v * 10) / 10.0, 1).replace(".0", "");
    }

    /** A polyline through the points the axes can place (finite, and above 0 on a log axis). */
    Plot line(double[] xs, double[] ys, String color, double strokeWidth) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(px(xs[i])) && Double.isFinite(py(ys[i]))) {
                record("line", xs[i], ys[i], null);
                points.append(points.length() == 0 ? "" : " ").append(n(px(xs[i]))).append(',').append(n(py(ys[i])));
            }
        }
        marks.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"")
                .append(strokeWidth).append("\" points=\"").append(points).append("\"/>");
        return this;
    }

    /** A filled band between {@code lo} and {@code hi}, over the points where both are finite. */
    Plot band(double[] xs, double[] lo, double[] hi, String color, double opacity) {
        int[] finite = java.util.stream.IntStream.range(0, xs.length)
                .filter(i -> Double.isFinite(lo[i]) && Double.isFinite(hi[i])).toArray();
        StringBuilder points = new StringBuilder();
        for (int i : finite) {
            record("band_low", xs[i], lo[i], null);
            record("band_high", xs[i], hi[i], null);
            points.append(points.length() == 0 ? "" : " ").append(n(px(xs[i]))).append(',').append(n(py(hi[i])));
        }
        for (int k = finite.length - 1; k >= 0; k--) {
            points.append(' ').append(n(px(xs[finite[k]]))).append(',').append(n(py(lo[finite[k]])));
        }
        marks.append("<polygon fill=\"").append(color).append("\" fill-opacity=\"").append(opacity)
                .append("\" stroke=\"none\" points=\"").append(points).append("\"/>");
        return this;
    }

    /** A dot of radius {@code r} px with an escaped tooltip (nothing for a non-finite point). */
    Plot dot(double vx, double vy, double r, String color, String tooltip) {
        if (!Double.isFinite(vx) || !Double.isFinite(vy)) {
            return this;
        }
        record("point", vx, vy, tooltip);
        marks.append("<circle cx=\"").append(n(px(vx))).append("\" cy=\"").append(n(py(vy))).append("\" r=\"")
                .append(r).append("\" fill=\"").append(color).append("\" fill-opacity=\"0.75\">");
        if (tooltip != null) {
            marks.append("<title>").append(Html.esc(tooltip)).append("</title>");
        }
        marks.append("</circle>");
        return this;
    }

    /** A straight segment in data coordinates. */
    Plot segment(double x1, double y1, double x2, double y2, String color, double strokeWidth) {
        record("segment_start", x1, y1, null);
        record("segment_end", x2, y2, null);
        marks.append("<line x1=\"").append(n(px(x1))).append("\" y1=\"").append(n(py(y1))).append("\" x2=\"")
                .append(n(px(x2))).append("\" y2=\"").append(n(py(y2))).append("\" stroke=\"").append(color)
                .append("\" stroke-width=\"").append(strokeWidth).append("\"/>");
        return this;
    }

    /** An outlined ellipse centred at (cx, cy) with radius {@code r} in data units on each axis (linear axes). */
    Plot disk(double cx, double cy, double r, String color) {
        return ellipse(cx, cy, r, "fill=\"" + color + "\" fill-opacity=\"0.06\" stroke=\"" + color
                + "\" stroke-dasharray=\"4 3\"");
    }

    /** A thin unfilled circle (an ellipse on unequal axes) centred at (cx, cy), radius {@code r} in data units. */
    Plot circle(double cx, double cy, double r, String color) {
        return ellipse(cx, cy, r, "fill=\"none\" stroke=\"" + color + "\" stroke-width=\"0.8\"");
    }

    private Plot ellipse(double cx, double cy, double r, String style) {
        record("circle_centre", cx, cy, null);
        record("circle_radius", r, Double.NaN, null);
        marks.append("<ellipse cx=\"").append(n(px(cx))).append("\" cy=\"").append(n(py(cy))).append("\" rx=\"")
                .append(n(px(cx + r) - px(cx))).append("\" ry=\"").append(n(py(cy) - py(cy + r))).append("\" ")
                .append(style).append("/>");
        return this;
    }

    /**
     * The panel as an {@code <svg>} element scaled to its container's width, followed by the link to its numbers
     * as CSV.
     */
    String svg() {
        return image() + data.link(title, categories);
    }

    private String image() {
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"plot\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(Html.esc(title)).append("\">");
        s.append("<text class=\"ptitle\" x=\"").append(LEFT).append("\" y=\"15\">").append(Html.esc(title))
                .append("</text>");
        double x0 = LEFT;
        double x1 = width - RIGHT;
        double y0 = TOP;
        double y1 = height - bottom();
        s.append("<rect class=\"frame\" x=\"").append(n(x0)).append("\" y=\"").append(n(y0)).append("\" width=\"")
                .append(n(x1 - x0)).append("\" height=\"").append(n(y1 - y0)).append("\"/>");
        if (categories == null) {
            for (double t : x.ticks()) {
                double p = px(t);
                s.append("<line class=\"gridline\" x1=\"").append(n(p)).append("\" y1=\"").append(n(y0))
                        .append("\" x2=\"").append(n(p)).append("\" y2=\"").append(n(y1)).append("\"/>");
                s.append("<text class=\"tick\" x=\"").append(n(p)).append("\" y=\"").append(n(y1 + 13))
                        .append("\" text-anchor=\"middle\">").append(x.tickLabel(t)).append("</text>");
            }
        } else {
            boolean rotate = rotated();
            for (int i = 0; i < categories.size(); i++) {
                double p = px(i);
                s.append("<text class=\"tick\" ");
                if (rotate) {
                    s.append("transform=\"translate(").append(n(p)).append(',').append(n(y1 + 10))
                            .append(") rotate(-25)\" text-anchor=\"end\">");
                } else {
                    s.append("x=\"").append(n(p)).append("\" y=\"").append(n(y1 + 13))
                            .append("\" text-anchor=\"middle\">");
                }
                s.append(Html.esc(categories.get(i))).append("</text>");
            }
        }
        for (double t : y.ticks()) {
            double p = py(t);
            s.append("<line class=\"gridline\" x1=\"").append(n(x0)).append("\" y1=\"").append(n(p)).append("\" x2=\"")
                    .append(n(x1)).append("\" y2=\"").append(n(p)).append("\"/>");
            s.append("<text class=\"tick\" x=\"").append(n(x0 - 4)).append("\" y=\"").append(n(p + 3))
                    .append("\" text-anchor=\"end\">").append(y.tickLabel(t)).append("</text>");
        }
        s.append("<text class=\"alabel\" x=\"").append(n((x0 + x1) / 2)).append("\" y=\"").append(height - 4)
                .append("\" text-anchor=\"middle\">").append(Html.esc(x.label())).append("</text>");
        s.append("<text class=\"alabel\" transform=\"translate(12,").append(n((y0 + y1) / 2))
                .append(") rotate(-90)\" text-anchor=\"middle\">").append(Html.esc(y.label())).append("</text>");
        s.append("<svg x=\"").append(n(x0)).append("\" y=\"").append(n(y0)).append("\" width=\"").append(n(x1 - x0))
                .append("\" height=\"").append(n(y1 - y0)).append("\" viewBox=\"").append(n(x0)).append(' ')
                .append(n(y0)).append(' ').append(n(x1 - x0)).append(' ').append(n(y1 - y0))
                .append("\" overflow=\"hidden\">").append(marks).append("</svg>");
        return s.append("</svg>").toString();
    }
}
