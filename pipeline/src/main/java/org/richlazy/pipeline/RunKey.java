package org.richlazy.pipeline;

import org.richlazy.train.RunStore;
import org.richlazy.transform.InitialWeights;

/**
 * One run of a sweep: an init, a task name and a seed.
 *
 * @param init the initial weights
 * @param task the task name
 * @param seed the run seed
 */
public record RunKey(InitialWeights init, String task, long seed) {
    /** The run's folder name, {@code <init>__<task>__s<seed>}. */
    public String folderName() {
        return RunStore.folderName(init.name(), task, seed);
    }
}
