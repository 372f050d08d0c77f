package org.richlazy.train.task;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.richlazy.train.model.WeightConstraints;

/**
 * A task as {@code training.tasks} writes it: a task name, optionally followed by {@code +constraint} words that
 * its runs keep during training ({@code 2af+dale}, {@code dms+dale+mask}). The label, unchanged, names the task's
 * runs, rows and verdicts ({@code <init>__2af+dale__s1}).
 *
 * @param task        the task name, e.g. {@code 2af}
 * @param constraints the constraint words, in the order written (empty for the task alone)
 */
public record TaskLabel(String task, List<String> constraints) {
    public TaskLabel {
        constraints = List.copyOf(constraints);
    }

    /** The label split at each {@code +}; an empty word (as in {@code 2af+}) is kept, for {@link #problems} to name. */
    public static TaskLabel parse(String label) {
        List<String> words = List.of(label.split("\\+", -1));
        return new TaskLabel(words.get(0), words.subList(1, words.size()));
    }

    /** The words that say where a label was written ({@code at}) in a problem; empty for nowhere in particular. */
    static String where(String at) {
        return at.isEmpty() ? "" : " at '" + at + "'";
    }

    /** The label as written: the task and its constraints joined by {@code +}. */
    public String label() {
        return constraints.isEmpty() ? task : task + "+" + String.join("+", constraints);
    }

    /**
     * What is wrong with the label's constraints (empty when nothing is): an unknown constraint, a constraint twice,
     * each message naming where the label was written ({@code at}, e.g. {@code training.tasks[1]}; empty for nowhere in
     * particular). Whether the task is known is the {@link TaskCatalog}'s to say ({@link TaskCatalog#problems}).
     */
    public List<String> problems(String at) {
        String where = where(at);
        List<String> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String c : constraints) {
            if (!WeightConstraints.NAMES.contains(c)) {
                found.add("unknown constraint '" + c + "' in task '" + label() + "'" + where + "; known: "
                        + String.join(", ", WeightConstraints.NAMES));
            } else if (!seen.add(c)) {
                found.add("constraint '" + c + "' given twice in task '" + label() + "'" + where
                        + "; expected each constraint once");
            }
        }
        return found;
    }
}
