package org.richlazy.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.richlazy.report.stats.Interval;
import org.richlazy.report.stats.Sample;
import org.richlazy.train.RunResult;

/**
 * The learning section, one block of small multiples per task: loss (linear and log scale) and accuracy curves
 * (mean over completed seeds, band = mean +- sd), each final measure as per-seed points with the mean and its 95%
 * Student-t interval, and the measures at checkpoints when runs recorded more than two.
 * Diverged runs are left out of every figure here and listed in their own section.
 */
final class LearningSection implements Section {
    /** The section's anchor. */
    static final String ID = "learning";

    @Override
    public Optional<Link> link() {
        return Optional.of(new Link(ID, "Learning"));
    }

    @Override
    public Optional<String> html(SectionContext context) {
        ReportData data = context.data();
        Palette palette = context.palette();
        StringBuilder s = new StringBuilder("<section id=\"" + ID + "\"><h2>Learning</h2>");
        s.append("<p class=\"note\">Curves: mean over completed seeds, shaded mean &plusmn; sd (curves longer than ")
                .append(MAX_POINTS).append(" points are drawn as means over consecutive windows). Measures: one dot")
                .append(" per seed, bar = mean, whisker = 95% t-interval of the mean (bands and whiskers cut to the")
                .append(" values the quantity can take, as the caption then says); at checkpoints, the line is the")
                .append(" mean and the dots the seeds. Diverged runs are not drawn. Under each figure, its numbers as")
                .append(" CSV.")
                .append("</p>").append(palette.legend());
        HeldOutTable.html(data).ifPresent(s::append);
        for (String task : data.tasks()) {
            s.append("<div class=\"task\" id=\"task-").append(Html.esc(task)).append("\"><h3>Task ")
                    .append(Html.esc(task)).append("</h3><div class=\"panels\">");
            for (boolean log : new boolean[] {false, true}) {
                s.append("<figure>").append(curve(data, palette, task, "loss", Range.NON_NEGATIVE,
                        RunResult.CurvePoint::loss, log)).append("</figure>");
            }
            s.append("<figure>").append(curve(data, palette, task, "accuracy", Range.UNIT,
                    RunResult.CurvePoint::accuracy, false)).append("</figure>");
            for (Measure m : recorded(data)) {
                s.append("<figure>").append(strip(data, palette, task, m)).append("</figure>");
            }
            s.append("<figure>").append(scatter(data, palette, task)).append("</figure>");
            s.append("</div>");
            if (hasCheckpointSeries(data, task)) {
                s.append("<h4>Measures at checkpoints</h4><div class=\"panels\">");
                for (Measure m : recorded(data)) {
                    s.append("<figure>").append(checkpoints(data, palette, task, m)).append("</figure>");
                }
                s.append("</div>");
            }
            s.append("</div>");
        }
        return Optional.of(s.append("</section>").toString());
    }

    /** Every measure, the linearised gap only when some run trained its linear model ({@code training.linearized}). */
    static List<Measure> recorded(ReportData data) {
        boolean linearized = data.tasks().stream().anyMatch(task -> data.initNames().stream()
                .anyMatch(i -> data.runs(i, task).stream().anyMatch(r -> r.linearized() != null)));
        return java.util.Arrays.stream(Measure.values())
                .filter(m -> m != Measure.LINEARIZED_GAP || linearized).toList();
    }

    /** One quantity over seeds: at each x, the mean and sd over the runs that have a value there. */
    record Series(double[] x, double[] mean, double[] sd) {
    }

    /** Most points drawn per curve; longer curves are shown as means over consecutive windows. */
    static final int MAX_POINTS = 250;

    /**
     * The series with consecutive points averaged in windows of {@code ceil(length / MAX_POINTS)}
     * (x, mean and sd each averaged), so a 10,000-iteration curve stays a small polyline.
     */
    static Series thin(Series s) {
        int window = (s.x().length + MAX_POINTS - 1) / MAX_POINTS;
        if (window <= 1) {
            return s;
        }
        int m = (s.x().length + window - 1) / window;
        double[][] out = new double[3][m];
        double[][] in = {s.x(), s.mean(), s.sd()};
        for (int w = 0; w < m; w++) {
            int from = w * window;
            int to = Math.min(s.x().length, from + window);
            for (int c = 0; c < 3; c++) {
                double sum = 0;
                for (int i = from; i < to; i++) {
                    sum += in[c][i];
                }
                out[c][w] = sum / (to - from);
            }
        }
        return new Series(out[0], out[1], out[2]);
    }

