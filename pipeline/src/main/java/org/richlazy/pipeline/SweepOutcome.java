package org.richlazy.pipeline;

import java.util.List;
import org.richlazy.train.RunResult;

/**
 * What a sweep did.
 *
 * @param runs     every complete run in the results folder, sorted by folder name
 * @param trained  runs trained now
 * @param skipped  runs already complete from an earlier invocation, not retrained
 */
public record SweepOutcome(List<RunResult> runs, int trained, int skipped) {
    public SweepOutcome {
        runs = List.copyOf(runs);
    }

    /** Runs that diverged. */
    public long diverged() {
        return runs.stream().filter(RunResult::diverged).count();
    }
}
