package org.richlazy.report;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.richlazy.train.Measures;
import org.richlazy.train.Precision;
import org.richlazy.train.RunResult;
import org.richlazy.train.RunStore;
import org.richlazy.train.task.TaskModule;
import org.richlazy.transform.Recipe;
import org.richlazy.transform.spectrum.Degrees;
import org.richlazy.transform.spectrum.Spectrum;
import org.richlazy.transform.store.InitSummary;

/** Synthetic runs, matrices and report data for the report tests. */
final class Fixtures {
    /** The report stage's bindings ({@link ReportModule}) with the tasks whose chance accuracies they read. */
    private static final Injector REPORT_STAGE = Guice.createInjector(new TaskModule(), new ReportModule());
    /** The report's sections in their bound order. */
    static final List<Section> SECTIONS =
            List.copyOf(REPORT_STAGE.getInstance(Key.get(new TypeLiteral<Set<Section>>() { })));
    static final HtmlReport HTML = REPORT_STAGE.getInstance(HtmlReport.class);
    static final MarkdownSummary MARKDOWN = REPORT_STAGE.getInstance(MarkdownSummary.class);
    static final Report REPORT = REPORT_STAGE.getInstance(Report.class);
    /** The rules the report's verdicts are held to, with the chance accuracies of the bound tasks. */
    static final VerdictRules RULES = REPORT_STAGE.getInstance(VerdictRules.class);

    private Fixtures() {
    }

