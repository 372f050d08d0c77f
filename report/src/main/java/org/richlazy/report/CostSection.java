package org.richlazy.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.richlazy.report.stats.Interval;
import org.richlazy.report.stats.PermutationTest;
import org.richlazy.report.stats.Sample;
import org.richlazy.report.stats.StudentT;
import org.richlazy.report.stats.WelchInterval;
import org.richlazy.train.Flatness;
import org.richlazy.train.PlasticityCost;
import org.richlazy.train.RunResult;
import org.richlazy.train.SequenceRecord;

/**
 * "What the regime costs" (docs/science.md#what-the-regime-costs): per task and init the metabolic cost of the
 * plasticity ({@link PlasticityCost}) and the flatness, compression and generalisation at the end ({@link Flatness}),
 * mean ± sd; then, for the studied init against each baseline, each cost as a ratio or difference of means with its
 * 95% Welch interval and exact permutation p over the runs the verdict counts (the same runs, intervals and tests as
 * the verdict's), and a chart per task of the path length with its 95% interval per init beside the runs' sharpness
 * against their KA. Absent when no run recorded the costs (results written before they were).
 */
final class CostSection implements Section {
    /** The section's anchor. */
    static final String ID = "costs";

    /** One cost: how the report names it, its value in a run (NaN without it), whether it compares as a ratio. */
    record Cost(String label, ToDoubleFunction<RunResult> value, boolean ratio) {
        double of(RunResult r) {
            return value.applyAsDouble(r);
        }
    }

    static final List<Cost> COSTS = List.of(
            new Cost("path length", plasticity(PlasticityCost::pathLength), true),
            new Cost("L1 cost", plasticity(PlasticityCost::l1), true),
            new Cost("synapses changed", plasticity(PlasticityCost::synapsesChanged), false),
            new Cost("sharpness", flatness(Flatness::sharpness), false),
            new Cost("Hessian trace", flatness(Flatness::hessianTrace), false),
            new Cost("representation dimension", flatness(Flatness::representationDimension), false),
            new Cost("generalisation gap", flatness(Flatness::generalizationGap), false),
            new Cost("forgetting", sequence(SequenceRecord::forgetting), false),
            new Cost("forgetting (loss)", sequence(SequenceRecord::forgettingLoss), false),
            new Cost("forward transfer", sequence(SequenceRecord::forwardTransfer), false));

    /** The costs a sequence of tasks adds, which single-task runs do not have. */
    static final List<Cost> SEQUENCE_COSTS = COSTS.subList(7, 10);

    private static ToDoubleFunction<RunResult> sequence(ToDoubleFunction<SequenceRecord> part) {
        return r -> r.sequence() == null ? Double.NaN : part.applyAsDouble(r.sequence());
    }

    private static ToDoubleFunction<RunResult> plasticity(ToDoubleFunction<PlasticityCost> part) {
        return r -> r.plasticity() == null ? Double.NaN : part.applyAsDouble(r.plasticity());
    }

    private static ToDoubleFunction<RunResult> flatness(ToDoubleFunction<Flatness> part) {
        return r -> r.flatness() == null ? Double.NaN : part.applyAsDouble(r.flatness());
    }

    /** How to read the section. */
    static final String NOTE = "Path length: the sum over every update of ||W_h(t+1) - W_h(t)||_F; L1 cost: sum |dW|"
            + " (its square, the L2 cost, is weight_change^2); synapses changed: share of the initial synapses that"
            + " moved by more than 1% of their RMS; sharpness: top eigenvalue of the training-loss Hessian (Lanczos);"
            + " Hessian trace: Hutchinson's estimate (its standard error per run is in results.csv); representation"
            + " dimension: participation ratio of the decision-step states; generalisation gap: loss on trials never"
            + " trained on minus loss on the last training batches; for a sequence of tasks, forgetting: accuracy on"
            + " each earlier task right after its phase minus at the end (its loss form: the loss gained), forward"
            + " transfer: a later phase's mean training accuracy minus the same task's trained alone from the init."
            + " Comparisons: studied over (or minus) baseline,"
            + " over the runs the verdict counts; 95% Welch intervals (log scale for ratios); p: two-sided"
            + " permutation test; higher or lower only where p is below the verdict's level and the accuracies are"
            + " comparable. docs/science.md, \"What the regime costs\".";

