package org.richlazy.transform;

/** A cell-type table's synapse strength ({@code transform.strength}; {@link CellTypeSampler}). */
public enum Strength implements ConfigWord {
    MEAN, LOGNORMAL
}
