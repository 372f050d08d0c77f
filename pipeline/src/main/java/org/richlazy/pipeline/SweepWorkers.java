package org.richlazy.pipeline;

/**
 * How many runs of a sweep train at once (one per core by default: DESIGN.md "Speed").
 *
 * @param count at least 1
 */
public record SweepWorkers(int count) {
    public SweepWorkers {
        if (count < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + count);
        }
    }
}