    @Override
    public Optional<Link> link() {
        return Optional.of(new Link(ID, "Costs"));
    }

    /** The per-init table of every cost, or empty when no run recorded one. */
    static Optional<Table> perInit(ReportData data) {
        boolean sequences = data.runs().stream().anyMatch(r -> r.sequence() != null);
        List<PerInitTable.Column<RunResult>> columns = COSTS.stream()
                .filter(c -> sequences || !SEQUENCE_COSTS.contains(c))
                .map(c -> new PerInitTable.Column<RunResult>(c.label(), c.value())).toList();
        return PerInitTable.of(data, r -> r.plasticity() == null && r.flatness() == null ? null : r, columns);
    }

    /** One row per comparison and cost. */
    static Table comparisons(List<Comparison> comparisons, VerdictRules rules) {
        Table table = new Table(List.of("task", "baseline", "verdict", "cost", "studied", "baseline mean",
                "studied vs baseline (95% CI)", "p", "reads"));
        for (Comparison c : comparisons) {
            boolean sequence = c.studiedRuns().stream().anyMatch(r -> r.sequence() != null);
            for (Cost cost : COSTS) {
                if (!sequence && SEQUENCE_COSTS.contains(cost)) {
                    continue;
                }
                double[] studiedValues = values(c.studiedCounted(), cost);
                double[] baselineValues = values(c.baselineCounted(), cost);
                List<String> row = new ArrayList<>(List.of(c.task(), c.baseline(), c.verdict(), cost.label()));
                if (studiedValues.length == 0 || baselineValues.length == 0) {
                    row.addAll(List.of(mean(studiedValues), mean(baselineValues), "", "",
                            "no run that counts records it on one side"));
                    table.row(row);
                    continue;
                }
                Sample mine = new Sample(studiedValues);
                Sample theirs = new Sample(baselineValues);
                boolean ratio = cost.ratio() && mine.mean() > 0 && theirs.mean() > 0;
                double effect = ratio ? mine.mean() / theirs.mean() : mine.mean() - theirs.mean();
                Interval ci = ratio ? WelchInterval.ratioOfMeans(mine, theirs)
                        : WelchInterval.differenceOfMeans(mine, theirs);
                double p = PermutationTest.test(mine, theirs).p();
                row.add(Fmt.number(mine.mean()));
                row.add(Fmt.number(theirs.mean()));
                row.add((ratio ? Fmt.fixed(effect, 2) + "x" : (effect > 0 ? "+" : "") + Fmt.number(effect)) + " " + interval(ci));
                row.add(Fmt.p(p));
                row.add(reading(c, p, mine.mean() > theirs.mean(), rules));
                table.row(row);
            }
        }
        return table;
    }

    private static String reading(Comparison c, double p, boolean higher, VerdictRules rules) {
        if (c.direction() == Comparison.Direction.NOT_COMPARABLE) {
            return "not comparable (accuracies too far apart)";
        }
        return p < rules.alpha() ? (higher ? "higher" : "lower") : "no significant difference";
    }

    private static String interval(Interval ci) {
        return ci.defined() ? "(" + Fmt.number(ci.low()) + " to " + Fmt.number(ci.high()) + ")" : "(n/a)";
    }

    /** The finite values of a cost over the given runs. */
    static double[] values(List<RunResult> runs, Cost cost) {
        return runs.stream().mapToDouble(cost::of).filter(Double::isFinite).toArray();
    }

    private static String mean(double[] values) {
        return values.length == 0 ? "undefined" : Fmt.number(new Sample(values).mean());
    }

