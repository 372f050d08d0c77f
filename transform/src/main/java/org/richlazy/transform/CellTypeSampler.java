package org.richlazy.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import org.richlazy.ingest.CellClass;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.CellTypeTable;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.Neuron;
import org.richlazy.ingest.Provenance;

/**
 * Samples a signed neuron-level {@link Connectome} of N neurons from a {@link CellTypeTable}
 * (docs/science.md#initial-weights-and-baselines):
 * <ol>
 *   <li>N neurons are assigned to classes by proportion with largest-remainder (Hamilton)
 *       rounding: class k gets {@code floor(N p_k / sum p)}, and the neurons still missing go one
 *       each to the classes with the largest fractional parts (ties to the earlier class).
 *       Neurons are laid out class by class, in table order, ids {@code <class>#<k>};</li>
 *   <li>for every ordered pair {@code i != j}, {@code W[i][j] = sign(class_j) * B * strength},
 *       {@code B ~ Bernoulli(p[class_i][class_j])} ({@code [post][pre]}); the sign follows the
 *       presynaptic class (Dale's law);</li>
 *   <li>strength is the class-pair mean ({@code mean}) or a draw {@code scale * exp(shape * Z)},
 *       {@code Z ~ N(0,1)}, from the pair's log-normal fit ({@code lognormal}); a pair without a fit
 *       (NaN) uses its mean and the fallback is recorded in the provenance;</li>
 *   <li>no self-connections (ours): a table gives no autapse probability, so the diagonal is 0.</li>
 * </ol>
 * Draws come from one {@link SplittableRandom} seeded with {@code seed}, pairs in row-major order.
 * Every step, the seed and the table's notes are appended to the provenance.
 */
public final class CellTypeSampler {
    /** Allowed proportion sum deviation from 1 (published tables are rounded). */
    private static final double PROPORTION_TOLERANCE = 1e-3;

    private CellTypeSampler() {
    }

    /**
     * Samples N neurons.
     *
     * @param strength {@link Strength#MEAN} or {@link Strength#LOGNORMAL}
     * @throws TransformException on N below 1, a class without a sign,
     *                            proportions not summing to 1, a probability outside [0, 1], a negative
     *                            or non-finite strength, or {@code lognormal} on a table without fits
     */
    public static Connectome sample(CellTypeTable table, int n, long seed, Strength strength) {
        boolean logNormal = strength == Strength.LOGNORMAL;
        validate(table, logNormal);
        int[] counts = classCounts(table.classes(), n);
        List<CellClass> classes = table.classes();
        int k = classes.size();

        int[] classOf = new int[n];
        List<Neuron> neurons = new ArrayList<>(n);
        int at = 0;
        for (int c = 0; c < k; c++) {
            for (int m = 0; m < counts[c]; m++) {
                classOf[at++] = c;
                CellClass cls = classes.get(c);
                neurons.add(new Neuron(cls.name() + "#" + m, cls.name(), cls.sign(), null));
            }
        }

        SplittableRandom rng = new SplittableRandom(seed);
        double[][] w = new double[n][n];
        long edges = 0;
        long[][] fallbacks = new long[k][k];
        for (int i = 0; i < n; i++) {
            int post = classOf[i];
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                int pre = classOf[j];
                if (rng.nextDouble() < table.probability(post, pre)) {
                    double s = table.meanStrength(post, pre);
                    if (logNormal) {
                        CellTypeTable.LogNormalFit fit = table.logNormal().orElseThrow();
                        double shape = fit.shape()[post][pre];
                        double scale = fit.scale()[post][pre];
                        if (Double.isNaN(shape) || Double.isNaN(scale)) {
                            fallbacks[post][pre]++;
                        } else {
                            s = scale * Math.exp(shape * rng.nextGaussian());
                        }
                    }
                    w[i][j] = classes.get(pre).sign().factor() * s;
                    edges++;
                }
            }
        }

