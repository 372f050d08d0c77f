package org.richlazy.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.richlazy.report.stats.Interval;
import org.richlazy.report.stats.Sample;
import org.richlazy.train.theory.TheoryPrediction;
import org.richlazy.train.theory.TheoryRun;
import org.richlazy.train.theory.TheorySpec;

/**
 * The report of a two-layer linear theory sweep ({@code richlazy theory}), in the style of {@code report.html}:
 * KA between the initial and final tangent kernel (all parameters) and feature kernel, simulated per W(0) draw
 * (mean over teachers, whisker = 95% t-interval over teachers), beside the small-scale prediction
 * ({@link TheoryPrediction}): the closed form as a line for the rank sweep, the per-draw prediction averaged over
 * teachers (dashed) for the anisotropy sweep. Self-contained; the same runs give the same page.
 */
public final class TheoryReport {
    /** The section's anchor. */
    static final String ID = "theory";

    private TheoryReport() {
    }

    /** The whole page. */
    public static String render(String title, String command, String toolVersion, TheorySpec spec,
                                List<TheoryRun> runs) {
        StringBuilder s = new StringBuilder(HtmlReport.head(title));
        s.append("<header><h1>").append(Html.esc(title)).append("</h1><p class=\"note\">Two-layer linear student f(z) = ")
                .append("w\u1d40Wz, teacher y = \u03b2\u1d40z, z = Fx, x ~ N(0, I); gradient flow (Runge-Kutta) from ")
                .append("\u2016W(0)\u2016<sub>F</sub> = \u03c3, w(0) = 0. d = ").append(spec.inputs()).append(", h = ")
                .append(spec.hidden()).append(", \u03c3 = ").append(Fmt.number(spec.sigma())).append(", ")
                .append(spec.draws()).append(" W(0) draws \u00d7 ").append(spec.teachers()).append(" teachers, seed ")
                .append(spec.seed()).append(". Regenerate: <code>").append(Html.esc(command)).append("</code></p></header>");
        s.append("<section id=\"").append(ID).append("\"><h2>Kernel alignment: simulation and theory</h2>");
        s.append(spec.sweep().equals("rank") ? rank(spec, runs) : anisotropy(spec, runs));
        s.append("<p class=\"note\">").append(Html.esc(NOTE)).append("</p></section>");
        return s.append("<footer>richlazy ").append(Html.esc(toolVersion)).append("</footer></main></body></html>\n")
                .toString();
    }

    /** How to read the section. */
    static final String NOTE = "KA = <F M0 F, F M1 F> / (\u2016F M0 F\u2016 \u2016F M1 F\u2016), the population limit of the"
            + " uncentred alignment of the initial and final kernels' Gram matrices, with M = \u2016w\u2016\u00b2 I + W\u1d40W"
            + " (all parameters) or W\u1d40W (features). Higher KA: lazier. The predictions assume \u03c3 \u2192 0 (the final"
            + " network is balanced at the teacher: W = w\u03b2\u0302\u1d40, \u2016w\u2016\u00b2 = \u2016\u03b2\u2016); they are"
            + " reconstructed from Liu et al. 2024, Theorem 1 and Proposition 1 (docs/science.md).";

