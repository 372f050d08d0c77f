package org.richlazy.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.richlazy.ingest.table.ColumnarWriter;
import org.richlazy.pipeline.config.ExperimentConfig;
import org.richlazy.train.RunResult;
import org.richlazy.train.RunStore;
import org.richlazy.train.task.TaskCatalog;
import org.richlazy.transform.InitSet;
import org.richlazy.transform.InitialWeights;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Train stage: every init x task x seed, trained by the chosen {@link SweepEngine} (a thread pool in
 * this process by default). Runs already complete on disk are skipped, so a rerun of an interrupted
 * sweep trains only what is missing, whichever engine trained the others. {@code results.csv} is
 * rebuilt from the run folders, sorted, so it depends neither on the order runs finished in nor on
 * the engine.
 */
public final class SweepStage {
    private static final Logger LOG = LoggerFactory.getLogger(SweepStage.class);

    private final ExperimentConfig config;
    private final ResultsFolder out;
    private final SweepEngine engine;
    private final TaskCatalog tasks;

    SweepStage(ExperimentConfig config, ResultsFolder out, SweepEngine engine, TaskCatalog tasks) {
        this.config = config;
        this.out = out;
        this.engine = engine;
        this.tasks = tasks;
    }

    /** The runs of this sweep, in init, task, seed order. */
    public List<RunKey> plan(InitSet set) {
        List<RunKey> keys = new ArrayList<>();
        for (InitialWeights init : set.all()) {
            for (String task : config.training().runLabels()) {
                for (long seed : config.training().seeds()) {
                    keys.add(new RunKey(init, task, seed));
                }
            }
        }
        return keys;
    }

    /**
     * Trains every run not yet complete and writes {@code results.csv}.
     *
     * @throws ResultsFolderException before training, when {@code runs/} holds an entry (not starting with a dot,
     *                                as leftovers do) that is not a complete run of this sweep
     */
    public SweepOutcome run(InitSet set) {
        List<RunKey> all = plan(set);
        refuseStrays(all);
        List<RunKey> pending = all.stream()
                .filter(k -> !RunStore.isComplete(out.path(), k.init().name(), k.task(), k.seed()))
                .toList();
        int skipped = all.size() - pending.size();
        long planned = pending.stream().mapToLong(k -> config.training().plannedIterations(k.task())).sum();
        try (SweepProgress progress = new SweepProgress(pending.size(), planned)) {
            SweepJob job = new SweepJob(config, pending, progress, tasks);
            LOG.info("{} runs: {} already complete, training {} {} (engine {})", all.size(), skipped,
                    pending.size(), engine.describe(job), engine.name());
            if (!pending.isEmpty()) {
                engine.train(job);
            }
        }
        List<RunResult> runs = RunStore.readAll(out.path());
        Optional<ColumnarWriter> parquet = ColumnarWriter.installed("Parquet");
        if (parquet.isEmpty()) {
            LOG.info("{} and {} not written (nor kept from an earlier command): no Parquet writer on the classpath "
                    + "(the optional ingest-formats module, which every command but demo has)", ResultsTables.PARQUET,
                    ResultsTables.LONG_PARQUET);
        }
        ResultsTables.write(out.path(), runs, ResultsTables.tags(set), parquet);
        return new SweepOutcome(runs, pending.size(), skipped);
    }

    /**
     * Refuses a {@code runs/} entry that {@code results.csv} could not be built with after training: one that is not
     * a run of {@code plan}, or is named as one but has no {@code result.json} (a complete run is never overwritten).
     */
    private void refuseStrays(List<RunKey> plan) {
        Map<String, RunKey> planned = new HashMap<>();
        plan.forEach(k -> planned.put(k.folderName(), k));
        for (String name : RunStore.folders(out.path())) {
            RunKey key = planned.get(name);
            String problem = key == null ? "is not a run of this experiment"
                    : RunStore.isComplete(out.path(), key.init().name(), key.task(), key.seed()) ? null
                    : "is not a complete run (it has no result.json)";
            if (problem != null) {
                throw new ResultsFolderException(RunStore.entry(out.path(), name) + " " + problem
                        + "; move it out of runs/ (or remove it), then run again");
            }
        }
    }
}
