package org.richlazy.transform;

/**
 * The baseline kinds {@code transform.baselines} may name: the paper's four, then the null-model ladder from least to
 * most structure kept. {@link org.richlazy.transform.baseline.BaselineModule} binds the baseline of each.
 */
public enum BaselineKind implements ConfigWord {
    GAUSSIAN, TRUNCATED_RANK, RANK_MATCHED, SPECTRUM_MATCHED, DENSITY_MATCHED, SHUFFLED, SAME_MASK, SAME_MASK_PERMUTED,
    SIGN_PRESERVING, DEGREE_PRESERVING, CELLTYPE_BLOCK
}
