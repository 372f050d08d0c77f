package org.richlazy.report;

import java.util.ArrayList;
import java.util.List;
import org.richlazy.transform.matrix.RecurrentMatrix;

/**
 * The studied matrix as an SVG heatmap, {@code W[post][pre]}: rows are postsynaptic, columns presynaptic.
 *
 * <p>An N x N matrix is block-averaged to at most {@link #MAX_CELLS} cells per side: with block size
 * {@code b = ceil(N / MAX_CELLS)}, cell (I, J) shows the mean of {@code W[i][j]} over
 * {@code i in [I b, min(N, (I+1) b))}, {@code j} likewise. The colour scale is diverging around 0:
 * white at 0, red for positive (excitatory), blue for negative (inhibitory), full colour at the largest
 * |cell mean| (no clipping). When neuron classes are known and form contiguous runs, their
 * boundaries are drawn and labelled on both axes.
 */
final class Heatmap {
    static final int MAX_CELLS = 100;
    private static final int SIZE = 420;
    private static final int MARGIN = 70;

    private Heatmap() {
    }

    /** Block means of {@code w} with block size {@code ceil(N / MAX_CELLS)}. */
    static double[][] blockAverage(RecurrentMatrix w) {
        int n = w.size();
        int b = blockSize(n);
        int cells = (n + b - 1) / b;
        double[][] out = new double[cells][cells];
        w.forEachNonzero((i, j, v) -> out[i / b][j / b] += v);
        for (int bi = 0; bi < cells; bi++) {
            for (int bj = 0; bj < cells; bj++) {
                out[bi][bj] /= (double) (Math.min(n, (bi + 1) * b) - bi * b) * (Math.min(n, (bj + 1) * b) - bj * b);
            }
        }
        return out;
    }

    static int blockSize(int n) {
        return Math.max(1, (n + MAX_CELLS - 1) / MAX_CELLS);
    }

    /**
     * The colour of value {@code v} on a scale saturating at {@code limit}: linear from white to
     * #b2182b (v &gt; 0) or #2166ac (v &lt; 0), in 50 steps.
     */
    static String color(double v, double limit) {
        double t = limit == 0 ? 0 : Math.min(1, Math.abs(v) / limit);
        t = Math.round(t * 50) / 50.0;
        int[] end = v >= 0 ? new int[] {0xb2, 0x18, 0x2b} : new int[] {0x21, 0x66, 0xac};
        StringBuilder hex = new StringBuilder("#");
        for (int c : end) {
            hex.append(String.format(java.util.Locale.ROOT, "%02x", (int) Math.round(255 + t * (c - 255))));
        }
        return hex.toString();
    }

    /** The heatmap with a colour bar; {@code classes} empty when unknown. */
    static String svg(RecurrentMatrix w, List<String> classes) {
        int n = w.size();
        if (n == 0) {
            return "<p class=\"note\">The studied matrix is empty.</p>";
        }
        double[][] cells = blockAverage(w);
        StringBuilder s = cells(cells, "heatmap of the studied matrix");
        s.append(classMarks(classes, n, (double) SIZE / n));
        s.append("<text class=\"alabel\" x=\"").append(MARGIN + SIZE / 2).append("\" y=\"").append(MARGIN + SIZE + 30)
                .append("\" text-anchor=\"middle\">presynaptic neuron (column)</text>");
        s.append("<text class=\"alabel\" transform=\"translate(14,").append(MARGIN + SIZE / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\">postsynaptic neuron (row)</text>");
        s.append(colorBar(limit(cells)));
        return s.append("</svg>").append(FigureData.link("studied matrix heatmap", csv(cells, blockSize(n), n)))
                .toString();
    }

