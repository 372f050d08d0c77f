package org.richlazy.pipeline;

import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.richlazy.train.RunResult;
import org.richlazy.train.RunStore;
import org.richlazy.train.TrainedRun;
import org.richlazy.train.Trainer;
import org.richlazy.train.TrainingSpec;

/**
 * The default engine: the runs train on a fixed pool of {@code workers} threads in this process, one
 * run per thread at a time (parallel across runs: docs/performance.md#performance). A run that starts when fewer
 * runs are
 * unfinished than there are workers (a single run, or a sweep's last ones) splits its products across
 * {@code workers / unfinished} threads ({@link org.richlazy.train.fast.ThreadedFloatKernels}); the numbers are the
 * same bits either way.
 */
public final class LocalEngine implements SweepEngine {
    /** The name {@code --engine} selects, and the default. */
    public static final String NAME = "local";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String describe(SweepJob job) {
        return "on " + workers(job) + " worker(s)";
    }

    @Override
    public void train(SweepJob job) {
        ExecutorService pool = Executors.newFixedThreadPool(workers(job));
        try {
            CompletionService<RunResult> done = new ExecutorCompletionService<>(pool);
            TrainingSpec spec = job.config().training();
            int cores = job.config().workers();
            AtomicInteger unfinished = new AtomicInteger(job.runs().size());
            for (RunKey key : job.runs()) {
                done.submit(() -> {
                    int threads = Math.max(1, cores / Math.max(1, Math.min(cores, unfinished.get())));
                    TrainedRun run = Trainer.train(key.init(), job.task(key.task()), key.seed(), spec,
                            job::iterations, threads);
                    unfinished.decrementAndGet();
                    RunStore.write(job.out(), run);
                    return run.result();
                });
            }
            for (int i = 0; i < job.runs().size(); i++) {
                job.finished(take(done));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int workers(SweepJob job) {
        return Math.max(1, Math.min(job.config().workers(), job.runs().size()));
    }

    private static RunResult take(CompletionService<RunResult> done) {
        try {
            Future<RunResult> next = done.take();
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
