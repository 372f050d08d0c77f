package org.richlazy.train;

import java.util.List;
import org.richlazy.transform.SpecProblem;

/**
 * How long a run trains and when it is looked at (docs/science.md#laziness-measures,
 * docs/science.md#training-under-constraints-and-to-a-target): the keys {@code training.iterations},
 * {@code training.checkpoints}, {@code training.curve-every} and {@code training.stop-at} (docs/config.md#training).
 * A {@code null} component takes its default.
 *
 * @param iterations  optimiser steps per run (default and paper 10,000)
 * @param checkpoints the measures are also taken every this many iterations (default 0: only at the start and end)
 * @param curveEvery  the loss/accuracy curve records the mean over this many iterations (default 10)
 * @param stopAt      stop each run when its training curve reaches a target ({@link StopAt}); null (default): train
 *                    every run for {@code iterations}
 */
public record Schedule(Integer iterations, Integer checkpoints, Integer curveEvery, StopAt stopAt) {
    /** Upper bound against typing slips (docs/config.md#upper-bounds): 10^9 iterations would run for years. */
    public static final double MAX_ITERATIONS = 1e9;

    public Schedule {
        iterations = iterations == null ? 10_000 : iterations;
        checkpoints = checkpoints == null ? 0 : checkpoints;
        curveEvery = curveEvery == null ? 10 : curveEvery;
    }

    /** Every default: 10,000 iterations, measured at the start and end, no target. */
    public static Schedule defaults() {
        return new Schedule(null, null, null, null);
    }

    /**
     * Whether iteration {@code i} (1-based, before the last of a stretch of {@code planned} iterations: a run's, or a
     * phase's of a sequence) is a checkpoint, measured on the way.
     */
    public boolean checkpointAt(int i, int planned) {
        return checkpoints > 0 && i % checkpoints == 0 && i < planned;
    }

    /**
     * What is wrong with these values (empty when nothing is); {@link StopAt} checks its own values when it is
     * made.
     */
    public List<SpecProblem> problems() {
        return new SpecProblem.Checks()
                .atLeast("iterations", iterations, 1)
                .atMost("iterations", iterations, MAX_ITERATIONS)
                .atLeast("checkpoints", checkpoints, 0)
                .atLeast("curve-every", curveEvery, 1)
                .list();
    }
}
