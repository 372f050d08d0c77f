package org.richlazy.pipeline;

import com.google.inject.Injector;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.richlazy.pipeline.config.ExperimentConfig;

/**
 * Builds the per-experiment injector: the parsed config bound as an immutable record, then one
 * module per stage.
 */
public final class ExperimentRunner {
    private final Injector root;

    @Inject
    public ExperimentRunner(Injector root) {
        this.root = root;
    }

    /**
     * Runs the whole pipeline for {@code config}, training the runs on {@code engine}; with {@code force}, into a
     * non-empty folder that is not a results folder too ({@link Pipeline#run}).
     */
    public PipelineOutcome run(ExperimentConfig config, SweepEngine engine, boolean force) {
        return experiment(config, engine).getInstance(Pipeline.class).run(force);
    }

    /** The report stage of an existing results folder (no training). */
    public ReportStage reportOf(Path resultsDir) {
        return new ReportStage(new ResultsFolder(resultsDir));
    }

    private Injector experiment(ExperimentConfig config, SweepEngine engine) {
        return root.createChildInjector(new ExperimentModule(config), new IngestModule(), new TransformModule(),
                new TrainModule(engine), new ReportModule());
    }
}
