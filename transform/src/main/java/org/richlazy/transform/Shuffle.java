package org.richlazy.transform;

/** What the {@code shuffled} baseline permutes ({@code transform.shuffle}; {@code baseline.ShuffledBaseline}). */
public enum Shuffle implements ConfigWord {
    ALL, WITHIN_SIGN
}