    /**
     * Mean and sd over runs at each x present in any run; sd 0 where a single run has that x. A
     * non-finite value (which a completed run should not have) is left out of that x's mean.
     */
    static Series aggregate(List<Map<Integer, Double>> perRun) {
        TreeMap<Integer, List<Double>> byX = new TreeMap<>();
        for (Map<Integer, Double> run : perRun) {
            run.forEach((x, v) -> byX.computeIfAbsent(x, k -> new ArrayList<>()).add(v));
        }
        double[] xs = new double[byX.size()];
        double[] mean = new double[byX.size()];
        double[] sd = new double[byX.size()];
        int i = 0;
        for (var e : byX.entrySet()) {
            double[] values = e.getValue().stream().mapToDouble(Double::doubleValue).filter(Double::isFinite)
                    .toArray();
            xs[i] = e.getKey();
            if (values.length == 0) {
                mean[i] = Double.NaN;
                sd[i] = Double.NaN;
            } else {
                Sample sample = new Sample(values);
                mean[i] = sample.mean();
                sd[i] = values.length > 1 ? sample.sd() : 0;
            }
            i++;
        }
        return new Series(xs, mean, sd);
    }

    /** The aggregated series of every init with completed runs on the task, in init order. */
    private static Map<String, Series> seriesByInit(ReportData data, String task,
                                                    Function<RunResult, Map<Integer, Double>> points) {
        Map<String, Series> series = new LinkedHashMap<>();
        for (String init : data.initNames()) {
            List<Map<Integer, Double>> perRun = Comparison.completed(data.runs(init, task)).stream().map(points)
                    .toList();
            if (!perRun.isEmpty()) {
                series.put(init, aggregate(perRun));
            }
        }
        return series;
    }

