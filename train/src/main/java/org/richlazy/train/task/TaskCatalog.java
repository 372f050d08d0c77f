package org.richlazy.train.task;

import java.util.List;
import org.richlazy.train.Task;
import org.richlazy.train.TrainingSpec;

/** The tasks by name (SPEC §4): {@code 2af}, {@code dms}, {@code cxt}. */
public final class TaskCatalog {
    /** Every known task name. */
    public static final List<String> NAMES = List.of("2af", "dms", "cxt");

    private TaskCatalog() {
    }

    /**
     * The task called {@code name}, configured by {@code spec}.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static Task byName(String name, TrainingSpec spec) {
        return switch (name) {
            case "2af" -> new PerceptualDecisionMaking();
            case "dms" -> new DelayMatchSample();
            case "cxt" -> new ContextDecisionMaking();
            default -> throw new IllegalArgumentException(
                    "unknown task '" + name + "'; known tasks: " + String.join(", ", NAMES));
        };
    }
}
