package org.richlazy.transform;

/** How N neurons are chosen from a larger source ({@code transform.selection}; {@link NeuronSelection}). */
public enum SelectionRule implements ConfigWord {
    ALL, FIRST, RANDOM, TOP_DEGREE, QUOTAS
}