    /** {lowest, highest, last x} over the finite values of {@code ys} (of each init's series, at its x). */
    private static double[] extent(Map<String, Series> series, Function<String, List<double[]>> ys) {
        double[] e = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1};
        for (var entry : series.entrySet()) {
            Series ser = entry.getValue();
            for (double[] y : ys.apply(entry.getKey())) {
                for (int i = 0; i < ser.x().length; i++) {
                    if (Double.isFinite(y[i])) {
                        e[0] = Math.min(e[0], y[i]);
                        e[1] = Math.max(e[1], y[i]);
                        e[2] = Math.max(e[2], ser.x()[i]);
                    }
                }
            }
        }
        return e;
    }

    /** The band mean - sd to mean + sd of one series, cut to a range, and whether the range cut it. */
    private record Band(double[] low, double[] high, boolean cut) {
        static Band of(Series s, Range range) {
            double[] low = new double[s.x().length];
            double[] high = new double[s.x().length];
            for (int i = 0; i < low.length; i++) {
                low[i] = s.mean()[i] - s.sd()[i];
                high[i] = s.mean()[i] + s.sd()[i];
            }
            return new Band(low, high, range.cut(low) | range.cut(high));
        }
    }

    /**
     * The mean curve of {@code what} per init with its mean &plusmn; sd band cut to {@code range}; on a log y axis
     * ({@code log}, for the loss, whose early values and spikes would flatten the rest on a linear one) from the
     * decade below the smallest positive value drawn, the band cut at that lower edge where mean - sd is not
     * positive.
     */
    private static String curve(ReportData data, Palette palette, String task, String what, Range range,
                                ToDoubleFunction<RunResult.CurvePoint> value, boolean log) {
        Map<String, Series> series = new LinkedHashMap<>();
        seriesByInit(data, task, run -> {
            Map<Integer, Double> points = new TreeMap<>();
            run.curve().forEach(p -> points.put(p.iteration(), value.applyAsDouble(p)));
            return points;
        }).forEach((init, ser) -> series.put(init, thin(ser)));
        Map<String, Band> bands = new LinkedHashMap<>();
        series.forEach((init, ser) -> bands.put(init, Band.of(ser, range)));
        double[] extent = extent(series, init -> List.of(bands.get(init).low(), bands.get(init).high()));
        double lo = extent[0];
        double hi = extent[1];
        double xmax = extent[2];
        if (series.isEmpty() || !(hi >= lo)) {
            return "<p class=\"note\">No " + what + " curve: no completed run of " + Html.esc(task) + ".</p>";
        }
        String caption = bands.values().stream().anyMatch(Band::cut) ? range.note("Bands", what) : "";
        Axis y;
        if (log) {
            double floor = extent(series, init -> List.of(positive(series.get(init).mean()),
                    positive(bands.get(init).low())))[0];
            if (!(floor > 0)) {
                return "<p class=\"note\">No positive " + what + " of " + Html.esc(task)
                        + " to draw on a log scale.</p>";
            }
            y = Axis.logDecades(floor, hi, what + " (log scale)");
            Range visible = new Range(y.min(), Double.POSITIVE_INFINITY);
            boolean edge = false;
            for (Band band : bands.values()) {
                edge |= visible.cut(band.low());
            }
            caption = "Log scale" + (edge ? "; bands cut at its lower edge, " + Fmt.number(y.min())
                    + ", where mean \u2212 sd is not above it." : ".");
        } else {
            y = Double.isFinite(range.max()) ? new Axis(range.min(), range.max(), false, what)
                    : Axis.around(range.min(), hi, what);
        }
        Plot plot = new Plot(300, 250, new Axis(0, xmax, false, "iteration"), y,
                what + (log ? ", log scale" : "") + " \u2014 " + task);
        for (var e : series.entrySet()) {
            Band band = bands.get(e.getKey());
            plot.series(e.getKey() + " (mean - sd, mean + sd)").band(e.getValue().x(), band.low(), band.high(),
                    palette.color(e.getKey()), 0.15);
        }
        for (var e : series.entrySet()) {
            plot.series(e.getKey() + " (mean)").line(e.getValue().x(), e.getValue().mean(), palette.color(e.getKey()),
                    1.5);
        }
        return plot.svg() + (caption.isEmpty() ? "" : "<figcaption>" + Html.esc(caption) + "</figcaption>");
    }

    /** {@code values} with every value that is not above 0 as NaN (not drawable on a log axis). */
    private static double[] positive(double[] values) {
        return java.util.Arrays.stream(values).map(v -> v > 0 ? v : Double.NaN).toArray();
    }

    private static String strip(ReportData data, Palette palette, String task, Measure measure) {
        List<String> inits = data.initNames().stream()
                .filter(i -> !Comparison.measured(data.runs(i, task), measure).isEmpty()).toList();
        if (inits.isEmpty()) {
            return "<p class=\"note\">No completed run of " + Html.esc(task) + " with a defined "
                    + Html.esc(measure.label()) + ".</p>";
        }
        List<Sample> samples = inits.stream().map(i -> Comparison.sample(data.runs(i, task), measure)).toList();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean cut = false;
        List<double[]> whiskers = new ArrayList<>();
        for (Sample sample : samples) {
            lo = Math.min(lo, sample.min());
            hi = Math.max(hi, sample.max());
            Interval ci = sample.meanInterval95();
            double[] whisker = ci.defined() ? new double[] {ci.low(), ci.high()} : null;
            if (whisker != null) {
                cut |= measure.range().cut(whisker);
                lo = Math.min(lo, whisker[0]);
                hi = Math.max(hi, whisker[1]);
            }
            whiskers.add(whisker);
        }
        Plot plot = new Plot(300, inits.size() > 3 ? 276 : 250, new Axis(-0.5, inits.size() - 0.5, false, "init"),
                Axis.around(lo, hi, measure.label()), measure.label() + " at the end \u2014 " + task).categories(inits);
        for (int k = 0; k < inits.size(); k++) {
            String color = palette.color(inits.get(k));
            List<RunResult> ok = Comparison.measured(data.runs(inits.get(k), task), measure);
            Sample sample = samples.get(k);
            plot.series(inits.get(k));
            double[] values = sample.values();
            for (int i = 0; i < values.length; i++) {
                double golden = i * 0.6180339887498949;
                double jitter = values.length == 1 ? 0 : 0.3 * (golden - Math.floor(golden) - 0.5);
                plot.dot(k + jitter, values[i], 2.6, color,
                        inits.get(k) + " seed " + ok.get(i).seed() + ": " + Fmt.number(values[i]));
            }
            plot.segment(k - 0.25, sample.mean(), k + 0.25, sample.mean(), color, 2.2);
            double[] whisker = whiskers.get(k);
            if (whisker != null) {
                plot.segment(k + 0.32, whisker[0], k + 0.32, whisker[1], color, 1.6);
            }
        }
        List<String> undefined = data.initNames().stream()
                .flatMap(i -> Comparison.undefined(data.runs(i, task), measure).stream())
                .map(r -> r.init() + " s" + r.seed()).toList();
        String note = undefined.isEmpty() ? "" : ". Undefined (" + Comparison.ZERO_KERNEL + ") and not drawn: "
                + String.join(", ", undefined);
        return plot.svg() + "<figcaption>" + Html.esc(measure.description() + note
                + (cut ? ". " + measure.range().note("Whiskers", measure.label()) : "")) + "</figcaption>";
    }

    /** Every completed run's final relative weight change against its final KA, one dot per seed. */
    private static String scatter(ReportData data, Palette palette, String task) {
        Measure x = Measure.KERNEL_ALIGNMENT;
        Measure y = Measure.RELATIVE_WEIGHT_CHANGE;
        List<RunResult> runs = data.initNames().stream().flatMap(i -> Comparison.completed(data.runs(i, task)).stream())
                .filter(r -> Double.isFinite(x.of(r.finalMeasures())) && Double.isFinite(y.of(r.finalMeasures())))
                .toList();
        if (runs.isEmpty()) {
            return "<p class=\"note\">No completed run of " + Html.esc(task) + " with both a defined KA and a weight"
                    + " change.</p>";
        }
        double[] xs = runs.stream().mapToDouble(r -> x.of(r.finalMeasures())).toArray();
        double[] ys = runs.stream().mapToDouble(r -> y.of(r.finalMeasures())).toArray();
        Plot plot = new Plot(300, 250, Axis.around(java.util.Arrays.stream(xs).min().orElseThrow(),
                java.util.Arrays.stream(xs).max().orElseThrow(), "final KA"),
                Axis.around(java.util.Arrays.stream(ys).min().orElseThrow(),
                        java.util.Arrays.stream(ys).max().orElseThrow(), "relative weight change"),
                "weight change vs KA \u2014 " + task);
        for (int i = 0; i < runs.size(); i++) {
            RunResult r = runs.get(i);
            plot.series(r.init()).dot(xs[i], ys[i], 2.8, palette.color(r.init()), r.init() + " seed " + r.seed()
                    + ": KA " + Fmt.number(xs[i]) + ", weight change " + Fmt.number(ys[i]));
        }
        return plot.svg() + "<figcaption>One dot per completed seed: richer runs sit up and to the left (more weight"
                + " change, lower KA).</figcaption>";
    }

    private static boolean hasCheckpointSeries(ReportData data, String task) {
        return data.runs().stream().filter(r -> r.task().equals(task) && !r.diverged())
                .anyMatch(r -> r.checkpoints().size() > 2);
    }

    private static String checkpoints(ReportData data, Palette palette, String task, Measure measure) {
        Map<String, Series> series = seriesByInit(data, task, run -> {
            Map<Integer, Double> points = new TreeMap<>();
            run.checkpoints().forEach(c -> points.put(c.iteration(), measure.of(c.measures())));
            return points;
        });
        double[] extent = extent(series, init -> List.of(series.get(init).mean()));
        double lo = extent[0];
        double hi = extent[1];
        double xmax = extent[2];
        if (!(hi >= lo)) {
            return "<p class=\"note\">No finite " + Html.esc(measure.label()) + " at checkpoints.</p>";
        }
        Plot plot = new Plot(300, 250, new Axis(0, xmax, false, "iteration"), Axis.around(lo, hi, measure.label()),
                measure.label() + " over training \u2014 " + task);
        for (var e : series.entrySet()) {
            String color = palette.color(e.getKey());
            plot.series(e.getKey() + " (mean)").line(e.getValue().x(), e.getValue().mean(), color, 1.5);
            plot.series(e.getKey());
            for (RunResult run : Comparison.completed(data.runs(e.getKey(), task))) {
                for (RunResult.Checkpoint c : run.checkpoints()) {
                    plot.dot(c.iteration(), measure.of(c.measures()), 1.4, color, e.getKey() + " seed " + run.seed()
                            + " at " + c.iteration() + ": " + Fmt.number(measure.of(c.measures())));
                }
            }
        }
        return plot.svg();
    }
}
