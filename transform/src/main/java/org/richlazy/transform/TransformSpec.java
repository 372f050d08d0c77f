package org.richlazy.transform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to turn ingested connectivity into an {@link InitSet} (docs/science.md#initial-weights-and-baselines). A
 * {@code null} component
 * takes its default, so a config file may give only what it changes; the resolved record has
 * every default written out, but for {@code selection}, whose default depends on the source: the rule
 * applied is {@link InitSet#selection()}, and {@link #withSelection} writes it out.
 *
 * @param neurons   N; for a matrix, {@code null} keeps all neurons; for a cell-type table, default 300
 * @param selection how to choose N neurons from a larger matrix: {@code all}, {@code first} (source order),
 *                  {@code random} (seeded), {@code top-degree} (largest in- plus out-degree) or {@code quotas}
 *                  (per-class counts from {@code quotas}, drawn at random within each class); {@code null}, the
 *                  default: {@code top-degree} when the source holds more than N neurons, else {@code all}
 * @param signs     {@code as-ingested} or {@code dale} (sign every column by the presynaptic class)
 * @param rowBalance subtract each row's mean so its expected input is zero (ours, default false)
 * @param strength  cell-type tables: {@code mean} strength per class pair or {@code lognormal} draws
 * @param truncate  r: replace the studied matrix, after selection and signs and before scaling, by its best
 *                  rank-r approximation (top r singular triplets, Eckart-Young); the studied init is then named
 *                  {@code <kind>-rank-<r>} and the baselines are matched to the truncated matrix; default
 *                  {@code null}, no truncation (ours: the task-aligned low-rank init, see {@link Transform#build})
 * @param scaling   {@code frobenius} (paper), {@code spectral-radius} or {@code max-singular-value}
 * @param gain      g: the target is the i.i.d. Gaussian g*randn(N,N)/sqrt(N)'s value of the scaling
 *                  measure: Frobenius g*sqrt(N), spectral radius g, largest singular value 2g (paper g = 1.25)
 * @param baselines baseline names: {@code gaussian}, {@code rank-matched}, {@code spectrum-matched},
 *                  {@code shuffled}, {@code truncated-rank}
 * @param ranks     ranks for {@code truncated-rank} (paper sweep 1, 30, 100, 300)
 * @param rankMatch {@code participation-ratio} (r = round(PR)) or {@code er-eig} (r = round(erEig * N))
 * @param shuffle   {@code all} entries or {@code within-sign} classes
 * @param seed      seed of every random draw in this stage (sampling, selection, baselines)
 * @param quotas    for selection {@code quotas}: neurons per cell class (by {@code Neuron.cellClass()}),
 *                  in order; they sum to N (default empty)
 */
public record TransformSpec(Integer neurons, SelectionRule selection, Signs signs, Boolean rowBalance,
                            Strength strength, Integer truncate, ScalingRule scaling, Double gain, List<BaselineKind> baselines,
                            List<Integer> ranks, RankMatch rankMatch, Shuffle shuffle, Long seed,
                            Map<String, Integer> quotas) {
    /**
     * The largest {@code gain}: above 100 the network is far outside any regime the paper studies (its g is 1.25),
     * so a larger value is a typing slip (docs/config.md#upper-bounds).
     */
    public static final double MAX_GAIN = 100;

    public TransformSpec {
        signs = signs == null ? Signs.AS_INGESTED : signs;
        rowBalance = rowBalance == null ? Boolean.FALSE : rowBalance;
        strength = strength == null ? Strength.MEAN : strength;
        scaling = scaling == null ? ScalingRule.FROBENIUS : scaling;
        gain = gain == null ? 1.25 : gain;
        baselines = baselines == null ? List.of(BaselineKind.GAUSSIAN, BaselineKind.RANK_MATCHED) : List.copyOf(baselines);
        ranks = ranks == null ? List.of(1, 30, 100, 300) : List.copyOf(ranks);
        rankMatch = rankMatch == null ? RankMatch.PARTICIPATION_RATIO : rankMatch;
        shuffle = shuffle == null ? Shuffle.ALL : shuffle;
        seed = seed == null ? 1L : seed;
        quotas = quotas == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(quotas));
    }

    /** The spec without truncation or per-class quotas (the original twelve components). */
    public TransformSpec(Integer neurons, SelectionRule selection, Signs signs, Boolean rowBalance,
                         Strength strength, ScalingRule scaling, Double gain, List<BaselineKind> baselines, List<Integer> ranks,
                         RankMatch rankMatch, Shuffle shuffle, Long seed) {
        this(neurons, selection, signs, rowBalance, strength, null, scaling, gain, baselines, ranks, rankMatch,
                shuffle, seed, null);
    }

    /** The same spec with {@code selection} set, e.g. to the rule its default resolved to. */
    public TransformSpec withSelection(SelectionRule rule) {
        return new TransformSpec(neurons, rule, signs, rowBalance, strength, truncate, scaling, gain, baselines, ranks,
                rankMatch, shuffle, seed, quotas);
    }

    /**
     * What is wrong with the values of this section alone (empty when nothing is): N at least 1, gain in
     * (0, {@link #MAX_GAIN}], ranks and {@code truncate} at least 1, at least one rank for baseline
     * {@code truncated-rank}, quotas zero or more. Ranks within N and quotas summing to N are checked where N is known.
     */
    public List<SpecProblem> problems() {
        SpecProblem.Checks checks = new SpecProblem.Checks()
                .atLeast("neurons", neurons, 1)
                .positive("gain", gain)
                .atMost("gain", gain, MAX_GAIN)
                .atLeast("truncate", truncate, 1)
                .require(!ranks.isEmpty() || !baselines.contains(BaselineKind.TRUNCATED_RANK), "ranks",
                        "is an empty list", "at least one rank for baseline truncated-rank");
        for (int i = 0; i < ranks.size(); i++) {
            checks.require(ranks.get(i) >= 1, "ranks[" + i + "]", "= " + ranks.get(i), "a rank of at least 1");
        }
        quotas.forEach((cellClass, count) -> checks.require(count == null || count >= 0, "quotas." + cellClass, "= " + count,
                "a count of zero or more"));
        return checks.list();
    }

    /** Every default. */
    public static TransformSpec defaults() {
        return new TransformSpec(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