    /** The most classes whose pairs {@link #classPairs} lists. */
    static final int MAX_PAIR_CLASSES = 8;

    /**
     * Per task, each class pair's share of the L1 cost {@code sum |dW|} (post from pre) and the share of its synapses
     * changed, the means over each init's completed runs; empty without classes or with more than
     * {@link #MAX_PAIR_CLASSES}.
     */
    static List<Table> classPairs(ReportData data) {
        ClassChange change = data.classChange();
        int k = change.classes().size();
        List<Table> tables = new ArrayList<>();
        if (change.pairsByRun().isEmpty() || k > MAX_PAIR_CLASSES) {
            return tables;
        }
        for (String task : data.tasks()) {
            List<String> inits = new ArrayList<>();
            List<double[][]> means = new ArrayList<>();
            for (String init : data.initNames()) {
                List<ClassChange.PairSums> costs = data.runs(init, task).stream()
                        .map(r -> change.pairsByRun().get(org.richlazy.train.RunStore.folderName(r.init(), r.task(),
                                r.seed())))
                        .filter(java.util.Objects::nonNull).toList();
                if (costs.isEmpty()) {
                    continue;
                }
                double[][] mean = new double[2][k * k];
                for (ClassChange.PairSums cost : costs) {
                    double total = java.util.Arrays.stream(cost.l1()).sum();
                    for (int c = 0; c < k * k; c++) {
                        mean[0][c] += cost.l1()[c] / total / costs.size();
                        mean[1][c] += cost.changed()[c] / costs.size();
                    }
                }
                inits.add(init + " (" + costs.size() + ")");
                means.add(mean);
            }
            if (inits.isEmpty()) {
                continue;
            }
            List<String> header = new ArrayList<>(List.of("task", "postsynaptic \u2190 presynaptic"));
            header.addAll(inits);
            Table table = new Table(header);
            for (int c = 0; c < k * k; c++) {
                List<String> row = new ArrayList<>(List.of(task, change.classes().get(c / k) + " \u2190 "
                        + change.classes().get(c % k)));
                for (double[][] mean : means) {
                    row.add(Fmt.percent(mean[0][c]) + " (" + (Double.isNaN(mean[1][c]) ? "no synapses"
                            : Fmt.percent(mean[1][c]) + " changed") + ")");
                }
                table.row(row);
            }
            tables.add(table);
        }
        return tables;
    }

    /** How to read the class-pair tables. */
    static final String PAIR_NOTE = "Share of the L1 cost sum |dW| on the weights from each presynaptic class onto"
            + " each postsynaptic class, and in brackets the share of that pair's synapses that changed by more than 1%"
            + " of the RMS of all synapses; means over the completed runs (read from each run's weights.h5; dW from"
            + " W_h(0) as the init gave it). The path length is not split by class pair: training does not know the"
            + " classes.";

    /** Per task: the mean path length of each init with its 95% t interval, and sharpness against KA per run. */
    private static String charts(SectionContext context) {
        ReportData data = context.data();
        StringBuilder s = new StringBuilder("<div class=\"panels\">");
        for (String task : data.tasks()) {
            List<String> inits = new ArrayList<>();
            List<Sample> paths = new ArrayList<>();
            for (String init : data.initNames()) {
                double[] path = values(Comparison.completed(data.runs(init, task)), COSTS.get(0));
                if (path.length > 0) {
                    inits.add(init);
                    paths.add(new Sample(path));
                }
            }
            if (inits.isEmpty()) {
                continue;
            }
            double hi = 0;
            List<Interval> intervals = new ArrayList<>();
            for (Sample path : paths) {
                Interval ci = meanInterval(path);
                intervals.add(ci);
                hi = Math.max(hi, ci.defined() ? ci.high() : path.mean());
            }
            Plot bars = new Plot(360, 280, new Axis(-0.5, inits.size() - 0.5, false, "init"),
                    new Axis(0, hi * 1.1, false, "path length, sum of ||dW_t||"), "Plasticity path on " + task)
                    .categories(inits);
            for (int i = 0; i < inits.size(); i++) {
                String color = context.palette().color(inits.get(i));
                bars.series(inits.get(i));
                Interval ci = intervals.get(i);
                if (ci.defined()) {
                    bars.segment(i, ci.low(), i, ci.high(), color, 2);
                }
                bars.dot(i, paths.get(i).mean(), 5, color, inits.get(i) + ": " + Fmt.number(paths.get(i).mean())
                        + " over " + paths.get(i).size() + " runs");
            }
            s.append(bars.svg());
            s.append(scatter(context, task));
            s.append(retention(context, task));
            for (Measure richness : List.of(Measure.RELATIVE_WEIGHT_CHANGE, Measure.KERNEL_ALIGNMENT,
                    Measure.REPRESENTATION_ALIGNMENT)) {
                s.append(forgettingScatter(context, task, richness));
            }
        }
        return s.append("</div>").toString();
    }

