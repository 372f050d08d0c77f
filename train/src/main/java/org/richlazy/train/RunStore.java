package org.richlazy.train;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes {@code runs/<init>__<task>__s<seed>/} (result.json, curve.csv, weights.h5)
 * and {@code results.csv}. A run folder is written under a temporary name and renamed when
 * complete, so a half-written run never looks finished.
 */
public final class RunStore {
    private RunStore() {
    }

    /** Writes one run atomically under {@code resultsDir/runs/}. */
    public static void write(Path resultsDir, TrainedRun run) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Whether the run folder for this init, task and seed is complete. */
    public static boolean isComplete(Path resultsDir, String init, String task, long seed) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Every complete run under {@code resultsDir/runs/}, sorted by folder name. */
    public static List<RunResult> readAll(Path resultsDir) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Writes {@code resultsDir/results.csv}, one row per run, atomically. */
    public static void writeResultsTable(Path resultsDir, List<RunResult> runs) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
