package org.richlazy.train.task;

import java.util.List;
import org.richlazy.train.Task;
import org.richlazy.train.TrainingSpec;

/** The tasks by name (docs/science.md#tasks): {@code 2af}, {@code dms}, {@code cxt}, {@code smnist}. */
public final class TaskCatalog {
    /** Every known task name. */
    public static final List<String> NAMES = List.of("2af", "dms", "cxt", "smnist");

    private TaskCatalog() {
    }

    /**
     * The accuracy of guessing among the task's choices at the decision step: 1/2 for {@code 2af}, {@code dms} and
     * {@code cxt} (two choices; the fixation output is never right there), 1/10 for {@code smnist}; constraints
     * ({@code 2af+dale}, {@link TaskLabel}) do not change it.
     *
     * @throws IllegalArgumentException for an unknown task
     */
    public static double chanceAccuracy(String label) {
        return switch (TaskLabel.parse(label).task()) {
            case "2af" -> 1.0 / (new PerceptualDecisionMaking().outputSize() - 1);
            case "dms" -> 1.0 / (new DelayMatchSample().outputSize() - 1);
            case "cxt" -> 1.0 / (new ContextDecisionMaking().outputSize() - 1);
            case "smnist" -> 1.0 / SequentialMnist.CLASSES;
            default -> throw new IllegalArgumentException(
                    "unknown task '" + label + "'; known tasks: " + String.join(", ", NAMES));
        };
    }

    /**
     * The task called {@code name}, configured by {@code spec}: {@code smnist} reads the IDX files or JSON digits
     * in {@code spec.mnistPath()} ({@link SequentialMnist#load}); {@code <task>+<constraint>...} is that task trained under the constraints
     * ({@link ConstrainedTask}).
     *
     * @throws IllegalArgumentException for a label with problems ({@link TaskLabel#problems()}), or {@code smnist}
     *                                  without an MNIST path
     * @throws MnistFormatException       when the MNIST files are missing or malformed
     */
    public static Task byName(String name, TrainingSpec spec) {
        TaskLabel label = TaskLabel.parse(name);
        List<String> problems = label.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        Task task = switch (label.task()) {
            case "2af" -> new PerceptualDecisionMaking();
            case "dms" -> new DelayMatchSample();
            case "cxt" -> new ContextDecisionMaking();
            case "smnist" -> {
                if (spec.mnistPath() == null) {
                    throw new IllegalArgumentException("task smnist needs mnistPath, the folder holding "
                            + SequentialMnist.IMAGES + " and " + SequentialMnist.LABELS + " or the JSON digits that "
                            + "'./richlazy data mnist' installs");
                }
                yield SequentialMnist.load(java.nio.file.Path.of(spec.mnistPath()));
            }
            default -> throw new IllegalStateException("task '" + label.task() + "' is in NAMES but has no case here");
        };
        return label.constraints().isEmpty() ? task : new ConstrainedTask(task, label.constraints());
    }
}
