package org.richlazy.train.theory;

import java.util.List;
import org.richlazy.transform.SpecProblem;

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

    /**
     * What is wrong with this spec (empty when nothing is), each problem naming its key inside the section
     * {@code theory} (docs/config.md#theory-config, docs/science.md#the-two-layer-linear-theory).
     */
    public List<SpecProblem> problems() {
        List<String> known = "anisotropy".equals(sweep) ? ANISOTROPY_INITS : RANK_INITS;
        SpecProblem.Checks checks = new SpecProblem.Checks()
                .require(SWEEPS.contains(sweep), "sweep", "= " + sweep, "one of " + String.join(", ", SWEEPS))
                .require(!inits.isEmpty(), "inits", "is empty", "at least one of " + String.join(", ", known));
        for (int i = 0; i < inits.size(); i++) {
            checks.require(known.contains(inits.get(i)), "inits[" + i + "]", "= " + inits.get(i),
                    "an init of the " + sweep + " sweep: " + String.join(", ", known));
        }
        checks.atLeast("inputs", inputs, 2).atLeast("hidden", hidden, 1)
                .require(!"anisotropy".equals(sweep) || hidden >= inputs || inits.stream().allMatch("random"::equals),
                        "hidden", "= " + hidden + " is below inputs = " + inputs, "h >= d for the aligned inits");
        int maxRank = Math.min(inputs, hidden);
        for (int i = 0; "rank".equals(sweep) && i < ranks.size(); i++) {
            Integer r = ranks.get(i);
            checks.require(r != null && r >= 1 && r <= maxRank, "ranks[" + i + "]", "= " + r,
                    "a rank in 1.." + maxRank + " (min(d, h))");
        }
        for (int i = 0; "anisotropy".equals(sweep) && i < kappas.size(); i++) {
            checks.positive("kappas[" + i + "]", kappas.get(i));
        }
        return checks.positive("sigma", sigma)
                .atLeast("draws", draws, 1)
                .atLeast("teachers", teachers, 1)
                .require(dt > 0 && dt <= 0.5, "dt", "= " + dt,
                        "a number in (0, 0.5] (Runge-Kutta steps of dt / lambda_max)")
                .require(tolerance > 0 && tolerance < 1, "tolerance", "= " + tolerance, "a number in (0, 1)")
                .atLeast("max-steps", maxSteps, 1)
                .list();
    }
}