    /** Each completed run's sharpness against its final KA, coloured by init; empty without two defined points. */
    private static String scatter(SectionContext context, String task) {
        ReportData data = context.data();
        List<double[]> points = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (String init : data.initNames()) {
            for (RunResult r : Comparison.completed(data.runs(init, task))) {
                double x = Measure.KERNEL_ALIGNMENT.of(r.finalMeasures());
                double y = COSTS.get(3).of(r);
                if (Double.isFinite(x) && Double.isFinite(y)) {
                    points.add(new double[] {x, y});
                    owners.add(init);
                }
            }
        }
        if (points.size() < 2) {
            return "";
        }
        double xlo = points.stream().mapToDouble(p -> p[0]).min().orElseThrow();
        double xhi = points.stream().mapToDouble(p -> p[0]).max().orElseThrow();
        double ylo = points.stream().mapToDouble(p -> p[1]).min().orElseThrow();
        double yhi = points.stream().mapToDouble(p -> p[1]).max().orElseThrow();
        Plot plot = new Plot(360, 280, Axis.around(xlo, xhi, "final KA (lower: richer)"),
                Axis.around(ylo, yhi, "sharpness, top Hessian eigenvalue"), "Sharpness against KA on " + task);
        for (int i = 0; i < points.size(); i++) {
            String init = owners.get(i);
            plot.series(init).dot(points.get(i)[0], points.get(i)[1], 4, context.palette().color(init),
                    init + ": KA " + Fmt.number(points.get(i)[0]) + ", sharpness " + Fmt.number(points.get(i)[1]));
        }
        return plot.svg();
    }

    /**
     * For a sequence: the accuracy on its first task over the whole run, one line per completed run in its init's
     * colour (runs stop at their targets at different iterations, so they are not averaged); empty for a single task.
     */
    private static String retention(SectionContext context, String task) {
        ReportData data = context.data();
        List<RunResult> runs = new ArrayList<>();
        for (String init : data.initNames()) {
            Comparison.completed(data.runs(init, task)).stream().filter(r -> r.sequence() != null).forEach(runs::add);
        }
        if (runs.isEmpty()) {
            return "";
        }
        int last = runs.stream().mapToInt(RunResult::iterations).max().orElse(1);
        Plot plot = new Plot(360, 280, new Axis(0, Math.max(1, last), false, "iteration of the sequence"),
                new Axis(0, 1, false, "accuracy on the first task"), "Retention on " + task);
        for (RunResult r : runs) {
            List<SequenceRecord.Retention> first = r.sequence().retention().stream().filter(x -> x.scored() == 1)
                    .toList();
            plot.series(r.init() + " s" + r.seed()).line(
                    first.stream().mapToDouble(SequenceRecord.Retention::globalIteration).toArray(),
                    first.stream().mapToDouble(SequenceRecord.Retention::accuracy).toArray(),
                    context.palette().color(r.init()), 1);
        }
        return plot.svg();
    }

