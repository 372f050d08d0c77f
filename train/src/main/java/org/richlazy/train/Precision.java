package org.richlazy.train;

import org.richlazy.transform.ConfigWord;

/**
 * The arithmetic of training and measures ({@code training.precision}): {@code float32} (the fast path, default) or
 * {@code float64} (the reference path).
 */
public enum Precision implements ConfigWord {
    FLOAT32, FLOAT64
}