    /** The open SVG with the cells drawn, white to red or blue on a scale saturating at their largest magnitude. */
    private static StringBuilder cells(double[][] cells, String label) {
        int k = cells.length;
        double limit = limit(cells);
        double cell = (double) SIZE / k;
        int total = SIZE + MARGIN + 90;
        StringBuilder s = new StringBuilder("<svg class=\"heatmap\" viewBox=\"0 0 ").append(total).append(' ')
                .append(SIZE + MARGIN + 40).append("\" role=\"img\" aria-label=\"").append(Html.esc(label))
                .append("\">");
        s.append("<rect x=\"").append(MARGIN).append("\" y=\"").append(MARGIN).append("\" width=\"").append(SIZE)
                .append("\" height=\"").append(SIZE).append("\" fill=\"#ffffff\" stroke=\"#999\"/>");
        // one path per colour keeps 10,000 cells compact; a TreeMap keeps the output order fixed
        java.util.Map<String, StringBuilder> paths = new java.util.TreeMap<>();
        String side = Plot.n(cell + 0.05);
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                String c = color(cells[i][j], limit);
                if (!c.equals("#ffffff")) {
                    paths.computeIfAbsent(c, key -> new StringBuilder()).append('M')
                            .append(Plot.n(MARGIN + j * cell)).append(' ').append(Plot.n(MARGIN + i * cell))
                            .append('h').append(side).append('v').append(side).append("h-").append(side).append('z');
                }
            }
        }
        paths.forEach((c, d) -> s.append("<path fill=\"").append(c).append("\" d=\"").append(d).append("\"/>"));
        return s;
    }

    private static double limit(double[][] cells) {
        double limit = 0;
        for (double[] row : cells) {
            for (double v : row) {
                limit = Math.max(limit, Math.abs(v));
            }
        }
        return limit;
    }

    /**
     * The class-block matrix of {@code w}: for classes a (postsynaptic) and b (presynaptic), in order of first
     * appearance, the mean weight over the block's pairs, {@code sum_{i in a, j in b} W[i][j] / (n_a n_b)}, from the
     * nonzero entries (docs/science.md#connectome-scale).
     */
    static double[][] classBlocks(RecurrentMatrix w, List<String> classes, List<String> order) {
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        int[] of = new int[classes.size()];
        for (int i = 0; i < of.length; i++) {
            of[i] = index.computeIfAbsent(classes.get(i), c -> {
                order.add(c);
                return order.size() - 1;
            });
        }
        int k = order.size();
        double[] size = new double[k];
        for (int c : of) {
            size[c]++;
        }
        double[][] blocks = new double[k][k];
        w.forEachNonzero((i, j, v) -> blocks[of[i]][of[j]] += v);
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                blocks[a][b] /= size[a] * size[b];
            }
        }
        return blocks;
    }

    /**
     * The class-block matrix as a heatmap with the classes named on both axes and its numbers as CSV; for a large
     * network, where a heatmap of neurons averages blocks of hundreds of them.
     */
    static String classBlockSvg(RecurrentMatrix w, List<String> classes) {
        List<String> order = new ArrayList<>();
        double[][] blocks = classBlocks(w, classes, order);
        StringBuilder s = cells(blocks, "class-block matrix of the studied matrix");
        double cell = (double) SIZE / order.size();
        for (int c = 0; c < order.size(); c++) {
            String name = Html.esc(order.get(c).length() > 14 ? order.get(c).substring(0, 13) + "\u2026" : order.get(c));
            s.append("<text class=\"tick\" x=\"").append(MARGIN - 4).append("\" y=\"")
                    .append(Plot.n(MARGIN + (c + 0.5) * cell + 3)).append("\" text-anchor=\"end\">").append(name)
                    .append("</text><text class=\"tick\" transform=\"translate(").append(Plot.n(MARGIN + (c + 0.5) * cell))
                    .append(',').append(MARGIN - 4).append(") rotate(-60)\">").append(name).append("</text>");
        }
        s.append("<text class=\"alabel\" x=\"").append(MARGIN + SIZE / 2).append("\" y=\"").append(MARGIN + SIZE + 30)
                .append("\" text-anchor=\"middle\">presynaptic class (column)</text>");
        s.append("<text class=\"alabel\" transform=\"translate(14,").append(MARGIN + SIZE / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\">postsynaptic class (row)</text>");
        s.append(colorBar(limit(blocks)));
        StringBuilder csv = new StringBuilder("post\\pre");
        order.forEach(c -> csv.append(',').append(FigureData.field(c)));
        csv.append('\n');
        for (int a = 0; a < order.size(); a++) {
            csv.append(FigureData.field(order.get(a)));
            for (double v : blocks[a]) {
                csv.append(',').append(v);
            }
            csv.append('\n');
        }
        return s.append("</svg>").append(FigureData.link("class-block matrix", csv.toString())).toString();
    }

    /**
     * The drawn cells as CSV: a header {@code post\pre} and the first presynaptic neuron (0-based) of each block
     * column, then one row per block row, its first postsynaptic neuron and the block means.
     */
    static String csv(double[][] cells, int block, int n) {
        StringBuilder s = new StringBuilder("post\\pre");
        for (int j = 0; j < cells.length; j++) {
            s.append(',').append(Math.min(n - 1, j * block));
        }
        s.append('\n');
        for (int i = 0; i < cells.length; i++) {
            s.append(Math.min(n - 1, i * block));
            for (double v : cells[i]) {
                s.append(',').append(v);
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static String colorBar(double limit) {
        int x = MARGIN + SIZE + 30;
        StringBuilder s = new StringBuilder();
        int steps = 40;
        double h = (double) SIZE / steps;
        for (int i = 0; i < steps; i++) {
            double v = limit * (1 - 2.0 * (i + 0.5) / steps);
            s.append("<rect x=\"").append(x).append("\" y=\"").append(Plot.n(MARGIN + i * h)).append("\" width=\"14\"")
                    .append(" height=\"").append(Plot.n(h + 0.05)).append("\" fill=\"").append(color(v, limit))
                    .append("\"/>");
        }
        String[] labels = {Fmt.number(limit), "0", Fmt.number(-limit)};
        for (int i = 0; i < 3; i++) {
            s.append("<text class=\"tick\" x=\"").append(x + 18).append("\" y=\"").append(MARGIN + i * SIZE / 2 + 4)
                    .append("\">").append(labels[i]).append("</text>");
        }
        return s.toString();
    }

    /** Contiguous runs of equal class, as [start, end) index pairs with their name; empty if none known. */
    static List<Run> classRuns(List<String> classes) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            String c = classes.get(i) == null ? "unknown" : classes.get(i);
            if (runs.isEmpty() || !runs.get(runs.size() - 1).name().equals(c)) {
                runs.add(new Run(c, i, i + 1));
            } else {
                Run last = runs.remove(runs.size() - 1);
                runs.add(new Run(c, last.start(), i + 1));
            }
        }
        return runs;
    }

    /** One contiguous block of neurons of the same class. */
    record Run(String name, int start, int end) {
    }

    private static String classMarks(List<String> classes, int n, double perNeuron) {
        List<Run> runs = classRuns(classes);
        if (runs.isEmpty()) {
            return "";
        }
        if (runs.size() > 40) {
            return "<text class=\"tick\" x=\"" + MARGIN + "\" y=\"" + (MARGIN - 8) + "\">classes interleave in "
                    + runs.size() + " runs: boundaries not drawn</text>";
        }
        StringBuilder s = new StringBuilder();
        for (Run run : runs) {
            double a = MARGIN + run.start() * perNeuron;
            double mid = MARGIN + (run.start() + run.end()) / 2.0 * perNeuron;
            if (run.start() > 0) {
                s.append("<line class=\"classline\" x1=\"").append(Plot.n(a)).append("\" y1=\"").append(MARGIN)
                        .append("\" x2=\"").append(Plot.n(a)).append("\" y2=\"").append(MARGIN + SIZE).append("\"/>");
                s.append("<line class=\"classline\" x1=\"").append(MARGIN).append("\" y1=\"").append(Plot.n(a))
                        .append("\" x2=\"").append(MARGIN + SIZE).append("\" y2=\"").append(Plot.n(a)).append("\"/>");
            }
            String label = Html.esc(run.name());
            s.append("<text class=\"classlabel\" transform=\"translate(").append(Plot.n(mid)).append(',')
                    .append(MARGIN - 4).append(") rotate(-45)\">").append(label).append("</text>");
            s.append("<text class=\"classlabel\" x=\"").append(MARGIN - 4).append("\" y=\"").append(Plot.n(mid + 3))
                    .append("\" text-anchor=\"end\">").append(label).append("</text>");
        }
        return s.toString();
    }
}
