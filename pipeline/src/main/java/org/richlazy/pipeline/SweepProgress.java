package org.richlazy.pipeline;

import java.util.OptionalLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.richlazy.train.RunResult;
import org.richlazy.train.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a sweep, counted in training iterations so it moves within a run: on a terminal a
 * progress bar with ETA; otherwise (and always in the experiment's log file) one log line per finished
 * run and, between them, a line at most every {@link #LOG_EVERY_NANOS} with iterations done, steps per
 * second over the whole sweep and the time left at that rate. When it closes, one summary line: runs
 * trained, wall time, steps per second and this process's peak resident memory ({@link PeakMemory}).
 * Thread-safe: workers report concurrently.
 */
final class SweepProgress implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SweepProgress.class);
    /** Thirty seconds between periodic log lines. */
    static final long LOG_EVERY_NANOS = 30_000_000_000L;

    private final int runs;
    private final long totalIterations;
    private final ProgressBar bar;
    private final long start = System.nanoTime();
    private long lastLog = start;
    private long iterations;
    private int done;

    /**
     * @param runs            runs to train
     * @param totalIterations their planned iterations, all together
     */
    SweepProgress(int runs, long totalIterations) {
        this.runs = runs;
        this.totalIterations = totalIterations;
        this.bar = System.console() == null || runs == 0 ? null
                : new ProgressBarBuilder().setTaskName("training").setInitialMax(totalIterations)
                        .setStyle(ProgressBarStyle.ASCII).setUnit(" steps", 1).showSpeed().build();
    }

    /** {@code count} more iterations done by some run. */
    synchronized void iterations(int count) {
        iterations += count;
        if (bar != null) {
            bar.stepBy(count);
        }
        long now = System.nanoTime();
        if (now - lastLog >= LOG_EVERY_NANOS) {
            lastLog = now;
            LOG.info("{} of {} iterations, {} of {} runs done, {} steps/s, about {} left", iterations,
                    totalIterations, done, runs, String.format("%.0f", rate(now)), remaining(now));
        }
    }

    synchronized void finished(RunResult run) {
        done++;
        String status = run.diverged() ? "diverged at iteration " + run.divergedAt() : "ok";
        double stepsPerSecond = run.iterations() / Math.max(run.wallSeconds(), 1e-9);
        LOG.info("run {} of {} done: {} ({}, {} iterations in {} s, {} steps/s)", done, runs,
                RunStore.folderName(run.init(), run.task(), run.seed()), status, run.iterations(),
                String.format("%.1f", run.wallSeconds()), String.format("%.0f", stepsPerSecond));
        if (bar != null) {
            bar.setExtraMessage("run " + done + " of " + runs);
        }
    }

    private double rate(long now) {
        return iterations / Math.max((now - start) / 1e9, 1e-9);
    }

    private String remaining(long now) {
        double rate = rate(now);
        if (!(rate > 0)) {
            return "unknown";
        }
        return clock(Math.round((totalIterations - iterations) / rate));
    }

    private static String clock(long seconds) {
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
        if (runs > 0) {
            long now = System.nanoTime();
            OptionalLong peak = PeakMemory.residentKilobytes();
            LOG.info("trained {} of {} runs, {} iterations in {} ({} steps/s); peak resident memory of this process: {}",
                    done, runs, iterations, clock(Math.round((now - start) / 1e9)), String.format("%.0f", rate(now)),
                    peak.isPresent() ? String.format("%.0f MiB", peak.getAsLong() / 1024.0) : "not reported by this system");
        }
    }
}
