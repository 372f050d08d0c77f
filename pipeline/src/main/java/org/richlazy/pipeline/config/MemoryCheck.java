package org.richlazy.pipeline.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.richlazy.ingest.SizeLimits;
import org.richlazy.train.Precision;
import org.richlazy.train.WeightLayout;
import org.richlazy.transform.BaselineKind;
import org.richlazy.transform.ConfigWord;

/**
 * The heap an experiment needs, estimated from its config before anything is allocated, and the refusal of an
 * experiment that cannot fit (docs/performance.md#memory).
 *
 * <p>Everything large is a dense N x N matrix: {@code D = 8 N^2} bytes as float64. The estimate is
 * {@code BASE + D (PER_INIT * inits + PER_RUN * runsAtOnce)}: the inits (studied and every baseline, each
 * truncated rank one) stay in memory for the whole sweep with their spectra's working copies, and a run in
 * training holds its float32 and float64 copies of W_h, the optimiser's state, the measures' copies and the
 * SVDs of its change structure. The constants were measured at N = 1,000 by the smallest heap
 * ({@code -Xmx}, in steps of 40 MB) that completes a 20-iteration run: 2 inits and 1 run at once need
 * 200-240 MB, 4 inits and 1 run 240-280 MB, 2 inits and 2 runs 320-400 MB. Rounded up, they give 280, 352 and
 * 496 MB there: the estimate errs on the side of refusing.
 */
final class MemoryCheck {
    /** The JVM and the tool's own classes and buffers. */
    static final long BASE = 64L << 20;
    /** Dense float64 N x N matrices per init. */
    static final int PER_INIT = 3;
    /** Dense float64 N x N matrices per run in training. */
    static final int PER_RUN = 24;

    private MemoryCheck() {
    }

    /** The estimated peak heap in bytes of {@code inits} inits of N neurons trained {@code runsAtOnce} at a time. */
    static long estimate(long n, int inits, int runsAtOnce) {
        return BASE + 8 * n * n * (PER_INIT * (long) inits + PER_RUN * (long) runsAtOnce);
    }

    /**
     * Records a problem at {@code transform.neurons} when the experiment's estimate exceeds this JVM's maximum
     * heap, or (for the built-in sources, which no reader checks) when N is above the max-neurons limit.
     *
     * @param n          the experiment's N
     * @param whereNFrom N as the message says it after the key ("= 20000", or "unset: N = 448, every neuron of f")
     * @param builtIn    whether the source is a preset or the random sweep
     */
    static void check(ConfigTree tree, ConfigProblems problems, long n, String whereNFrom, boolean builtIn) {
        if (builtIn) {
            int max = SizeLimits.DEFAULT_MAX_NEURONS;
            String property = System.getProperty(SizeLimits.PROPERTY);
            if (property != null && property.strip().matches("\\d+")) {
                max = Integer.parseInt(property.strip());
            }
            if (n > max) {
                problems.bad("transform.neurons", "= " + n + " is above the limit of " + max + " neurons",
                        "at most " + max + " (raise it with -D" + SizeLimits.PROPERTY + "=N in RICHLAZY_JAVA_OPTS)");
                return;
            }
        }
        if (heldSparse(tree, n)) {
            return;
        }
        int inits = inits(tree);
        Long configured = tree.whole("workers");
        long workers = configured != null && configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
        List<String> tasks = tree.texts("training.tasks");
        List<Long> seeds = tree.wholes("training.seeds");
        List<String> sequence = tree.texts("training.sequence");
        int labels = (tasks == null ? 1 : tasks.size()) + (sequence == null || sequence.isEmpty() ? 0 : 1);
        long runs = (long) inits * labels * (seeds == null ? 3 : seeds.size());
        int atOnce = (int) Math.max(1, Math.min(workers, runs));
        long need = estimate(n, inits, atOnce);
        long heap = Runtime.getRuntime().maxMemory();
        if (need > heap) {
            problems.bad("transform.neurons", String.format(Locale.ROOT, "%s needs an estimated %s of heap (%d inits"
                    + " and %d run%s at once, each holding float64 %d x %d matrices of %s), above this JVM's maximum"
                    + " heap of %s", whereNFrom, size(need), inits, atOnce, atOnce == 1 ? "" : "s", n, n,
                    size(8 * n * n), size(heap)), "fewer neurons (transform.neurons), fewer runs at once (workers: 1),"
                    + " or a bigger heap (RICHLAZY_JAVA_OPTS=-Xmx" + ((need >> 30) + 1) + "g)");
        }
    }

    /**
     * Whether the config holds N neurons' weights on their synapses ({@code training.weights} sparse, or auto above
     * {@value WeightLayout#AUTO_SPARSE_ABOVE} neurons in float32 without the linearised model) with baselines that
     * keep the studied sparsity (a dense-by-nature one is refused with sparse weights, and dense the estimate
     * holds): nothing is N x N then, and what the run holds grows with the synapses, which only the source file
     * tells (docs/performance.md#memory).
     */
    private static boolean heldSparse(ConfigTree tree, long n) {
        List<String> baselines = tree.texts("transform.baselines");
        List<String> dense = ConfigWord.words(BaselineKind.class).stream()
                .filter(w -> !ConfigWord.of(BaselineKind.class, w).keepsSparsity()).toList();
        if (baselines == null || baselines.stream().anyMatch(dense::contains)) {
            return false;
        }
        String weights = tree.text("training.weights");
        if (WeightLayout.SPARSE.word().equals(weights)) {
            return true;
        }
        JsonNode linearized = tree.node("training.linearized");
        boolean auto = weights == null || WeightLayout.AUTO.word().equals(weights);
        return auto && (linearized == null || !linearized.asBoolean(false))
                && WeightLayout.AUTO.resolve((int) Math.min(n, Integer.MAX_VALUE), Precision.FLOAT64.word()
                .equals(tree.text("training.precision")) ? Precision.FLOAT64 : Precision.FLOAT32) == WeightLayout.SPARSE;
    }

    /** The inits the config makes: the studied one, and one per baseline (per rank for truncated-rank). */
    private static int inits(ConfigTree tree) {
        List<Long> ranks = tree.wholes("transform.ranks");
        int rankCount = ranks == null ? 4 : ranks.size();
        if (SourceSpec.RANDOM_GAUSSIAN.equals(tree.text("source.preset"))) {
            return 1 + rankCount;
        }
        List<String> baselines = tree.texts("transform.baselines");
        if (baselines == null) {
            return 3;
        }
        int inits = 1;
        for (String b : baselines) {
            inits += "truncated-rank".equals(b) ? rankCount : 1;
        }
        return inits;
    }

    private static String size(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%d MiB", bytes >> 20);
    }
}
