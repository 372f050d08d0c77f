package org.richlazy.spark;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.api.java.function.VoidFunction;
import org.richlazy.pipeline.config.ConfigLoader;
import org.richlazy.train.RunStore;
import org.richlazy.train.TrainedRun;
import org.richlazy.train.Trainer;
import org.richlazy.train.TrainingSpec;
import org.richlazy.train.task.TaskCatalog;
import org.richlazy.transform.store.InitStore;

/**
 * One run, on an executor: reads the init from the results folder, trains it with {@code Trainer.train}
 * and writes the run folder with {@code RunStore.write} (atomic rename), exactly as the local engine
 * does, so the files are the same bytes; the config reader and the task come from the {@link SparkRoot}. Serialised to the executors: it carries only the results
 * folder's path and the resolved experiment as YAML (a few kB).
 *
 * <p>Idempotent: a run already complete (written by an earlier attempt of the same task, which Spark
 * may retry or, with speculation, run twice) is not trained again. An executor without the Vector API
 * module trains with the plain-Java float32 kernels: the same numbers, tens of times slower.
 */
final class RunTask implements VoidFunction<RunCoordinates> {
    private static final long serialVersionUID = 1L;

    private final String out;
    private final String experimentYaml;

    /**
     * @param out            the results folder, absolute, on a filesystem every executor sees
     * @param experimentYaml the resolved experiment, as {@code <out>/experiment.yaml} holds it
     */
    RunTask(String out, String experimentYaml) {
        this.out = out;
        this.experimentYaml = experimentYaml;
    }

    @Override
    public void call(RunCoordinates run) {
        Path dir = Path.of(out);
        if (complete(dir, run)) {
            return;
        }
        TrainingSpec spec = SparkRoot.get(ConfigLoader.class).parse(
                new ByteArrayInputStream(experimentYaml.getBytes(StandardCharsets.UTF_8)),
                dir.resolve("experiment.yaml").toString(), Map.of()).training();
        TrainedRun trained = Trainer.train(InitStore.read(dir, run.init()), SparkRoot.get(TaskCatalog.class).task(run.task(), spec),
                run.seed(), spec);
        try {
            RunStore.write(dir, trained);
        } catch (UncheckedIOException e) {
            if (!complete(dir, run)) {
                throw e;
            }
        }
    }

    private static boolean complete(Path dir, RunCoordinates run) {
        return RunStore.isComplete(dir, run.init(), run.task(), run.seed());
    }
}
