package org.richlazy.spark;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.richlazy.pipeline.RunKey;
import org.richlazy.pipeline.SweepJob;
import org.richlazy.train.RunStore;

/**
 * On the driver: tells the sweep's progress each time a task succeeds (task index = partition = the
 * run's place in the job), with the run's result read back from its folder. An executor's iterations
 * are not seen on the driver, so a run counts all its iterations when it ends.
 */
final class RunListener extends SparkListener {
    private final SweepJob job;
    private final Set<Integer> done = ConcurrentHashMap.newKeySet();

    RunListener(SweepJob job) {
        this.job = job;
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        int index = end.taskInfo().index();
        if (end.taskInfo().successful() && done.add(index)) {
            RunKey key = job.runs().get(index);
            job.iterations(job.config().training().schedule().iterations());
            job.finished(RunStore.read(job.out(), key.init().name(), key.task(), key.seed()));
        }
    }
}