    private static String rank(TheorySpec spec, List<TheoryRun> runs) {
        int d = spec.inputs();
        StringBuilder s = new StringBuilder("<div class=\"panels\">");
        for (boolean tangent : new boolean[] {true, false}) {
            ToDoubleFunction<TheoryRun> value = tangent ? TheoryRun::tangentAlignment : TheoryRun::featureAlignment;
            Map<String, List<TheoryRun>> points = byDraw(runs, r -> r.init().equals("random"));
            double maxPr = runs.stream().mapToDouble(TheoryRun::participationRatio).max().orElse(1);
            Plot plot = new Plot(420, 300, Axis.around(0, maxPr, "participation ratio of W(0)"),
                    new Axis(0, 1.05, false, tangent ? "KA, all parameters" : "KA, feature kernel"),
                    (tangent ? "tangent kernel" : "feature kernel") + " alignment against effective rank");
            int steps = 100;
            double[] xs = new double[steps + 1];
            double[] ys = new double[steps + 1];
            for (int i = 0; i <= steps; i++) {
                xs[i] = 1 + (maxPr - 1) * i / steps;
                ys[i] = tangent ? TheoryPrediction.expectedTangentAlignment(xs[i], d)
                        : TheoryPrediction.expectedFeatureAlignment(xs[i], d);
            }
            plot.line(xs, ys, "#D55E00", 1.5);
            boolean cut = drawPoints(plot, points, value, "#222222");
            cut |= drawPoints(plot, byDraw(runs, r -> r.init().equals("beta-aligned")), value, "#0072B2");
            double aligned = tangent ? TheoryPrediction.alignedRankOneTangentAlignment(d) : 1;
            plot.segment(0.5, aligned, 1.5, aligned, "#0072B2", 2);
            s.append("<figure>").append(plot.svg()).append("<figcaption>Black: random W(0) of each rank, one dot per ")
                    .append("draw (mean over teachers, whisker 95% interval over teachers); orange line: ")
                    .append(tangent ? "(1 + 1/d) \u221aPR / \u221a(d + 3)" : "\u221aPR / d")
                    .append("; blue: W(0) of rank 1 aligned with the teacher, its prediction the blue bar (")
                    .append(tangent ? "2 / \u221a(d + 3)" : "1").append(").").append(cutNote(cut))
                    .append("</figcaption></figure>");
        }
        s.append("</div>");
        Table table = new Table("init", "rank", "PR of W(0)", "runs", "KA simulated (95% CI)", "KA predicted",
                "relative error", "feature KA simulated", "feature KA predicted", "relative weight change");
        Map<String, List<TheoryRun>> groups = new LinkedHashMap<>();
        runs.forEach(r -> groups.computeIfAbsent(r.init() + " " + r.rank(), k -> new ArrayList<>()).add(r));
        for (List<TheoryRun> g : groups.values()) {
            Sample ka = sample(g, TheoryRun::tangentAlignment);
            double predicted = sample(g, TheoryRun::expectedTangent).mean();
            table.row(g.get(0).init(), Integer.toString(g.get(0).rank()),
                    Fmt.fixed(sample(g, TheoryRun::participationRatio).mean(), 2), Integer.toString(g.size()),
                    Fmt.fixed(ka.mean(), 3) + " " + interval(ka.meanInterval95()), Fmt.fixed(predicted, 3),
                    Fmt.fixed(100 * (ka.mean() - predicted) / predicted, 1) + " %",
                    Fmt.fixed(sample(g, TheoryRun::featureAlignment).mean(), 3),
                    Fmt.fixed(sample(g, TheoryRun::expectedFeature).mean(), 3),
                    Fmt.number(sample(g, TheoryRun::relativeWeightChange).mean()));
        }
        return s.append(table.html()).toString();
    }

    private static String anisotropy(TheorySpec spec, List<TheoryRun> runs) {
        Palette palette = new Palette(spec.inits());
        StringBuilder s = new StringBuilder(palette.legend()).append("<div class=\"panels\">");
        double maxKappa = spec.kappas().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double minKappa = spec.kappas().stream().mapToDouble(Double::doubleValue).min().orElse(1);
        for (boolean tangent : new boolean[] {true, false}) {
            ToDoubleFunction<TheoryRun> value = tangent ? TheoryRun::tangentAlignment : TheoryRun::featureAlignment;
            ToDoubleFunction<TheoryRun> predicted = tangent ? TheoryRun::predictedTangent : TheoryRun::predictedFeature;
            Plot plot = new Plot(420, 300, Axis.around(minKappa, maxKappa, "feature anisotropy \u03ba"),
                    new Axis(0, 1.05, false, tangent ? "KA, all parameters" : "KA, feature kernel"),
                    (tangent ? "tangent kernel" : "feature kernel") + " alignment against anisotropy");
            boolean cut = false;
            for (String init : spec.inits()) {
                String color = palette.color(init);
                double[] ks = spec.kappas().stream().mapToDouble(Double::doubleValue).toArray();
                double[] means = new double[ks.length];
                double[] predictions = new double[ks.length];
                for (int i = 0; i < ks.length; i++) {
                    double kappa = ks[i];
                    List<TheoryRun> g = runs.stream().filter(r -> r.init().equals(init) && r.kappa() == kappa).toList();
                    Sample sample = sample(g, value);
                    means[i] = sample.mean();
                    predictions[i] = sample(g, predicted).mean();
                    cut |= whisker(plot, kappa, sample, color, init + " \u03ba " + Fmt.number(kappa));
                }
                plot.line(ks, means, color, 1.5);
                plot.line(ks, predictions, color, 0.8);
            }
            s.append("<figure>").append(plot.svg()).append("<figcaption>Mean over W(0) draws and teachers, whisker 95% ")
                    .append("interval; the thin line of each colour: the small-scale prediction of each draw and teacher,")
                    .append(" averaged. random: Gaussian W(0); aligned: W(0)\u1d40W(0) \u221d \u03a3 = F\u00b2; partially aligned:")
                    .append(" the top d/2 directions of F only.").append(cutNote(cut)).append("</figcaption></figure>");
        }
        s.append("</div>");
        Table table = new Table("init", "\u03ba", "runs", "KA simulated (95% CI)", "KA predicted", "feature KA simulated",
                "feature KA predicted", "relative weight change", "converged");
        for (String init : spec.inits()) {
            for (double kappa : spec.kappas()) {
                List<TheoryRun> g = runs.stream().filter(r -> r.init().equals(init) && r.kappa() == kappa).toList();
                Sample ka = sample(g, TheoryRun::tangentAlignment);
                table.row(init, Fmt.number(kappa), Integer.toString(g.size()),
                        Fmt.fixed(ka.mean(), 3) + " " + interval(ka.meanInterval95()),
                        Fmt.fixed(sample(g, TheoryRun::predictedTangent).mean(), 3),
                        Fmt.fixed(sample(g, TheoryRun::featureAlignment).mean(), 3),
                        Fmt.fixed(sample(g, TheoryRun::predictedFeature).mean(), 3),
                        Fmt.number(sample(g, TheoryRun::relativeWeightChange).mean()),
                        g.stream().filter(TheoryRun::converged).count() + " of " + g.size());
            }
        }
        return s.append(table.html()).toString();
    }

