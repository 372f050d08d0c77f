package org.richlazy.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.richlazy.pipeline.config.ConfigException;
import org.richlazy.pipeline.config.ConfigLoader;
import org.richlazy.pipeline.config.ExperimentConfig;
import org.richlazy.report.RunInfo;
import org.richlazy.train.RunStore;
import org.richlazy.transform.InitSet;
import org.richlazy.transform.InitialWeights;
import org.richlazy.transform.RegimeCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Data to report in one call: ingest the source, build the init set, train every run, render
 * the report. Before anything is written, the results folder is checked ({@link FolderClaim#check}: never the
 * filesystem root or the home folder; a non-empty folder that is not a results folder only with {@code force}); then
 * it is created if needed and locked against other richlazy processes ({@link FolderLock}). The resolved config, with
 * the selection rule the source resolved {@code transform.selection} to, goes to {@code <out>/experiment.yaml}
 * (written atomically) and its SHA-256 to {@code <out>/.richlazy-experiment}; a results folder holding a different
 * experiment is refused rather than mixed (another worker count or engine is the same experiment, and the first
 * {@code experiment.yaml} is kept). Before the sweep, half-written leftovers of a killed earlier invocation
 * ({@code runs/.*.tmp-*}) are removed; complete runs are kept and not trained again.
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

    Pipeline(ExperimentConfig config, ResultsFolder out, ConfigLoader configs, InitStage inits, SweepStage sweep, ReportStage report) {
        this.config = config;
        this.out = out;
        this.configs = configs;
        this.inits = inits;
        this.sweep = sweep;
        this.report = report;
    }

    /**
     * Runs every stage; completed runs from an earlier invocation of the same experiment are kept.
     * The folder is checked, the source read and the init set built before anything is written, so bad input
     * leaves no partial results folder behind; a stage that fails before any run completed removes what this
     * invocation created ({@link FolderClaim#undo}), so the folder is as it was before.
     *
     * @param force whether a non-empty folder that is not a results folder may be written into
     */
    public PipelineOutcome run(boolean force) {
        FolderClaim.check(out.path(), force);
        InitSet set = inits.build();
        try (FolderClaim claim = FolderClaim.take(out.path())) {
            List<String> runsBefore = RunStore.folders(out.path());
            try {
                return run(set);
            } catch (RuntimeException e) {
                if (RunStore.folders(out.path()).equals(runsBefore)) {
                    undo(claim, e);
                }
                throw e;
            }
        }
    }

    private PipelineOutcome run(InitSet set) {
        try (ExperimentLog log = ExperimentLog.attach(out.path().resolve("richlazy.log"))) {
            claimExperiment(config.withSelection(set.selection().rule()));
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

    /** Removes what the failed invocation created; a failure to remove it is attached to {@code failure}. */
    private static void undo(FolderClaim claim, RuntimeException failure) {
        try {
            claim.undo();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Claims the folder for this experiment: it is this experiment's when its {@code .richlazy-experiment} holds this
     * experiment's id, or its {@code experiment.yaml} is this experiment (a folder of an earlier version, or one whose
     * resolved form a later version writes differently); a folder holding another experiment is refused. Writes the
     * resolved config unless the folder holds it (the file written first is kept: a later invocation with another
     * worker count is the same experiment, and its worker count and engine are in the log), then the id.
     */
    private void claimExperiment(ExperimentConfig experiment) {
        Path file = out.path().resolve(CONFIG_FILE);
        Path marker = out.path().resolve(FolderClaim.MARKER);
        String resolved = configs.toYaml(experiment);
        String id = experimentId(experiment);
        boolean marked = Files.isRegularFile(marker) && id.equals(read(marker).strip());
        if (!marked && (Files.exists(file) ? !sameExperiment(file, resolved) : Files.exists(marker))) {
            throw new ConfigException(out.path() + " holds the results of a different experiment ("
                    + (Files.exists(file) ? file : marker) + " differs from this config); choose another output"
                    + " folder or remove it");
        }
        if (!Files.exists(file)) {
            write(file, resolved);
        }
        if (!marked) {
            write(marker, id + "\n");
        }
    }

    /**
     * The experiment's id: the SHA-256, in hex, of its resolved config with the worker count left out (how many runs
     * train at once does not change what they compute).
     */
    private String experimentId(ExperimentConfig experiment) {
        try {
            byte[] yaml = configs.toYaml(experiment.withWorkers(1)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(yaml));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            AtomicFile.writeString(file, text);
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
