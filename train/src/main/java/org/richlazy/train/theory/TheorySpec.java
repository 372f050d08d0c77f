package org.richlazy.train.theory;

import java.util.ArrayList;
import java.util.List;

/**
 * A sweep of the two-layer linear theory (config section {@code theory}); a {@code null} component takes its
 * default.
 *
 * @param sweep     {@code rank}: KA against the effective rank of random W(0) (and a teacher-aligned rank-1 W(0)),
 *                  whitened inputs; {@code anisotropy}: KA against the feature anisotropy kappa for random, aligned
 *                  and partially aligned W(0)
 * @param inputs    d (default 50)
 * @param hidden    h (default 50)
 * @param sigma     initial scale: every W(0) has Frobenius norm sigma (default 0.05; w(0) = 0)
 * @param ranks     ranks of the random W(0) (rank sweep; default 1, 2, 5, 10, 20, 30, 40, 50)
 * @param kappas    feature scales kappa of the top half of F (anisotropy sweep; default 1, 2, 4, 8)
 * @param inits     the inits: {@code random}, {@code beta-aligned} (rank sweep), {@code aligned},
 *                  {@code partially-aligned} (anisotropy sweep); default the sweep's all
 * @param draws     random W(0) per rank or init (default 4)
 * @param teachers  teachers per W(0) (default 8)
 * @param seed      the seed of every draw (default 1)
 * @param dt        Runge-Kutta step in units of {@code 1 / lambda_max(Sigma)} (default 0.05)
 * @param tolerance a run stops when its loss is below {@code tolerance} times its initial loss (default 1e-8)
 * @param maxSteps  or after this many steps (default 200,000)
 */
public record TheorySpec(String sweep, Integer inputs, Integer hidden, Double sigma, List<Integer> ranks,
                         List<Double> kappas, List<String> inits, Integer draws, Integer teachers, Long seed, Double dt,
                         Double tolerance, Integer maxSteps) {
    /** The sweep words. */
    public static final List<String> SWEEPS = List.of("rank", "anisotropy");
    /** The inits of the rank sweep. */
    public static final List<String> RANK_INITS = List.of("random", "beta-aligned");
    /** The inits of the anisotropy sweep. */
    public static final List<String> ANISOTROPY_INITS = List.of("random", "aligned", "partially-aligned");

    public TheorySpec {
        sweep = sweep == null ? "rank" : sweep;
        inputs = inputs == null ? 50 : inputs;
        hidden = hidden == null ? 50 : hidden;
        sigma = sigma == null ? 0.05 : sigma;
        ranks = ranks == null ? List.of(1, 2, 5, 10, 20, 30, 40, 50) : List.copyOf(ranks);
        kappas = kappas == null ? List.of(1.0, 2.0, 4.0, 8.0) : List.copyOf(kappas);
        inits = inits == null ? ("anisotropy".equals(sweep) ? ANISOTROPY_INITS : RANK_INITS) : List.copyOf(inits);
        draws = draws == null ? 4 : draws;
        teachers = teachers == null ? 8 : teachers;
        seed = seed == null ? 1L : seed;
        dt = dt == null ? 0.05 : dt;
        tolerance = tolerance == null ? 1e-8 : tolerance;
        maxSteps = maxSteps == null ? 200_000 : maxSteps;
    }

    /** Every default. */
    public static TheorySpec defaults() {
        return new TheorySpec(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** What is wrong with this spec, one {@code key: problem} line each (empty when nothing is). */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (!SWEEPS.contains(sweep)) {
            p.add("sweep: '" + sweep + "' is not one of " + String.join(", ", SWEEPS));
        }
        List<String> known = "anisotropy".equals(sweep) ? ANISOTROPY_INITS : RANK_INITS;
        for (String init : inits) {
            if (!known.contains(init)) {
                p.add("inits: '" + init + "' is not an init of the " + sweep + " sweep (" + String.join(", ", known) + ")");
            }
        }
        if (inits.isEmpty()) {
            p.add("inits: is empty; expected at least one of " + String.join(", ", known));
        }
        if (inputs < 2 || hidden < 1) {
            p.add("inputs, hidden: d = " + inputs + ", h = " + hidden + "; expected d >= 2 and h >= 1");
        }
        if ("anisotropy".equals(sweep) && hidden < inputs && inits.stream().anyMatch(i -> !i.equals("random"))) {
            p.add("hidden: h = " + hidden + " < d = " + inputs + "; the aligned inits need h >= d");
        }
        for (Integer r : "rank".equals(sweep) ? ranks : List.<Integer>of()) {
            if (r == null || r < 1 || r > Math.min(inputs, hidden)) {
                p.add("ranks: " + r + " is outside 1.." + Math.min(inputs, hidden) + " (min(d, h))");
            }
        }
        for (Double k : "anisotropy".equals(sweep) ? kappas : List.<Double>of()) {
            if (k == null || !(k > 0) || Double.isInfinite(k)) {
                p.add("kappas: " + k + " is not a positive number");
            }
        }
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            p.add("sigma: " + sigma + " is not a positive number");
        }
        if (draws < 1 || teachers < 1) {
            p.add("draws, teachers: " + draws + ", " + teachers + "; expected at least 1 each");
        }
        if (!(dt > 0 && dt <= 0.5)) {
            p.add("dt: " + dt + " is outside (0, 0.5] (Runge-Kutta steps of dt / lambda_max)");
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            p.add("tolerance: " + tolerance + " is outside (0, 1)");
        }
        if (maxSteps < 1) {
            p.add("max-steps: " + maxSteps + " is below 1");
        }
        return p;
    }
}
