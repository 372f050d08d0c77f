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

    /** The same spec with {@code selection} set, e.g. to the rule its default resolved to. */
    public TransformSpec withSelection(SelectionRule rule) {
        return toBuilder().selection(rule).build();
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

    /** A builder starting from every default ({@link #defaults()}). */
    public static Builder builder() {
        return defaults().toBuilder();
    }

    /** A builder holding every component of this spec, to build a copy with some changed. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The components of a {@link TransformSpec} being built; each setter sets the component of the same name, and
     * one set to {@code null} takes its default.
     */
    public static final class Builder {
        private Integer neurons;
        private SelectionRule selection;
        private Signs signs;
        private Boolean rowBalance;
        private Strength strength;
        private Integer truncate;
        private ScalingRule scaling;
        private Double gain;
        private List<BaselineKind> baselines;
        private List<Integer> ranks;
        private RankMatch rankMatch;
        private Shuffle shuffle;
        private Long seed;
        private Map<String, Integer> quotas;

        private Builder(TransformSpec from) {
            neurons = from.neurons;
            selection = from.selection;
            signs = from.signs;
            rowBalance = from.rowBalance;
            strength = from.strength;
            truncate = from.truncate;
            scaling = from.scaling;
            gain = from.gain;
            baselines = from.baselines;
            ranks = from.ranks;
            rankMatch = from.rankMatch;
            shuffle = from.shuffle;
            seed = from.seed;
            quotas = from.quotas;
        }

        public Builder neurons(Integer neurons) {
            this.neurons = neurons;
            return this;
        }

        public Builder selection(SelectionRule selection) {
            this.selection = selection;
            return this;
        }

        public Builder signs(Signs signs) {
            this.signs = signs;
            return this;
        }

        public Builder rowBalance(Boolean rowBalance) {
            this.rowBalance = rowBalance;
            return this;
        }

        public Builder strength(Strength strength) {
            this.strength = strength;
            return this;
        }

        public Builder truncate(Integer truncate) {
            this.truncate = truncate;
            return this;
        }

        public Builder scaling(ScalingRule scaling) {
            this.scaling = scaling;
            return this;
        }

        public Builder gain(Double gain) {
            this.gain = gain;
            return this;
        }

        public Builder baselines(List<BaselineKind> baselines) {
            this.baselines = baselines;
            return this;
        }

        public Builder ranks(List<Integer> ranks) {
            this.ranks = ranks;
            return this;
        }

        public Builder rankMatch(RankMatch rankMatch) {
            this.rankMatch = rankMatch;
            return this;
        }

        public Builder shuffle(Shuffle shuffle) {
            this.shuffle = shuffle;
            return this;
        }

        public Builder seed(Long seed) {
            this.seed = seed;
            return this;
        }

        public Builder quotas(Map<String, Integer> quotas) {
            this.quotas = quotas;
            return this;
        }

        /** The spec holding these components, a {@code null} one replaced by its default. */
        public TransformSpec build() {
            return new TransformSpec(neurons, selection, signs, rowBalance, strength, truncate, scaling, gain,
                    baselines, ranks, rankMatch, shuffle, seed, quotas);
        }
    }
}
