package org.richlazy.pipeline;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.richlazy.train.RunResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a sweep: a progress bar with ETA on a terminal, one log line per finished run
 * otherwise (and always in the experiment's log file).
 */
final class SweepProgress implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SweepProgress.class);

    private final int total;
    private final ProgressBar bar;
    private int done;

    SweepProgress(int total) {
        this.total = total;
        this.bar = System.console() == null || total == 0 ? null
                : new ProgressBarBuilder().setTaskName("training").setInitialMax(total)
                        .setStyle(ProgressBarStyle.ASCII).setUnit(" runs", 1).build();
    }

    synchronized void finished(RunResult run) {
        done++;
        String status = run.diverged() ? "diverged at iteration " + run.divergedAt() : "ok";
        double stepsPerSecond = run.iterations() / Math.max(run.wallSeconds(), 1e-9);
        LOG.info("run {} of {} done: {} ({}, {} iterations in {} s, {} steps/s)", done, total,
                RunResult.folderName(run.init(), run.task(), run.seed()), status, run.iterations(),
                String.format("%.1f", run.wallSeconds()), String.format("%.0f", stepsPerSecond));
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
