package org.richlazy.pipeline;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.richlazy.train.RunResult;
import org.richlazy.train.RunStore;
import org.richlazy.train.TrainedRun;
import org.richlazy.train.Trainer;
import org.richlazy.train.TrainingSpec;
import org.richlazy.transform.InitSet;
import org.richlazy.transform.InitialWeights;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Train stage: every init x task x seed, one run per worker at a time (DESIGN.md "Speed":
 * parallel across runs, not inside one small product). Runs already complete on disk are
 * skipped, so a rerun of an interrupted sweep trains only what is missing. {@code results.csv}
 * is rebuilt from the run folders, sorted, so it does not depend on the order runs finished in.
 */
public final class SweepStage {
    private static final Logger LOG = LoggerFactory.getLogger(SweepStage.class);

    private final TrainingSpec spec;
    private final ResultsFolder out;
    private final SweepWorkers workers;

    @Inject
    public SweepStage(TrainingSpec spec, ResultsFolder out, SweepWorkers workers) {
        this.spec = spec;
        this.out = out;
        this.workers = workers;
    }

    /** The runs of this sweep, in init, task, seed order. */
    public List<RunKey> plan(InitSet set) {
        List<RunKey> keys = new ArrayList<>();
        for (InitialWeights init : set.all()) {
            for (String task : spec.tasks()) {
                for (long seed : spec.seeds()) {
                    keys.add(new RunKey(init, task, seed));
                }
            }
        }
        return keys;
    }

    /** Trains every run not yet complete and writes {@code results.csv}. */
    public SweepOutcome run(InitSet set) {
        List<RunKey> all = plan(set);
        List<RunKey> pending = all.stream()
                .filter(k -> !RunStore.isComplete(out.path(), k.init().name(), k.task(), k.seed()))
                .toList();
        int skipped = all.size() - pending.size();
        LOG.info("{} runs: {} already complete, training {} on {} worker(s)", all.size(), skipped,
                pending.size(), workers.count());
        trainAll(pending);
        List<RunResult> runs = RunStore.readAll(out.path());
        RunStore.writeResultsTable(out.path(), runs);
        return new SweepOutcome(runs, pending.size(), skipped);
    }

    private void trainAll(List<RunKey> pending) {
        if (pending.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers.count(), pending.size()));
        try (SweepProgress progress = new SweepProgress(pending.size(), spec.iterations())) {
            CompletionService<RunResult> done = new ExecutorCompletionService<>(pool);
            for (RunKey key : pending) {
                done.submit(() -> trainOne(key, progress));
            }
            for (int i = 0; i < pending.size(); i++) {
                progress.finished(take(done));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private RunResult trainOne(RunKey key, SweepProgress progress) {
        TrainedRun run = Trainer.train(key.init(), Trainer.task(key.task(), spec), key.seed(), spec,
                progress::iterations);
        RunStore.write(out.path(), run);
        return run.result();
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
