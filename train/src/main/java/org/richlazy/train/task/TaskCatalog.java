package org.richlazy.train.task;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.richlazy.train.Task;
import org.richlazy.train.TrainException;
import org.richlazy.train.TrainingSpec;
import org.richlazy.train.model.WeightConstraints;
import org.richlazy.train.sequence.TaskSequence;
import org.richlazy.train.sequence.TaskVariant;

/**
 * The tasks by name (docs/science.md#tasks), as the {@link TaskModule} binds them: {@code 2af}, {@code dms},
 * {@code cxt}, {@code smnist}. A label of {@code training.tasks} is a task name, optionally with constraints
 * ({@code 2af+dale}, {@link TaskLabel}).
 */
public final class TaskCatalog {
    /** Where a task label is written, naming bad input in a {@link TrainException}. */
    private static final String WHERE = "training.tasks";

    private final Map<String, TaskDefinition> byName;

    @Inject
    TaskCatalog(Map<String, TaskDefinition> byName) {
        this.byName = new LinkedHashMap<>(byName);
    }

    /** Every known task name, in binding order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /**
     * What is wrong with {@code label} (empty when nothing is): an unknown task, then the problems of its constraints
     * ({@link TaskLabel#problems}), each naming where it was written ({@code at}, e.g. {@code training.tasks[1]}; empty
     * for nowhere in particular).
     */
    public List<String> problems(String label, String at) {
        if (TaskSequence.isSequence(label)) {
            List<String> found = new ArrayList<>();
            for (String entry : TaskSequence.entries(label)) {
                TaskVariant v = TaskVariant.parse(entry);
                found.addAll(v.problems());
                found.addAll(problems(v.task(), at));
            }
            return found;
        }
        TaskLabel parsed = TaskLabel.parse(label);
        List<String> found = new ArrayList<>();
        if (!byName.containsKey(parsed.task())) {
            found.add("unknown task '" + parsed.task() + "'" + TaskLabel.where(at) + "; known: "
                    + String.join(", ", names()) + " (optionally with +" + String.join(", +", WeightConstraints.NAMES)
                    + ": trained under those constraints)");
        }
        found.addAll(parsed.problems(at));
        return found;
    }

    /**
     * The task labelled {@code label}, configured by {@code spec}; {@code <task>+<constraint>...} is that task trained
     * under the constraints ({@link ConstrainedTask}).
     *
     * @throws TrainException       for a label with problems ({@link #problems}), or {@code smnist} without an MNIST
     *                              path
     * @throws MnistFormatException when the MNIST files are missing or malformed
     */
    public Task task(String label, TrainingSpec spec) {
        List<String> problems = problems(label, "");
        if (!problems.isEmpty()) {
            throw new TrainException(WHERE, String.join("; ", problems));
        }
        if (TaskSequence.isSequence(label)) {
            return TaskSequence.of(TaskSequence.entries(label), name -> task(name, spec),
                    spec.sequencing().sequenceHeads());
        }
        TaskLabel parsed = TaskLabel.parse(label);
        Task task = byName.get(parsed.task()).make(spec);
        return parsed.constraints().isEmpty() ? task : new ConstrainedTask(task, parsed.constraints());
    }

    /**
     * The accuracy of guessing among the labelled task's choices at the decision step ({@link TaskDefinition});
     * constraints do not change it.
     *
     * @throws TrainException for an unknown task
     */
    public double chanceAccuracy(String label) {
        if (TaskSequence.isSequence(label)) {
            List<String> entries = TaskSequence.entries(label);
            return chanceAccuracy(TaskVariant.parse(entries.get(entries.size() - 1)).task());
        }
        TaskDefinition task = byName.get(TaskLabel.parse(label).task());
        if (task == null) {
            throw new TrainException(WHERE, problems(label, "").get(0));
        }
        return task.chanceAccuracy();
    }
}
