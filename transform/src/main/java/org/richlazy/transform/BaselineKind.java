package org.richlazy.transform;

/**
 * The baseline kinds {@code transform.baselines} may name: the paper's four, then the null-model ladder from least to
 * most structure kept. {@link org.richlazy.transform.baseline.BaselineModule} binds the baseline of each.
 */
public enum BaselineKind implements ConfigWord {
    GAUSSIAN, TRUNCATED_RANK, RANK_MATCHED, SPECTRUM_MATCHED, DENSITY_MATCHED, SHUFFLED, SAME_MASK, SAME_MASK_PERMUTED,
    SIGN_PRESERVING, DEGREE_PRESERVING, CELLTYPE_BLOCK;

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
