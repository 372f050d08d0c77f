package org.richlazy.pipeline.config;

import java.nio.file.Path;
import org.richlazy.ingest.Readers;
import org.richlazy.train.TrainingSpec;
import org.richlazy.transform.SelectionRule;
import org.richlazy.transform.TransformSpec;

/**
 * One experiment: a connectivity source, how to turn it into initial weights and baselines,
 * how to train from each, and where the results go. A {@code null} section takes its defaults;
 * the resolved record (every default written out) is what {@code <out>/experiment.yaml} holds.
 *
 * @param name      a short title shown in the report
 * @param out       results folder, relative to the working directory
 * @param workers   runs trained at once (default: the machine's core count)
 * @param source    the studied connectivity
 * @param transform selection, signs, scaling, baselines (docs/science.md#initial-weights-and-baselines)
 * @param training  tasks, seeds, optimiser, measures (docs/science.md#model-transform---train,
 * docs/science.md#tasks, docs/science.md#laziness-measures)
 */
public record ExperimentConfig(String name, String out, Integer workers, SourceSpec source,
                               TransformSpec transform, TrainingSpec training) {
    public ExperimentConfig {
        name = name == null ? "richlazy experiment" : name;
        out = out == null ? "richlazy-results" : out;
        workers = workers == null ? Runtime.getRuntime().availableProcessors() : workers;
        source = source == null ? new SourceSpec(null, null, null) : source;
        transform = transform == null ? TransformSpec.defaults() : transform;
        training = training == null ? TrainingSpec.defaults() : training;
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
    }

    /**
     * The same experiment with {@code out}, {@code source.path} and the files the source options name
     * (labels, classes, node tables, ids) and {@code training.mnist-path} made absolute against the working directory, so
     * {@code <out>/experiment.yaml} says exactly which files were used; the option keys that name files are those of
     * the option families of {@code readers}.
     */
    public ExperimentConfig withAbsolutePaths(Readers readers) {
        SourceSpec absoluteSource = source.path() == null ? source
                : new SourceSpec(null, absolute(source.path()), source.options().withFiles(readers, ExperimentConfig::absolute));
        TrainingSpec absoluteTraining = training.mnistPath() == null ? training
                : training.withMnistPath(absolute(training.mnistPath()));
        return new ExperimentConfig(name, absolute(out), workers, absoluteSource, transform, absoluteTraining);
    }

    /**
     * The same experiment with {@code transform.selection} set to {@code rule}: the rule its default resolved to
     * for the source ({@link org.richlazy.transform.InitSet#selection()}), so {@code <out>/experiment.yaml} says it.
     */
    public ExperimentConfig withSelection(SelectionRule rule) {
        return new ExperimentConfig(name, out, workers, source, transform.withSelection(rule), training);
    }

    /** The same experiment trained {@code count} runs at a time. */
    public ExperimentConfig withWorkers(int count) {
        return new ExperimentConfig(name, out, count, source, transform, training);
    }

    private static String absolute(String path) {
        return Path.of(path).toAbsolutePath().normalize().toString();
    }
}
