package org.richlazy.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.richlazy.report.stats.Sample;
import org.richlazy.report.stats.Spearman;
import org.richlazy.train.RunResult;

/**
 * The paper's rank sweep (Liu et al. 2024, Fig. 1; docs/science.md#initial-weights-and-baselines) among a results
 * folder's inits, and the
 * trend of each final value with rank: does learning get richer as the rank of W0 falls?
 *
 * <p>An init's rank is read from its recipe ({@code inits/<name>.h5}):
 * <ul>
 *   <li>kind {@code truncated-rank} or {@code rank-matched}: a top-r SVD truncation of a Gaussian draw,
 *       r in the recipe key {@code rank} (an integer in [1, N]);</li>
 *   <li>kind {@code gaussian}: an untruncated draw {@code g randn(N, N) / sqrt(N)} (the random sweep's
 *       studied init, or the {@code gaussian} baseline), full rank, r = N;</li>
 *   <li>any other kind (a measured matrix, {@code spectrum-matched}, {@code shuffled}) is not a
 *       Gaussian truncation and has no rank here.</li>
 * </ul>
 * The inits form a sweep when at least one is {@code truncated-rank} and the ranked inits span at
 * least two ranks. Inits of the same rank (e.g. {@code rank-300} and {@code gaussian}) are pooled.
 *
 * <p>Per task and final value, {@link Spearman} relates the rank of each completed run's init to the
 * run's value over every run with a defined value (diverged runs and undefined values are left out
 * and counted). The paper expects lower rank to be richer: larger weight change, lower KA and RA, so
 * rho &lt; 0 for the weight change and rho &gt; 0 for KA and RA.
 */
final class RankSweep {
    static final String TRUNCATED = "truncated-rank";

    private final Map<String, Integer> ranks;

    private RankSweep(Map<String, Integer> ranks) {
        this.ranks = ranks;
    }

