package org.richlazy.pipeline;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.richlazy.pipeline.config.ConfigException;
import org.richlazy.pipeline.config.ConfigLoader;
import org.richlazy.pipeline.config.ExperimentConfig;
import org.richlazy.report.RunInfo;
import org.richlazy.train.RunStore;
import org.richlazy.transform.InitSet;
import org.richlazy.transform.RegimeCheck;
import org.richlazy.transform.InitialWeights;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Data to report in one call: ingest the source, build the init set, train every run, render
 * the report. The resolved config, with the selection rule the source resolved {@code transform.selection} to,
 * goes to {@code <out>/experiment.yaml} first (written atomically);
 * a results folder holding a different experiment is refused rather than mixed (another worker count
 * or engine is the same experiment, and the first {@code experiment.yaml} is kept). Before the sweep,
 * half-written leftovers of a killed earlier invocation ({@code runs/.*.tmp-*}) are removed; complete
 * runs are kept and not trained again.
 */
public final class Pipeline {
    static final String CONFIG_FILE = "experiment.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final ExperimentConfig config;
    private final ResultsFolder out;
    private final ConfigLoader configs;
    private final InitStage inits;
    private final SweepStage sweep;
    private final ReportStage report;

    @Inject
    public Pipeline(ExperimentConfig config, ResultsFolder out, ConfigLoader configs, InitStage inits, SweepStage sweep, ReportStage report) {
        this.config = config;
        this.out = out;
        this.configs = configs;
        this.inits = inits;
        this.sweep = sweep;
        this.report = report;
    }

    /**
     * Runs every stage; completed runs from an earlier invocation of the same experiment are kept.
     * The source is read and the init set built before anything is written, so bad input leaves
     * no partial results folder behind.
     */
    public PipelineOutcome run() {
        InitSet set = inits.build();
        createFolder();
        try (ExperimentLog log = ExperimentLog.attach(out.path().resolve("richlazy.log"))) {
            writeConfig(config.withSelection(set.selection().rule()));
            RunInfo.writeIfAbsent(out.path());
            LOG.info("experiment '{}' -> {}", config.name(), out.path());
            LOG.info("source: {} ({})", String.join(", ", set.source().provenance().sourceFiles()),
                    set.source().provenance().format());
            LOG.info(set.selection().line());
            inits.write(set);
            for (InitialWeights init : set.all()) {
                LOG.info("init {}: N = {}, erEig = {}, participation ratio = {}", init.name(), init.size(),
                        String.format("%.3f", init.spectrum().erEig()),
                        String.format("%.1f", init.spectrum().participationRatio()));
            }
            RegimeCheck.warning(set).ifPresent(w -> LOG.warn("regime: {}", w));
            int leftovers = RunStore.removeLeftovers(out.path());
            if (leftovers > 0) {
                LOG.info("removed {} half-written leftover(s) of an interrupted run", leftovers);
            }
            SweepOutcome runs = sweep.run(set);
            Path html = report.render();
            return new PipelineOutcome(html, report.verdicts(), runs);
        }
    }

    private void createFolder() {
        try {
            Files.createDirectories(out.path());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create results folder " + out.path(), e);
        }
    }

    /**
     * Writes the resolved config unless the folder already holds it; a folder holding another experiment
     * is refused. The file written first is kept: a later invocation with another worker count is the
     * same experiment, and its worker count and engine are in the log.
     */
    private void writeConfig(ExperimentConfig experiment) {
        Path file = out.path().resolve(CONFIG_FILE);
        String resolved = configs.toYaml(experiment);
        if (Files.exists(file)) {
            if (!sameExperiment(file, resolved)) {
                throw new ConfigException(out.path() + " holds the results of a different experiment ("
                        + file + " differs from this config); choose another output folder or remove it");
            }
            return;
        }
        try {
            AtomicFile.writeString(file, resolved);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Whether {@code file} holds this experiment, whatever its worker count: how many runs train at once
     * (and on which engine) changes how a sweep runs, not what it computes.
     */
    private boolean sameExperiment(Path file, String resolved) {
        ExperimentConfig earlier;
        try {
            earlier = configs.read(file);
        } catch (ConfigException e) {
            return false;
        }
        return configs.toYaml(earlier.withWorkers(config.workers())).equals(resolved);
    }
}
