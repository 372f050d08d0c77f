package org.richlazy.transform;

/**
 * The baseline kinds {@code transform.baselines} may name: the paper's four, then the null-model ladder from least to
 * most structure kept (docs/science.md#initial-weights-and-baselines). The rungs of the ladder are the kinds that say
 * what they keep ({@link #keeps()}), in declaration order; the spectral baselines are not rungs.
 * {@link org.richlazy.transform.baseline.BaselineModule} binds the baseline of each.
 */
public enum BaselineKind implements ConfigWord {
    GAUSSIAN("the norm only"),
    TRUNCATED_RANK(null),
    RANK_MATCHED(null),
    SPECTRUM_MATCHED(null),
    DENSITY_MATCHED("the number of synapses"),
    SHUFFLED("the weight distribution and the number of synapses"),
    SAME_MASK("which synapses exist"),
    SAME_MASK_PERMUTED("which synapses exist and the weights they carry (not which carries which)"),
    SIGN_PRESERVING("the E/I sign blocks: Dale's signs, each block's density and weights"),
    DEGREE_PRESERVING("every in- and out-degree and each neuron's outgoing weights"),
    CELLTYPE_BLOCK("the cell-class blocks: their connection probabilities and weights");

    private final String keeps;

    BaselineKind(String keeps) {
        this.keeps = keeps;
    }

    /** What this rung of the null-model ladder keeps of the studied matrix; empty for a kind that is not a rung. */
    public java.util.Optional<String> keeps() {
        return java.util.Optional.ofNullable(keeps);
    }

    /**
     * Whether this baseline has the studied matrix's number of nonzero entries, so that it can be held on its
     * synapses (docs/science.md#connectome-scale); {@code gaussian}, {@code truncated-rank}, {@code rank-matched}
     * and {@code spectrum-matched} are dense by nature (every entry nonzero).
     */
    public boolean keepsSparsity() {
        return switch (this) {
            case GAUSSIAN, TRUNCATED_RANK, RANK_MATCHED, SPECTRUM_MATCHED -> false;
            default -> true;
        };
    }

    /**
     * The one-line reason a dense-by-nature baseline is refused with sparse weights: what it would need, at
     * {@code neurons} neurons when known, and the baselines that work.
     */
    public String refusedWhenSparse(Long neurons) {
        double bytes = 4.0 * (neurons == null ? 0 : neurons) * (neurons == null ? 0 : neurons);
        String size = neurons == null ? "4 N^2 bytes a float32 copy" : String.format(java.util.Locale.ROOT,
                bytes < 1e9 ? "4 N^2 bytes a float32 copy, %.0f MB at N = %d" : "4 N^2 bytes a float32 copy, %.1f GB "
                        + "at N = %d", bytes < 1e9 ? bytes / 1e6 : bytes / 1e9, neurons);
        return word() + " is dense by nature (every one of the N x N entries a weight: " + size
                + ") and cannot be held on synapses; with training.weights sparse use the baselines that keep the "
                + "studied matrix's sparsity: " + String.join(", ", java.util.Arrays.stream(values())
                .filter(BaselineKind::keepsSparsity).map(BaselineKind::word).toList());
    }
}
