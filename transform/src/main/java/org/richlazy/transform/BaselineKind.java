package org.richlazy.transform;

/**
 * The baseline kinds {@code transform.baselines} may name: the paper's four, then the null-model ladder from least to
 * most structure kept.
 */
public enum BaselineKind implements ConfigWord {
    GAUSSIAN, TRUNCATED_RANK, RANK_MATCHED, SPECTRUM_MATCHED, SHUFFLED, SAME_MASK, SAME_MASK_PERMUTED,
    SIGN_PRESERVING, DEGREE_PRESERVING, CELLTYPE_BLOCK;

    /** The baseline of this kind. */
    Baseline baseline() {
        return switch (this) {
            case GAUSSIAN -> new GaussianBaseline();
            case TRUNCATED_RANK -> new TruncatedRankBaseline();
            case RANK_MATCHED -> new RankMatchedBaseline();
            case SPECTRUM_MATCHED -> new SpectrumMatchedBaseline();
            case SHUFFLED -> new ShuffledBaseline();
            case SAME_MASK -> new SameMaskBaseline(false);
            case SAME_MASK_PERMUTED -> new SameMaskBaseline(true);
            case SIGN_PRESERVING -> new SignPreservingBaseline();
            case DEGREE_PRESERVING -> new DegreePreservingBaseline();
            case CELLTYPE_BLOCK -> new CellTypeBlockBaseline();
        };
    }
}
