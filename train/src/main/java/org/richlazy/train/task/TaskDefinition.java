package org.richlazy.train.task;

import java.util.function.Function;
import java.util.function.Supplier;
import org.richlazy.train.Task;
import org.richlazy.train.TrainingSpec;

/**
 * A task the {@link TaskCatalog} knows by name (docs/science.md#tasks): how to make it for a training spec, and the
 * accuracy of guessing among its choices at the decision step.
 *
 * @param maker          the task configured by the spec (e.g. sMNIST's folder of digits)
 * @param chanceAccuracy the accuracy of a guess; the fixation output is never right at the decision step
 */
public record TaskDefinition(Function<TrainingSpec, Task> maker, double chanceAccuracy) {
    /** A neurogym-style task, the same whatever the spec; a guess is right once in its two choices. */
    static TaskDefinition generated(Supplier<NeurogymTask> task) {
        return new TaskDefinition(spec -> task.get(), 1.0 / (NeurogymTask.OUTPUTS - 1));
    }

    /** The task configured by {@code spec}. */
    Task make(TrainingSpec spec) {
        return maker.apply(spec);
    }
}