    /**
     * One line per group of runs (init and rank, or init and kappa): the simulated KA's mean and the prediction,
     * e.g. {@code random rank 50: KA 0.698 simulated, 0.701 predicted (24 runs)}.
     */
    public static List<String> summary(TheorySpec spec, List<TheoryRun> runs) {
        boolean ranks = spec.sweep().equals("rank");
        Map<String, List<TheoryRun>> groups = new LinkedHashMap<>();
        runs.forEach(r -> groups.computeIfAbsent(r.init() + (ranks ? " rank " + r.rank() : " kappa "
                + Fmt.number(r.kappa())), k -> new ArrayList<>()).add(r));
        List<String> lines = new ArrayList<>();
        for (var e : groups.entrySet()) {
            List<TheoryRun> g = e.getValue();
            double predicted = ranks ? sample(g, TheoryRun::expectedTangent).mean()
                    : sample(g, TheoryRun::predictedTangent).mean();
            lines.add(e.getKey() + ": KA " + Fmt.fixed(sample(g, TheoryRun::tangentAlignment).mean(), 3)
                    + " simulated, " + Fmt.fixed(predicted, 3) + " predicted; feature KA "
                    + Fmt.fixed(sample(g, TheoryRun::featureAlignment).mean(), 3) + " (" + g.size() + " runs)");
        }
        return lines;
    }

    /** The runs of each (init, rank, draw), in order. */
    private static Map<String, List<TheoryRun>> byDraw(List<TheoryRun> runs, Predicate<TheoryRun> keep) {
        Map<String, List<TheoryRun>> out = new LinkedHashMap<>();
        runs.stream().filter(keep).forEach(r -> out.computeIfAbsent(r.init() + " rank " + r.rank() + " draw "
                + r.draw(), k -> new ArrayList<>()).add(r));
        return out;
    }

    /** Draws each group's whisker; true when one was cut to [0, 1]. */
    private static boolean drawPoints(Plot plot, Map<String, List<TheoryRun>> groups, ToDoubleFunction<TheoryRun> value,
                                      String color) {
        boolean cut = false;
        for (var e : groups.entrySet()) {
            cut |= whisker(plot, e.getValue().get(0).participationRatio(), sample(e.getValue(), value), color,
                    e.getKey());
        }
        return cut;
    }

    /** The mean's dot and its 95% interval cut to [0, 1], the values KA can take; true when it was cut. */
    private static boolean whisker(Plot plot, double x, Sample sample, String color, String label) {
        Interval ci = sample.meanInterval95();
        boolean cut = false;
        if (ci.defined()) {
            double[] ends = {ci.low(), ci.high()};
            cut = Range.UNIT.cut(ends);
            plot.segment(x, ends[0], x, ends[1], color, 1);
        }
        plot.dot(x, sample.mean(), 2.8, color, label + ": " + Fmt.fixed(sample.mean(), 3) + " over " + sample.size()
                + " teachers");
        return cut;
    }

    private static String cutNote(boolean cut) {
        return cut ? " " + Range.UNIT.note("Whiskers", "KA") : "";
    }

    private static Sample sample(List<TheoryRun> runs, ToDoubleFunction<TheoryRun> value) {
        return new Sample(runs.stream().mapToDouble(value).toArray());
    }

    private static String interval(Interval ci) {
        return ci.defined() ? "(" + Fmt.fixed(ci.low(), 3) + " to " + Fmt.fixed(ci.high(), 3) + ")" : "(n/a)";
    }
}
