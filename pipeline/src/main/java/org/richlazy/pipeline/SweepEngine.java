package org.richlazy.pipeline;

/**
 * Where a sweep's pending runs train: {@code local} (a thread pool in this process, {@link LocalEngine})
 * or an engine from an optional module on the classpath (e.g. {@code spark}), found with
 * {@link java.util.ServiceLoader} by {@link SweepEngines}. An engine trains each run of a
 * {@link SweepJob} with {@code Trainer.train} and writes it with {@code RunStore.write} into the job's
 * results folder; the sweep stage then rebuilds {@code results.csv} from the run folders, so the table
 * does not depend on the engine nor on the order runs finished in.
 *
 * <p>Implementations have a public no-argument constructor (ServiceLoader's rule) and are listed in
 * {@code META-INF/services/org.richlazy.pipeline.SweepEngine} of their jar.
 */
public interface SweepEngine {
    /** The name {@code --engine} selects. */
    String name();

    /**
     * This engine on the cluster at {@code master} ({@code --master}). Engines that train in this
     * process have no cluster and refuse one.
     *
     * @throws IllegalArgumentException when the engine takes no master or the URL is malformed
     */
    default SweepEngine on(String master) {
        throw new IllegalArgumentException("engine '" + name() + "' trains in this process and takes no --master; "
                + "--master is for --engine spark");
    }

    /** Where the job's runs will train, for the log, e.g. {@code "on 2 worker(s)"}. */
    String describe(SweepJob job);

    /**
     * Trains every run of {@code job} into its results folder and returns when all are written, telling
     * the job's progress as runs finish.
     *
     * @throws RuntimeException the first failure of a run; runs already written stay complete
     */
    void train(SweepJob job);
}