    /** The sweep of the inits, or empty when they form none. */
    static Optional<RankSweep> of(ReportData data) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        boolean truncated = false;
        for (ReportData.Init init : data.inits()) {
            Integer rank = rankOf(init);
            if (rank != null) {
                ranks.put(init.name(), rank);
                truncated |= TRUNCATED.equals(init.recipe().kind());
            }
        }
        boolean sweep = truncated && new TreeSet<>(ranks.values()).size() >= 2;
        return sweep ? Optional.of(new RankSweep(ranks)) : Optional.empty();
    }

    /** The rank of a Gaussian-family init by the rule in the class comment, or null for any other init. */
    static Integer rankOf(ReportData.Init init) {
        int n = init.spectrum().size();
        String kind = init.recipe().kind();
        if ("gaussian".equals(kind)) {
            return n;
        }
        if (!TRUNCATED.equals(kind) && !"rank-matched".equals(kind)) {
            return null;
        }
        int rank = init.recipe().rank();
        if (rank < 1 || rank > n) {
            throw new ReportException("recipe of inits/" + init.name() + ".h5 (kind " + kind + ") has rank '"
                    + init.recipe().entries().get("rank") + "'; expected an integer from 1 to N = " + n);
        }
        return rank;
    }

    /** Init name to rank, in init order. */
    Map<String, Integer> ranks() {
        return ranks;
    }

    /** The distinct ranks, ascending. */
    List<Integer> distinctRanks() {
        return List.copyOf(new TreeSet<>(ranks.values()));
    }

    /** "gaussian (rank 300 = N), rank-1 (rank 1), ...", in init order. */
    String members(ReportData data) {
        int n = data.studiedMatrix().size();
        List<String> parts = new ArrayList<>();
        ranks.forEach((init, rank) -> parts.add(init + " (rank " + rank + (rank == n ? " = N" : "") + ")"));
        return String.join(", ", parts);
    }

    /**
     * The trend of one final value with rank on one task.
     *
     * @param task      task name
     * @param value     the final value
     * @param test      Spearman's rho and permutation p over the runs with a defined value
     * @param byRank    the defined values at each rank that has any, ascending by rank
     * @param undefined completed runs of the sweep whose value is undefined
     * @param diverged  diverged runs of the sweep
     */
    record Trend(String task, FinalValue value, Spearman.Result test, Map<Integer, Sample> byRank, int undefined,
                 int diverged) {
        /** Which way the value moves as rank falls, and whether that is the paper's direction. */
        String reading() {
            if (!test.defined()) {
                return test.n() < 2 ? "undefined: fewer than two runs with a value"
                        : byRank.size() < 2 ? "undefined: runs of one rank only"
                        : "undefined: the same value in every run";
            }
            if (test.rho() == 0) {
                return "no monotone trend";
            }
            String way = "lower rank, " + (test.rho() > 0 ? "lower " : "higher ") + value.label();
            if (value.richer() == 0) {
                return way + " (no expected direction)";
            }
            boolean agrees = Math.signum(test.rho()) == -value.richer();
            return way + ": " + (agrees ? "agrees with the paper (richer at lower rank)"
                    : "against the paper (lazier at lower rank)")
                    + (test.p() <= 0.05 ? "" : ", not significant at 0.05");
        }

        /** "12 runs", with undefined and diverged runs counted when there are any. */
        String runs() {
            String s = test.n() + " run" + (test.n() == 1 ? "" : "s");
            List<String> left = new ArrayList<>();
            if (undefined > 0) {
                left.add(undefined + " undefined");
            }
            if (diverged > 0) {
                left.add(diverged + " diverged");
            }
            return left.isEmpty() ? s : s + "; left out: " + String.join(", ", left);
        }
    }

    /** The trend of {@code value} on {@code task} over every run of the sweep's inits. */
    Trend trend(ReportData data, String task, FinalValue value) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        TreeMap<Integer, List<Double>> byRank = new TreeMap<>();
        int undefined = 0;
        int diverged = 0;
        for (var member : ranks.entrySet()) {
            List<RunResult> runs = data.runs(member.getKey(), task);
            for (RunResult r : value.measured(runs)) {
                x.add((double) member.getValue());
                y.add(value.of(r));
                byRank.computeIfAbsent(member.getValue(), k -> new ArrayList<>()).add(value.of(r));
            }
            undefined += value.undefined(runs).size();
            diverged += Comparison.diverged(runs).size();
        }
        Map<Integer, Sample> samples = new LinkedHashMap<>();
        byRank.forEach((rank, values) -> samples.put(rank,
                new Sample(values.stream().mapToDouble(Double::doubleValue).toArray())));
        Spearman.Result test = Spearman.test(x.stream().mapToDouble(Double::doubleValue).toArray(),
                y.stream().mapToDouble(Double::doubleValue).toArray());
        return new Trend(task, value, test, samples, undefined, diverged);
    }

    /** The trends of every summary value on one task. */
    List<Trend> trends(ReportData data, String task) {
        return FinalValue.summary(data.runsOf(task)).stream().map(v -> trend(data, task, v)).toList();
    }

    /** One row per final value: rho, p, runs, the mean at each rank, and the reading. */
    Table table(ReportData data, String task) {
        List<String> header = new ArrayList<>(List.of("final value", "Spearman \u03c1", "p", "runs"));
        distinctRanks().forEach(r -> header.add("mean at rank " + r));
        header.add("reading");
        Table table = new Table(header);
        for (Trend t : trends(data, task)) {
            List<String> row = new ArrayList<>(List.of(t.value().label(),
                    t.test().defined() ? Fmt.fixed(t.test().rho(), 2) : "n/a",
                    t.test().defined() ? Fmt.p(t.test().p()) : "n/a", t.runs()));
            for (int rank : distinctRanks()) {
                Sample s = t.byRank().get(rank);
                row.add(s == null ? "\u2014" : Fmt.number(s.mean()));
            }
            row.add(t.reading());
            table.row(row);
        }
        return table;
    }

    /** How the table was computed, for under it. */
    static final String METHOD = "Spearman's \u03c1 between each run's init rank and its final value, over every"
            + " completed run of the sweep's inits with a defined value (ties by mid-ranks); p: two-sided"
            + " permutation test, " + Spearman.PERMUTATIONS + " random permutations of the values across runs"
            + " (SplittableRandom seed " + Spearman.SEED + "), p = (1 + hits) / (" + Spearman.PERMUTATIONS
            + " + 1), so no p is below " + Fmt.p(1.0 / (Spearman.PERMUTATIONS + 1)) + ". The paper expects lower"
            + " rank to learn richer: larger relative weight change (negative \u03c1) and lower KA and RA"
            + " (positive \u03c1);"
            + " sign similarity and accuracy (also held-out accuracy) have no expected direction.";
}