        Provenance p = table.provenance();
        for (String note : table.notes()) {
            p = p.withStep("table note", 0, note);
        }
        p = p.withStep("assigned neurons to " + k + " classes", n, assignmentReason(classes, counts, n));
        p = p.withStep("sampled connections", edges, "W[i][j] = sign(class_j) * Bernoulli(p[class_i][class_j]) * "
                + (logNormal ? "log-normal draw scale*exp(shape*Z)" : "class-pair mean strength")
                + " for every ordered pair i != j; seed " + seed);
        p = p.withStep("no self-connections", n, "diagonal left at 0: the table gives no autapse probability");
        long fallbackTotal = 0;
        StringJoiner pairs = new StringJoiner(", ");
        for (int post = 0; post < k; post++) {
            for (int pre = 0; pre < k; pre++) {
                if (fallbacks[post][pre] > 0) {
                    fallbackTotal += fallbacks[post][pre];
                    pairs.add(classes.get(pre).name() + "->" + classes.get(post).name());
                }
            }
        }
        if (fallbackTotal > 0) {
            p = p.withStep("used mean strength for connections without a log-normal fit", fallbackTotal,
                    "no fit for pre->post pairs " + pairs);
        }
        return new Connectome(neurons, w, table.strengthUnit(), p);
    }

    /**
     * Class sizes for N neurons by largest-remainder rounding of the proportions (see the class
     * Javadoc); they sum to N.
     */
    public static int[] classCounts(List<CellClass> classes, int n) {
        if (n < 1) {
            throw new TransformException("cell-type sampling N", "N = " + n, "N >= 1");
        }
        double total = 0;
        for (CellClass c : classes) {
            total += c.proportion();
        }
        if (classes.isEmpty() || Math.abs(total - 1) > PROPORTION_TOLERANCE) {
            throw new TransformException("cell-type table proportions", "they sum to " + total + " over "
                    + classes.size() + " classes", "a sum of 1 (within " + PROPORTION_TOLERANCE + ")");
        }
        int k = classes.size();
        int[] counts = new int[k];
        double[] fraction = new double[k];
        int assigned = 0;
        for (int c = 0; c < k; c++) {
            double quota = n * classes.get(c).proportion() / total;
            counts[c] = (int) Math.floor(quota);
            fraction[c] = quota - counts[c];
            assigned += counts[c];
        }
        for (int left = n - assigned; left > 0; left--) {
            int best = -1;
            for (int c = 0; c < k; c++) {
                if (fraction[c] >= 0 && (best < 0 || fraction[c] > fraction[best])) {
                    best = c;
                }
            }
            counts[best]++;
            fraction[best] = -1;
        }
        return counts;
    }

    private static String assignmentReason(List<CellClass> classes, int[] counts, int n) {
        StringJoiner j = new StringJoiner(", ", "largest-remainder rounding of the proportions: ", "");
        for (int c = 0; c < classes.size(); c++) {
            j.add(classes.get(c).name() + " " + classes.get(c).proportion() + " -> " + counts[c]
                    + String.format(java.util.Locale.ROOT, " (quota %.3f)", n * classes.get(c).proportion()));
        }
        return j.toString();
    }

    private static void validate(CellTypeTable table, boolean logNormal) {
        List<CellClass> classes = table.classes();
        for (CellClass c : classes) {
            if (c.sign() == CellSign.UNKNOWN) {
                throw new TransformException("cell class " + c.name(), "sign is UNKNOWN",
                        "EXCITATORY or INHIBITORY to sign its outgoing synapses (Dale's law)");
            }
        }
        for (int post = 0; post < classes.size(); post++) {
            for (int pre = 0; pre < classes.size(); pre++) {
                String pair = classes.get(pre).name() + "->" + classes.get(post).name();
                double p = table.probability(post, pre);
                if (!(p >= 0 && p <= 1)) {
                    throw new TransformException("probability " + pair, "value " + p, "a probability in [0, 1]");
                }
                double s = table.meanStrength(post, pre);
                if (!(s >= 0) || !Double.isFinite(s)) {
                    throw new TransformException("mean strength " + pair, "value " + s,
                            "a finite non-negative strength (the sign comes from the class)");
                }
            }
        }
        if (logNormal && table.logNormal().isEmpty()) {
            throw new TransformException("strength 'lognormal'", "the cell-type table has no log-normal fits",
                    "a table with fits, or strength 'mean'");
        }
        if (logNormal) {
            CellTypeTable.LogNormalFit fit = table.logNormal().orElseThrow();
            for (int post = 0; post < classes.size(); post++) {
                for (int pre = 0; pre < classes.size(); pre++) {
                    double shape = fit.shape()[post][pre];
                    double scale = fit.scale()[post][pre];
                    boolean missing = Double.isNaN(shape) || Double.isNaN(scale);
                    if (!missing && !(shape >= 0 && Double.isFinite(shape) && scale > 0 && Double.isFinite(scale))) {
                        throw new TransformException("log-normal fit " + classes.get(pre).name() + "->"
                                + classes.get(post).name(), "shape " + shape + ", scale " + scale,
                                "finite shape >= 0 and scale > 0, or NaN for no fit");
                    }
                }
            }
        }
    }
}
