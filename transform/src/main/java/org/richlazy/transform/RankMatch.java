package org.richlazy.transform;

/** The rank of the {@code rank-matched} baseline ({@code transform.rank-match}; {@code baseline.RankMatchedBaseline}). */
public enum RankMatch implements ConfigWord {
    PARTICIPATION_RATIO, ER_EIG
}
