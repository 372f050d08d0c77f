package org.richlazy.train;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.richlazy.train.sequence.Heads;
import org.richlazy.train.sequence.TaskSequence;
import org.richlazy.train.sequence.TaskVariant;
import org.richlazy.transform.SpecProblem;

/**
 * Tasks trained one after another (docs/science.md#forgetting): the keys {@code training.sequence},
 * {@code training.sequence-iterations} and {@code training.sequence-heads} (docs/config.md#training). A sequence adds one
 * run per init and seed, named by its entries ({@link TaskSequence#name}), beside the runs of {@code training.tasks}.
 *
 * @param sequence           the entries in training order ({@link TaskVariant}: {@code 2af}, {@code 2af@45},
 *                           {@code smnist~30}); null or empty for none
 * @param sequenceIterations each phase's iterations; null: {@code training.iterations} each
 * @param sequenceHeads      per-task readouts (default) or one shared ({@link Heads})
 */
public record Sequencing(List<String> sequence, List<Integer> sequenceIterations, Heads sequenceHeads) {
    public Sequencing {
        sequence = sequence == null ? List.of() : List.copyOf(sequence);
        sequenceIterations = sequenceIterations == null ? null : List.copyOf(sequenceIterations);
        sequenceHeads = sequenceHeads == null ? Heads.PER_TASK : sequenceHeads;
    }

    /** No sequence. */
    public static Sequencing defaults() {
        return new Sequencing(null, null, null);
    }

    /** The name of the sequence's runs, or null without one. */
    public String label() {
        return sequence.isEmpty() ? null : TaskSequence.name(sequence);
    }

    /**
     * What is wrong with these values (empty when nothing is): fewer than two entries, an entry's own problems
     * ({@link TaskVariant#problems}) and those {@code taskProblems} finds in its task name (the config check passes the
     * task catalog's), iterations not one whole number of at least 1 per entry.
     */
    public List<SpecProblem> problems(Function<String, List<String>> taskProblems) {
        List<SpecProblem> found = new ArrayList<>();
        SpecProblem.Checks checks = new SpecProblem.Checks();
        checks.require(sequence.size() != 1, "sequence", "holds one task", "at least two tasks, trained in order");
        for (int i = 0; i < sequence.size(); i++) {
            String key = "sequence[" + i + "]";
            TaskVariant v = TaskVariant.parse(sequence.get(i));
            v.problems().forEach(p -> found.add(SpecProblem.stated(key, p)));
            taskProblems.apply(v.task()).forEach(p -> found.add(SpecProblem.stated(key, p)));
        }
        if (sequenceIterations != null) {
            checks.require(sequenceIterations.size() == sequence.size(), "sequence-iterations",
                    "holds " + sequenceIterations.size() + " numbers for " + sequence.size() + " tasks",
                    "one number of iterations per entry of training.sequence");
            for (int i = 0; i < sequenceIterations.size(); i++) {
                checks.atLeast("sequence-iterations[" + i + "]", sequenceIterations.get(i), 1)
                        .atMost("sequence-iterations[" + i + "]", sequenceIterations.get(i), Schedule.MAX_ITERATIONS);
            }
        }
        found.addAll(0, checks.list());
        return found;
    }
}
