package org.richlazy.train.sequence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.richlazy.train.SeededRandom;
import org.richlazy.train.Task;
import org.richlazy.train.TrialBatch;

/**
 * Tasks trained one after another on one network (docs/science.md#forgetting): a run of it trains each phase in turn
 * from the weights the phase before left. The channels are the union of the tasks' (each distinct task one block, each
 * rotated variant a block of its own) followed by one rule input per phase. As a {@link Task} it names the sequence's
 * runs ({@code 2af-then-dms}) and gives its sizes; its trials are the phases' ({@link #phases}).
 *
 * @param name   the entries joined by {@link #THEN}
 * @param phases each phase's task in the sequence's channels
 * @param heads  per-task readouts or one shared
 */
public record TaskSequence(String name, List<PhaseTask> phases, Heads heads) implements Task {
    /** What joins the entries of a sequence into its name. */
    public static final String THEN = "-then-";
    /** The pixel order of a {@code ~} entry is drawn from this seed plus the entry's position (0 for the first). */
    public static final long PERMUTATION_SEED = 20240101L;

    public TaskSequence {
        phases = List.copyOf(phases);
    }

    /** The name of the sequence of these entries. */
    public static String name(List<String> entries) {
        return String.join(THEN, entries);
    }

    /** Whether {@code label} names a sequence. */
    public static boolean isSequence(String label) {
        return label.contains(THEN);
    }

    /** The entries of the sequence named {@code label}. */
    public static List<String> entries(String label) {
        return List.of(label.split(java.util.regex.Pattern.quote(THEN), -1));
    }

    /**
     * The sequence of {@code entries} ({@link TaskVariant}), each task made by {@code tasks} from its name.
     */
    public static TaskSequence of(List<String> entries, Function<String, Task> tasks, Heads heads) {
        List<TaskVariant> variants = entries.stream().map(TaskVariant::parse).toList();
        Map<String, Task> byName = new LinkedHashMap<>();
        Map<String, Integer> blocks = new LinkedHashMap<>();
        int channels = 0;
        int widest = 0;
        for (TaskVariant v : variants) {
            Task task = byName.computeIfAbsent(v.task(), tasks);
            widest = Math.max(widest, task.outputSize());
            if (!blocks.containsKey(v.task())) {
                blocks.put(v.task(), channels);
                channels += task.inputSize();
            }
        }
        int[] rotated = new int[variants.size()];
        for (int k = 0; k < variants.size(); k++) {
            rotated[k] = -1;
            if (variants.get(k).rotated()) {
                rotated[k] = channels;
                channels += byName.get(variants.get(k).task()).inputSize();
            }
        }
        int inputs = channels + variants.size();
        List<PhaseTask> phases = new ArrayList<>();
        for (int k = 0; k < variants.size(); k++) {
            TaskVariant v = variants.get(k);
            Task task = byName.get(v.task());
            phases.add(new PhaseTask(task, v.label(), inputs, heads == Heads.SHARED ? widest : task.outputSize(),
                    blocks.get(v.task()), rotated[k], v.angle(), channels + k,
                    v.permuted() == 0 ? null : order(task.steps() * task.inputSize(), v.permuted(),
                            PERMUTATION_SEED + k)));
        }
        return new TaskSequence(name(entries), phases, heads);
    }

    /**
     * An order of {@code steps} input positions (for sMNIST its 784 pixels) that shuffles {@code round(share x steps)}
     * of them, drawn from {@code seed}, among themselves (Fisher-Yates); the others stay.
     */
    static int[] order(int steps, double share, long seed) {
        RandomGenerator rng = SeededRandom.create(seed);
        int[] all = new int[steps];
        for (int t = 0; t < steps; t++) {
            all[t] = t;
        }
        int chosen = (int) Math.round(share * steps);
        for (int i = 0; i < chosen; i++) {
            int j = i + rng.nextInt(steps - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        int[] positions = java.util.Arrays.copyOf(all, chosen);
        int[] shuffled = positions.clone();
        for (int i = chosen - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int swap = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = swap;
        }
        int[] order = new int[steps];
        for (int t = 0; t < steps; t++) {
            order[t] = t;
        }
        for (int i = 0; i < chosen; i++) {
            order[positions[i]] = shuffled[i];
        }
        return order;
    }

    @Override
    public int inputSize() {
        return phases.get(0).inputSize();
    }

    /** The most logits of a phase. */
    @Override
    public int outputSize() {
        return phases.stream().mapToInt(PhaseTask::outputSize).max().orElseThrow();
    }

    /** The longest trial of a phase. */
    @Override
    public int steps() {
        return phases.stream().mapToInt(PhaseTask::steps).max().orElseThrow();
    }

    @Override
    public boolean lossOnAllSteps() {
        return phases.get(0).lossOnAllSteps();
    }

    /** A sequence has no trials of its own: its phases do. */
    @Override
    public TrialBatch sample(int batchSize, RandomGenerator rng) {
        throw new UnsupportedOperationException("a sequence trains phase by phase; sample a phase of " + name);
    }
}
