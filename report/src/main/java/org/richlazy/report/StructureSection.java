package org.richlazy.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.richlazy.transform.spectrum.ClassMotifs;
import org.richlazy.transform.spectrum.Degrees;

/**
 * The structure of the inits beyond their spectra, inside the connectivity section: the in- and out-degree
 * distributions of every init (fraction of neurons per degree bin, self-connections not counted), and the
 * second-order motifs per pair of cell classes ({@link ClassMotifs}: frequency over independent connections
 * with the class-pair probabilities, minus 1) from the summary row ({@code InitSummary#motifsByClass}, the
 * {@code motifs_by_class} column of {@code inits/summary.csv}).
 */
final class StructureSection {
    /** At most this many degree bins. */
    static final int BINS = 30;

    private StructureSection() {
    }

    static String html(ReportData data, Palette palette) {
        StringBuilder s = new StringBuilder("<h3>Degree distributions</h3>");
        int n = data.studiedMatrix().size();
        List<String> complete = data.inits().stream().filter(i -> complete(i.degrees(), n)).map(ReportData.Init::name)
                .toList();
        s.append("<div class=\"row\"><figure>").append(histogram(data, palette, true))
                .append("</figure><figure>").append(histogram(data, palette, false)).append("</figure></div>")
                .append(palette.legend(data.initNames().stream().filter(name -> !complete.contains(name)).toList()))
                .append("<p class=\"note\">Fraction of neurons per degree bin (in-degree:"
                        + " the neurons that connect onto it; out-degree: those it connects onto; self-connections not"
                        + " counted), from 0 to the largest degree drawn.");
        if (!complete.isEmpty()) {
            s.append(' ').append(Html.esc(String.join(", ", complete)))
                    .append(complete.size() == 1 ? " is" : " are").append(" fully connected (every degree N - 1 = ")
                    .append(n - 1).append("), not drawn.");
        }
        s.append("</p>");
        List<ReportData.Init> weighed = data.inits().stream().filter(i -> i.weights().fraction().length > 0).toList();
        if (!weighed.isEmpty()) {
            s.append("<h3>Weight distributions</h3><div class=\"row\"><figure>").append(weights(weighed, data, palette))
                    .append("</figure></div>").append(palette.legend(weighed.stream().map(ReportData.Init::name).toList()))
                    .append("<p class=\"note\">Fraction of each init's nonzero weights (after scaling) per")
                    .append(" bin of ").append(WeightHistogram.BINS).append(" equal bins between its smallest and largest")
                    .append(" weight.</p>");
        }
        Optional<ClassMotifs> studied = data.studied().summary().motifsByClass();
        if (studied.isPresent()) {
            s.append("<h3>Motifs by cell-class pair</h3><p class=\"note\">").append(Html.esc(data.studied().name()))
                    .append(": each motif's frequency over independent connections with the class-pair connection"
                            + " probabilities, minus 1 (0: no excess beyond the blocks; docs/science.md). Reciprocal,"
                            + " convergent (two inputs onto one neuron) and divergent (one neuron onto two) are"
                            + " symmetric; chain rows are the first neuron's class, columns the last's. n/a: no such"
                            + " connection in the blocks.</p><div class=\"panels\">");
            for (Table t : tables(studied.get())) {
                s.append("<figure>").append(t.html()).append("</figure>");
            }
            s.append("</div>");
            List<ReportData.Init> others = data.baselines().stream().filter(i -> i.summary().motifsByClass().isPresent()).toList();
            if (!others.isEmpty()) {
                s.append("<details><summary>The baselines' motifs by class pair</summary>");
                for (ReportData.Init init : others) {
                    s.append("<h4>").append(Html.esc(init.name())).append("</h4><div class=\"panels\">");
                    for (Table t : tables(init.summary().motifsByClass().orElseThrow())) {
                        s.append("<figure>").append(t.html()).append("</figure>");
                    }
                    s.append("</div>");
                }
                s.append("</details>");
            }
        } else if (!data.studied().summary().notes().isEmpty()) {
            s.append("<p class=\"note\">").append(Html.esc(data.studied().summary().notes())).append("</p>");
        }
        return s.toString();
    }