    /**
     * For a sequence: each completed run's forgetting against a richness measure of its first phase (against the
     * phase's start), coloured by init; empty with fewer than two defined points.
     */
    private static String forgettingScatter(SectionContext context, String task, Measure richness) {
        ReportData data = context.data();
        List<double[]> points = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (String init : data.initNames()) {
            for (RunResult r : Comparison.completed(data.runs(init, task))) {
                SequenceRecord s = r.sequence();
                if (s == null || !Double.isFinite(s.forgetting())) {
                    continue;
                }
                double x = richness.of(s.phases().get(0).measures());
                if (Double.isFinite(x)) {
                    points.add(new double[] {x, s.forgetting()});
                    owners.add(init);
                }
            }
        }
        if (points.size() < 2) {
            return "";
        }
        double xlo = points.stream().mapToDouble(p -> p[0]).min().orElseThrow();
        double xhi = points.stream().mapToDouble(p -> p[0]).max().orElseThrow();
        double ylo = Math.min(0, points.stream().mapToDouble(p -> p[1]).min().orElseThrow());
        double yhi = Math.max(0, points.stream().mapToDouble(p -> p[1]).max().orElseThrow());
        String reads = richness.richer() > 0 ? " (richer \u2192)" : " (\u2190 richer)";
        Plot plot = new Plot(360, 280, Axis.around(xlo, xhi, richness.label() + " in phase 1" + reads),
                Axis.around(ylo, yhi, "forgetting, accuracy lost"), "Forgetting against " + richness.label()
                + " on " + task);
        for (int i = 0; i < points.size(); i++) {
            String init = owners.get(i);
            plot.series(init).dot(points.get(i)[0], points.get(i)[1], 4, context.palette().color(init),
                    init + ": " + richness.label() + " " + Fmt.number(points.get(i)[0]) + ", forgetting "
                            + Fmt.number(points.get(i)[1]));
        }
        return plot.svg();
    }

    /** The 95% t interval of a sample's mean; undefined for fewer than two values. */
    static Interval meanInterval(Sample s) {
        if (s.size() < 2) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double half = StudentT.quantile(0.975, s.size() - 1) * s.sd() / Math.sqrt(s.size());
        return new Interval(s.mean() - half, s.mean() + half);
    }

    @Override
    public Optional<String> html(SectionContext context) {
        return perInit(context.data()).map(t -> "<section id=\"" + ID + "\"><h2>What the regime costs</h2>"
                + t.html() + (context.comparisons().isEmpty() ? ""
                : "<h3>Studied against each baseline</h3>" + comparisons(context.comparisons(), context.rules()).html())
                + charts(context) + context.palette().legend() + "<p class=\"note\">" + Html.esc(NOTE) + "</p>"
                + pairsHtml(context.data()) + "</section>");
    }

    @Override
    public Optional<String> markdown(SectionContext context) {
        return perInit(context.data()).map(t -> "## What the regime costs\n\n" + t.markdown() + "\n"
                + (context.comparisons().isEmpty() ? "" : "### Studied against each baseline\n\n"
                + comparisons(context.comparisons(), context.rules()).markdown() + "\n")
                + Markdown.esc(NOTE) + "\n\n" + pairsMarkdown(context.data()));
    }

    private static String pairsHtml(ReportData data) {
        List<Table> pairs = classPairs(data);
        return pairs.isEmpty() ? "" : "<h3>By class pair</h3>" + String.join("", pairs.stream().map(Table::html)
                .toList()) + "<p class=\"note\">" + Html.esc(PAIR_NOTE) + "</p>";
    }

    private static String pairsMarkdown(ReportData data) {
        List<Table> pairs = classPairs(data);
        return pairs.isEmpty() ? "" : "### By class pair\n\n" + String.join("\n", pairs.stream()
                .map(Table::markdown).toList()) + "\n" + Markdown.esc(PAIR_NOTE) + "\n\n";
    }
}
