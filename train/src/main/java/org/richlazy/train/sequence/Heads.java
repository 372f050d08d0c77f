package org.richlazy.train.sequence;

import org.richlazy.transform.ConfigWord;

/**
 * The readouts of a sequence ({@code training.sequence-heads}, docs/science.md#forgetting): {@code per-task}, one W_out
 * per task, trained only in its phase and used to score its task afterwards (the default); or {@code shared}, one W_out
 * of as many logits as the task with the most, trained in every phase.
 */
public enum Heads implements ConfigWord {
    PER_TASK, SHARED
}