    /** A completed run whose final measures have the given relative weight change, KA and RA. */
    static RunResult run(String init, String task, long seed, double relativeChange, double ka, double ra) {
        Measures end = new Measures(relativeChange * 35, relativeChange, ra, ka, 0.8, 0.3);
        Measures start = new Measures(0, 0, 1, 1, 1, 0.2);
        Measures mid = new Measures(relativeChange * 20, relativeChange * 0.6, (1 + ra) / 2, (1 + ka) / 2, 0.9,
                0.25);
        List<RunResult.CurvePoint> curve = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed * 31 + init.length());
        for (int it = 10; it <= 1000; it += 10) {
            double progress = 1 - Math.exp(-it / (200.0 / relativeChange));
            double loss = 1.1 * (1 - 0.9 * progress) + 0.02 * random.nextDouble();
            double accuracy = 0.5 + 0.45 * progress + 0.02 * random.nextDouble();
            curve.add(new RunResult.CurvePoint(it, loss, accuracy));
        }
        List<RunResult.Checkpoint> checkpoints = List.of(new RunResult.Checkpoint(0, start),
                new RunResult.Checkpoint(500, mid), new RunResult.Checkpoint(1000, end));
        return RunResult.builder(init, task, seed).iterations(1000).wallSeconds(12.5).curve(curve)
                .checkpoints(checkpoints).finalMeasures(end).precision(Precision.FLOAT64).build();
    }

    /**
     * {@code data} with a 4-step unit-activity profile (decision step 3, 0-based) on every completed run; where
     * {@code silentStart} holds, no unit is active at the decision step at the start (and at the end too where
     * {@code silentEnd} holds) and the final RA is undefined.
     */
    static ReportData withActivity(ReportData data, java.util.function.Predicate<RunResult> silentStart,
                                   java.util.function.Predicate<RunResult> silentEnd) {
        List<RunResult> runs = new ArrayList<>();
        for (RunResult r : data.runs()) {
            if (r.diverged()) {
                runs.add(r);
                continue;
            }
            boolean silent = silentStart.test(r);
            boolean silentAfter = silentEnd.test(r);
            org.richlazy.train.UnitActivity.Steps start = new org.richlazy.train.UnitActivity.Steps(
                    List.of(0.5, 0.4, 0.3, silent ? 0.0 : 0.2), List.of(1.0, 1.0, 1.0, silent ? 0.0 : 1.0));
            org.richlazy.train.UnitActivity.Steps end = new org.richlazy.train.UnitActivity.Steps(
                    List.of(0.6, 0.5, 0.4, silentAfter ? 0.0 : 0.25), List.of(1.0, 1.0, 1.0, silentAfter ? 0.0 : 0.5));
            Measures m = r.finalMeasures();
            Measures last = silent || silentAfter ? new Measures(m.weightChange(), m.relativeWeightChange(), Double.NaN,
                    m.kernelAlignment(), m.signSimilarity(), m.kernelTargetAlignment()) : m;
            runs.add(r.toBuilder().finalMeasures(last).activity(new org.richlazy.train.UnitActivity(3, start, end))
                    .build());
        }
        return new ReportData(data.experimentConfig(), data.toolVersion(), data.date(), data.inits(),
                data.studiedMatrix(), data.neuronClasses(), runs);
    }

    /** {@code data} with another experiment.yaml. */
    static ReportData withConfig(ReportData data, String config) {
        return new ReportData(config, data.toolVersion(), data.date(), data.inits(), data.studiedMatrix(),
                data.neuronClasses(), data.runs());
    }

    /** The numbers (CSV) of the figures in {@code html} by file name, the first figure of each name, in page order. */
    static Map<String, String> figureNumbers(String html) {
        java.util.regex.Matcher links = java.util.regex.Pattern
                .compile("download=\"([^\"]+)\" href=\"data:text/csv;base64,([^\"]+)\"").matcher(html);
        Map<String, String> csv = new LinkedHashMap<>();
        while (links.find()) {
            csv.putIfAbsent(links.group(1), new String(java.util.Base64.getDecoder().decode(links.group(2)),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return csv;
    }

    /** A run that diverged at the given iteration, with non-finite final measures. */
    static RunResult diverged(String init, String task, long seed, int at) {
        Measures nan = new Measures(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        List<RunResult.CurvePoint> curve = List.of(new RunResult.CurvePoint(10, 1.1, 0.5),
                new RunResult.CurvePoint(20, 40, 0.4));
        return RunResult.builder(init, task, seed).status(RunResult.Status.DIVERGED).divergedAt(at).iterations(at)
                .wallSeconds(0.5).curve(curve).checkpoints(List.of(new RunResult.Checkpoint(0, new Measures(0, 0, 1, 1,
                        1, 0.2)))).finalMeasures(nan).precision(Precision.FLOAT64).build();
    }

    /** Three completed seeds with the given per-seed relative weight changes, KAs and RAs. */
    static List<RunResult> seeds(String init, String task, double[] change, double[] ka, double[] ra) {
        List<RunResult> runs = new ArrayList<>();
        for (int i = 0; i < change.length; i++) {
            runs.add(run(init, task, i + 1, change[i], ka[i], ra[i]));
        }
        return runs;
    }

    /**
     * A cell-type-like studied matrix: {@code classes} blocks, a column's sign set by its class, entries
     * Bernoulli(p) times a class-pair strength, scaled to Frobenius norm g sqrt(N).
     */
    static double[][] blockMatrix(int n, double g, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] w = new double[n][n];
        int[] cls = classIndex(n);
        double[][] p = {{0.1, 0.3, 0.3, 0.1}, {0.6, 0.6, 0.4, 0.3}, {0.5, 0.5, 0.3, 0.4}, {0.1, 0.2, 0.3, 0.2}};
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (random.nextDouble() < p[cls[j]][cls[i]]) {
                    w[i][j] = (cls[j] == 0 ? 1 : -1.5) * (0.5 + random.nextDouble());
                }
            }
        }
        return scaled(w, g);
    }

    /** 70% E, then PV, SST, VIP in equal shares. */
    static int[] classIndex(int n) {
        int[] cls = new int[n];
        for (int i = 0; i < n; i++) {
            cls[i] = i < 0.7 * n ? 0 : i < 0.8 * n ? 1 : i < 0.9 * n ? 2 : 3;
        }
        return cls;
    }

    static List<String> classNames(int n, String... names) {
        return Arrays.stream(classIndex(n)).mapToObj(c -> names[c]).toList();
    }

    /** g randn(N, N) / sqrt(N). */
    static double[][] gaussian(int n, double g, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                w[i][j] = g * gauss(random) / Math.sqrt(n);
            }
        }
        return w;
    }

    /** A rank-r matrix of Gaussian factors scaled to Frobenius norm g sqrt(N). */
    static double[][] lowRank(int n, int r, double g, long seed) {
        double[][] a = gaussian(n, 1, seed);
        double[][] b = gaussian(n, 1, seed + 1);
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < r; k++) {
                    w[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return scaled(w, g);
    }

    private static double gauss(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double[][] scaled(double[][] w, double g) {
        double ss = 0;
        for (double[] row : w) {
            for (double v : row) {
                ss += v * v;
            }
        }
        double factor = g * Math.sqrt(w.length) / Math.sqrt(ss);
        for (double[] row : w) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= factor;
            }
        }
        return w;
    }

    /** The spectrum and effective ranks (docs/science.md#effective-ranks), computed with EJML (test reference only). */
    static Spectrum spectrum(double[][] w) {
        int n = w.length;
        DMatrixRMaj m = new DMatrixRMaj(w);
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, n, false, false, true);
        svd.decompose(m.copy());
        double[] s = svd.getSingularValues().clone();
        Arrays.sort(s);
        for (int i = 0; i < n / 2; i++) {
            double t = s[i];
            s[i] = s[n - 1 - i];
            s[n - 1 - i] = t;
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false);
        eig.decompose(m.copy());
        double[] re = new double[n];
        double[] im = new double[n];
        double sumAbs = 0;
        double radius = 0;
        for (int i = 0; i < n; i++) {
            Complex_F64 c = eig.getEigenvalue(i);
            re[i] = c.real;
            im[i] = c.imaginary;
            sumAbs += c.getMagnitude();
            radius = Math.max(radius, c.getMagnitude());
        }
        double sum = Arrays.stream(s).sum();
        double sum2 = Arrays.stream(s).map(v -> v * v).sum();
        double sum4 = Arrays.stream(s).map(v -> v * v * v * v).sum();
        double entropy = 0;
        for (double v : s) {
            double p = v / sum;
            entropy -= p > 0 ? p * Math.log(p) : 0;
        }
        return new Spectrum(s, re, im, sumAbs / (radius * n), sum / (s[0] * n), sum2 * sum2 / sum4,
                Math.exp(entropy), sum2 / (s[0] * s[0]), radius, s[0], Math.sqrt(sum2), n);
    }

    /** The summary row of an init as a folder written before the structure statistics holds it. */
    static InitSummary summaryRow(String name, Spectrum s, long seed) {
        double nan = Double.NaN;
        return new InitSummary(List.of("name", "N", "erEig", "erSV", "participation_ratio", "entropy_rank",
                "stable_rank", "spectral_radius", "max_singular_value", "frobenius_norm", "seed", "recipe"), name,
                s.singularValues().length, new InitSummary.Figures(s.erEig(), s.erSV(), s.participationRatio(),
                s.entropyRank(), s.stableRank(), s.spectralRadius(), s.maxSingularValue(), s.frobeniusNorm()),
                new InitSummary.Structure(nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan),
                new InitSummary.Prediction(nan, nan, nan, nan), OptionalInt.empty(), seed, "", Optional.empty());
    }

    static ReportData.Init init(String name, double[][] w, Map<String, String> recipe, long seed) {
        Spectrum s = spectrum(w);
        return new ReportData.Init(name, summaryRow(name, s, seed), s, new Recipe(recipe), seed, Degrees.of(w));
    }

    /** Recipe of a studied cell-type matrix with source provenance keys. */
    static Map<String, String> studiedRecipe(String sourceFile, int n) {
        Map<String, String> recipe = new LinkedHashMap<>();
        recipe.put("kind", "measured");
        recipe.put("source.files", sourceFile);
        recipe.put("source.format", "celltype-table");
        recipe.put("source.orientation", "rows = presynaptic (transposed)");
        recipe.put("source.unit", "mV");
        recipe.put("source.step.1", "sampled " + n + " neurons by class proportions (seed 7)");
        recipe.put("source.step.2", "signed columns by presynaptic class (Dale)");
        recipe.put("scaling", "frobenius");
        recipe.put("gain", "1.25");
        return recipe;
    }

    static Map<String, String> baselineRecipe(String kind) {
        Map<String, String> recipe = new LinkedHashMap<>();
        recipe.put("kind", kind);
        recipe.put("scaling", "frobenius");
        recipe.put("gain", "1.25");
        return recipe;
    }

    /** Recipe of a truncated Gaussian baseline ({@code truncated-rank}, {@code rank-matched}) of the given rank. */
    static Map<String, String> rankRecipe(String kind, int rank) {
        Map<String, String> recipe = baselineRecipe(kind);
        recipe.put("rank", Integer.toString(rank));
        return recipe;
    }

    static final String CONFIG = """
            date: 2026-11-20T14:03:00Z
            version: 0.1.0-SNAPSHOT
            input: celltype/v1-l23.csv
            transform:
              neurons: 120
              scaling: frobenius
              gain: 1.25
              baselines: [gaussian, rank-matched]
              seed: 7
            training:
              tasks: [2af, dms]
              seeds: [1, 2, 3]
              iterations: 1000
            """;

    /** A small complete experiment: celltype vs gaussian and rank-matched, two tasks, three seeds, one divergence. */
    static ReportData smallExperiment() {
        int n = 120;
        double[][] studied = blockMatrix(n, 1.25, 7);
        List<ReportData.Init> inits = List.of(
                init("celltype", studied, studiedRecipe("celltype/v1-l23.csv", n), 7),
                init("gaussian", gaussian(n, 1.25, 8), baselineRecipe("gaussian"), 8),
                init("rank-matched", lowRank(n, 4, 1.25, 9), rankRecipe("rank-matched", 4), 9));
        List<RunResult> runs = new ArrayList<>();
        for (String task : List.of("2af", "dms")) {
            runs.addAll(seeds("celltype", task, new double[] {1.7, 1.8, 1.9}, new double[] {0.40, 0.42, 0.44},
                    new double[] {0.52, 0.55, 0.58}));
            runs.addAll(seeds("gaussian", task, new double[] {0.9, 1.0, 1.1}, new double[] {0.70, 0.71, 0.72},
                    new double[] {0.78, 0.80, 0.82}));
            runs.addAll(seeds("rank-matched", task, new double[] {1.5, 1.9, 2.2},
                    new double[] {0.35, 0.45, 0.5}, new double[] {0.6, 0.5, 0.7}));
        }
        runs.add(diverged("gaussian", "dms", 4, 420));
        return new ReportData(CONFIG, "0.1.0-SNAPSHOT", "2026-11-20T14:03:00Z", inits, studied,
                classNames(n, "E", "PV", "SST", "VIP"), sorted(runs));
    }

    /**
     * The largest layout the report must keep readable: six inits (N = 300), four tasks, ten seeds,
     * a few diverged runs; measures drawn around an init-specific level with seeded noise.
     */
    static ReportData largeExperiment() {
        int n = 300;
        double[][] studied = blockMatrix(n, 1.25, 11);
        List<ReportData.Init> inits = List.of(
                init("celltype", studied, studiedRecipe("celltype/v1-all.csv", n), 11),
                init("gaussian", gaussian(n, 1.25, 12), baselineRecipe("gaussian"), 12),
                init("rank-matched", lowRank(n, 6, 1.25, 13), rankRecipe("rank-matched", 6), 13),
                init("spectrum-matched", permuted(studied, 14), baselineRecipe("spectrum-matched"), 14),
                init("shuffled", shuffled(studied, 15), baselineRecipe("shuffled"), 15),
                init("truncated-30", lowRank(n, 30, 1.25, 16), rankRecipe("truncated-rank", 30), 16));
        double[] change = {1.8, 1.0, 1.9, 1.5, 1.1, 1.3};
        double[] ka = {0.45, 0.72, 0.40, 0.52, 0.70, 0.6};
        double[] ra = {0.55, 0.80, 0.50, 0.60, 0.78, 0.7};
        SplittableRandom noise = new SplittableRandom(17);
        List<RunResult> runs = new ArrayList<>();
        List<String> tasks = List.of("2af", "dms", "cxt", "smnist");
        for (int t = 0; t < tasks.size(); t++) {
            for (int k = 0; k < inits.size(); k++) {
                for (long seed = 1; seed <= 10; seed++) {
                    if ((7 * k + 3 * t + seed) % 23 == 0) {
                        runs.add(diverged(inits.get(k).name(), tasks.get(t), seed, (int) (50 * seed)));
                        continue;
                    }
                    runs.add(run(inits.get(k).name(), tasks.get(t), seed,
                            change[k] * (1 + 0.1 * t) + 0.15 * gauss(noise), ka[k] + 0.04 * gauss(noise),
                            ra[k] + 0.04 * gauss(noise)));
                }
            }
        }
        return new ReportData(CONFIG, "0.1.0-SNAPSHOT", "2026-11-21T09:30:00Z", inits, studied,
                classNames(n, "E", "PV", "SST", "VIP"), sorted(runs));
    }

    /** The ranks of {@link #rankSweep()}'s inits, studied full-rank draw first. */
    static final int[] SWEEP_RANKS = {60, 1, 6, 20};

    /**
     * The paper's rank sweep in small (N = 60): the studied Gaussian draw and its truncations rank-1,
     * rank-6 and rank-20, on 2af with seeds 1-3. Relative weight change falls with rank (rank 1: 2.0,
     * 2.1, 2.2; rank 6: 1.6-1.8; rank 20: 1.3-1.5; rank 60: 1.0-1.2) and KA rises (0.2, 0.4, 0.5, 0.7
     * plus 0.02 per seed); RA is KA + 0.1 except rank-6 seed 2, whose RA is undefined; rank-20 seed 4
     * diverged. Sign similarity is 0.8 in every run.
     */
    static ReportData rankSweep() {
        int n = SWEEP_RANKS[0];
        double[][] draw = gaussian(n, 1.25, 21);
        Map<String, String> studied = baselineRecipe("gaussian");
        studied.put("shared-draw", "the rank-r inits truncate this same draw");
        List<ReportData.Init> inits = new ArrayList<>(List.of(init("gaussian", draw, studied, 21)));
        for (int k = 1; k < SWEEP_RANKS.length; k++) {
            int r = SWEEP_RANKS[k];
            inits.add(init("rank-" + r, lowRank(n, r, 1.25, 21), rankRecipe("truncated-rank", r), 21));
        }
        double[] change = {1.0, 2.0, 1.6, 1.3};
        double[] ka = {0.7, 0.2, 0.4, 0.5};
        List<RunResult> runs = new ArrayList<>();
        for (int k = 0; k < inits.size(); k++) {
            for (int i = 0; i < 3; i++) {
                double ra = k == 2 && i == 1 ? Double.NaN : ka[k] + 0.02 * i + 0.1;
                runs.add(run(inits.get(k).name(), "2af", i + 1, change[k] + 0.1 * i, ka[k] + 0.02 * i, ra));
            }
        }
        runs.add(diverged("rank-20", "2af", 4, 80));
        return new ReportData("name: \"rank sweep\"\ntraining:\n  iterations: 1000\n", "0.1.0-SNAPSHOT",
                "2026-11-22T08:00:00Z", inits, draw, List.of(), sorted(runs));
    }

    /** Rows and columns permuted independently: same singular values, other directions. */
    static double[][] permuted(double[][] w, long seed) {
        int n = w.length;
        int[] rows = permutation(n, new SplittableRandom(seed));
        int[] cols = permutation(n, new SplittableRandom(seed + 1));
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = w[rows[i]][cols[j]];
            }
        }
        return out;
    }

    /** Every entry permuted. */
    static double[][] shuffled(double[][] w, long seed) {
        int n = w.length;
        int[] order = permutation(n * n, new SplittableRandom(seed));
        double[][] out = new double[n][n];
        for (int k = 0; k < n * n; k++) {
            out[k / n][k % n] = w[order[k] / n][order[k] % n];
        }
        return out;
    }

    private static int[] permutation(int n, SplittableRandom random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    static List<RunResult> sorted(List<RunResult> runs) {
        return runs.stream().sorted(java.util.Comparator.comparing(
                (RunResult r) -> RunStore.folderName(r.init(), r.task(), r.seed()))).toList();
    }
}