    /** The studied init's motif tables as Markdown, or empty when its summary row has none. */
    static Optional<String> markdown(ReportData data) {
        return data.studied().summary().motifsByClass().map(m -> {
            StringBuilder s = new StringBuilder("### Motifs by cell-class pair\n\n").append(Markdown.esc(
                    data.studied().name() + ": frequency over independent connections with the class-pair probabilities,"
                            + " minus 1; chain rows are the first neuron's class, columns the last's."))
                    .append("\n\n");
            tables(m).forEach(t -> s.append(t.markdown()).append('\n'));
            return s.toString();
        });
    }

    /** One table per motif, rows class a, columns class b. */
    static List<Table> tables(ClassMotifs m) {
        List<Table> tables = new ArrayList<>();
        for (String motif : ClassMotifs.MOTIFS) {
            List<String> header = new ArrayList<>();
            header.add(motif.equals("chain") ? "chain (row to column)" : motif);
            header.addAll(m.classes());
            Table t = new Table(header);
            double[][] v = m.motif(motif);
            for (int a = 0; a < v.length; a++) {
                List<String> row = new ArrayList<>();
                row.add(m.classes().get(a));
                for (double x : v[a]) {
                    row.add(Double.isNaN(x) ? "n/a" : twoDecimals(x));
                }
                t.row(row);
            }
            tables.add(t);
        }
        return tables;
    }

    /** {@code x} to two decimals, with a value that rounds to zero written 0.00 whatever its sign. */
    private static String twoDecimals(double x) {
        String s = String.format(Locale.ROOT, "%.2f", x);
        return s.equals("-0.00") ? "0.00" : s;
    }

    private static String weights(List<ReportData.Init> weighed, ReportData data, Palette palette) {
        double lo = weighed.stream().mapToDouble(i -> i.weights().min()).min().orElse(0);
        double hi = weighed.stream().mapToDouble(i -> i.weights().max()).max().orElse(1);
        double top = weighed.stream().flatMapToDouble(i -> Arrays.stream(i.weights().fraction())).max().orElse(1);
        Plot plot = new Plot(420, 280, new Axis(lo, hi > lo ? hi : lo + 1, false, "weight W[post][pre]"),
                new Axis(0, Math.max(top, 1e-9) * 1.05, false, "fraction of nonzero weights"), "weight distribution");
        for (ReportData.Init init : weighed) {
            double[] xs = new double[WeightHistogram.BINS];
            for (int b = 0; b < xs.length; b++) {
                xs[b] = init.weights().centre(b);
            }
            plot.series(init.name()).line(xs, init.weights().fraction(), palette.color(init.name()),
                    init == data.studied() ? 2.2 : 1.4);
        }
        return plot.svg();
    }

    private static boolean complete(Degrees d, int n) {
        return n > 1 && Arrays.stream(d.in()).allMatch(k -> k == n - 1) && Arrays.stream(d.out()).allMatch(k -> k == n - 1);
    }

    private static String histogram(ReportData data, Palette palette, boolean in) {
        int n = data.studiedMatrix().size();
        List<ReportData.Init> drawn = data.inits().stream().filter(i -> !complete(i.degrees(), n)).toList();
        int span = 1 + drawn.stream().flatMapToInt(i -> Arrays.stream(in ? i.degrees().in() : i.degrees().out()))
                .max().orElse(0);
        int width = Math.max(1, (int) Math.ceil(span / (double) BINS));
        int bins = (span - 1) / width + 1;
        double top = 0;
        List<double[]> shares = new ArrayList<>();
        for (ReportData.Init init : drawn) {
            int[] k = in ? init.degrees().in() : init.degrees().out();
            double[] share = new double[bins];
            for (int v : k) {
                share[Math.min(bins - 1, v / width)] += 1.0 / k.length;
            }
            shares.add(share);
            top = Math.max(top, Arrays.stream(share).max().orElse(0));
        }
        String label = in ? "in-degree" : "out-degree";
        Plot plot = new Plot(420, 280, new Axis(0, Math.max(1, span - 1), false, label + (width > 1 ? " (bins of "
                + width + ")" : "")), new Axis(0, Math.max(top, 1e-9) * 1.05, false, "fraction of neurons"),
                label + " distribution");
        double[] xs = new double[bins];
        for (int b = 0; b < bins; b++) {
            xs[b] = b * width + (width - 1) / 2.0;
        }
        for (int i = 0; i < drawn.size(); i++) {
            ReportData.Init init = drawn.get(i);
            plot.line(xs, shares.get(i), palette.color(init.name()), init == data.studied() ? 2.2 : 1.4);
        }
        return plot.svg();
    }
}
