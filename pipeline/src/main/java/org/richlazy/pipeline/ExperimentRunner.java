package org.richlazy.pipeline;

import jakarta.inject.Inject;
import java.nio.file.Path;
import org.richlazy.pipeline.config.ConfigLoader;
import org.richlazy.pipeline.config.ExperimentConfig;
import org.richlazy.report.Report;
import org.richlazy.train.TrainingSpec;
import org.richlazy.train.WeightLayout;
import org.richlazy.train.task.TaskCatalog;
import org.richlazy.transform.SparseWeights;
import org.richlazy.transform.Transform;

/**
 * Wires one experiment's stages (docs/architecture.md#the-composition-root): the registries come from the injector
 * once, and each stage is handed its part of the parsed config here, in plain sight.
 */
public final class ExperimentRunner {
    private final ConfigLoader configs;
    private final SourceFiles files;
    private final Transform transform;
    private final TaskCatalog tasks;
    private final Report report;

    @Inject
    public ExperimentRunner(ConfigLoader configs, SourceFiles files, Transform transform, TaskCatalog tasks,
                            Report report) {
        this.configs = configs;
        this.files = files;
        this.transform = transform;
        this.tasks = tasks;
        this.report = report;
    }

    /**
     * Runs the whole pipeline for {@code config}, training the runs on {@code engine}; with {@code force}, into a
     * non-empty folder that is not a results folder too ({@link Pipeline#run}).
     */
    public PipelineOutcome run(ExperimentConfig config, SweepEngine engine, boolean force) {
        ResultsFolder out = new ResultsFolder(Path.of(config.out()));
        TrainingSpec training = config.training();
        SparseWeights sparse = new SparseWeights(n -> training.weightLayout(n) == WeightLayout.SPARSE,
                "training.weights " + training.arithmetic().weights().word());
        InitStage inits = new InitStage(config.source(), new SourceStage(config.source(), files), config.transform(),
                transform, sparse, out);
        SweepStage sweep = new SweepStage(config, out, engine, tasks);
        return new Pipeline(config, out, configs, inits, sweep, new ReportStage(report, out)).run(force);
    }

    /** The report stage of an existing results folder (no training). */
    public ReportStage reportOf(Path resultsDir) {
        return new ReportStage(report, new ResultsFolder(resultsDir));
    }
}
