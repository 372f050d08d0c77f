package org.richlazy.pipeline.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.richlazy.train.Precision;
import org.richlazy.train.model.Leak;
import org.richlazy.train.model.OptimizerKind;
import org.richlazy.train.model.WeightConstraints;
import org.richlazy.train.task.TaskCatalog;
import org.richlazy.transform.BaselineKind;
import org.richlazy.transform.ConfigWord;
import org.richlazy.transform.RankMatch;
import org.richlazy.transform.ScalingRule;
import org.richlazy.transform.SelectionRule;
import org.richlazy.transform.Shuffle;
import org.richlazy.transform.Signs;
import org.richlazy.transform.Strength;

/**
 * The value checks that need no file: names among the words the stages accept, numbers in their
 * ranges (docs/science.md#model-transform---train, docs/science.md#laziness-measures,
 * docs/science.md#initial-weights-and-baselines), one seed per run, ranks (and {@code transform.truncate}) within N.
 * Each
 * problem names its key path; all are recorded, none stops the others.
 */
final class ConfigRules {
    /** The words of each enum-typed key: the constants of the type it binds to. */
    static final List<String> BASELINES = ConfigWord.words(BaselineKind.class);
    static final List<String> SELECTIONS = ConfigWord.words(SelectionRule.class);
    static final List<String> SIGNS = ConfigWord.words(Signs.class);
    static final List<String> STRENGTHS = ConfigWord.words(Strength.class);
    static final List<String> SCALINGS = ConfigWord.words(ScalingRule.class);
    static final List<String> RANK_MATCHES = ConfigWord.words(RankMatch.class);
    static final List<String> SHUFFLES = ConfigWord.words(Shuffle.class);
    static final List<String> OPTIMIZERS = ConfigWord.words(OptimizerKind.class);
    static final List<String> LEAKS = ConfigWord.words(Leak.class);
    static final List<String> PRECISIONS = ConfigWord.words(Precision.class);
    static final List<String> PRESETS = List.of(SourceSpec.MOUSE_V1_L23, SourceSpec.RANDOM_GAUSSIAN);
    /** N of a cell-type table or the random sweep when {@code transform.neurons} is not given. */
    static final int DEFAULT_SAMPLED_N = 300;

    private final ConfigTree tree;
    private final ConfigProblems problems;

    private ConfigRules(ConfigTree tree, ConfigProblems problems) {
        this.tree = tree;
        this.problems = problems;
    }

    /** Records every impossible value of the tree. */
    /**
     * Upper bounds (docs/config.md#upper-bounds): a learning rate above 10 makes every optimiser step
     * overshoot by orders of magnitude (the paper uses 1e-3), a gain above 100 puts the network far
     * outside any regime the paper studies, and more than 10^9 iterations would run for years.
     */
    static final double MAX_LEARNING_RATE = 10;
    static final double MAX_GAIN = 100;
    static final double MAX_ITERATIONS = 1e9;

    static void check(ConfigTree tree, ConfigProblems problems) {
        ConfigRules rules = new ConfigRules(tree, problems);
        rules.top();
        rules.source();
        rules.transform();
        rules.training();
    }

    private void top() {
        Long workers = tree.whole("workers");
        if (workers != null && workers < 1) {
            problems.add("workers", "workers must be at least 1, got " + workers);
        }
    }

    private void source() {
        String preset = tree.text("source.preset");
        word("source.preset", PRESETS);
        if (preset != null && tree.has("source.path")) {
            problems.add("source.path", "give either source.preset or source.path, not both");
        }
        if (tree.has("source.options") && !tree.has("source.path")) {
            problems.add("source.options", "source.options are for a file given as source.path");
        }
    }

    private void transform() {
        atLeast("transform.neurons", 1);
        word("transform.selection", SELECTIONS);
        word("transform.signs", SIGNS);
        word("transform.strength", STRENGTHS);
        word("transform.scaling", SCALINGS);
        positive("transform.gain");
        atMost("transform.gain", MAX_GAIN);
        words("transform.baselines", BASELINES);
        word("transform.rank-match", RANK_MATCHES);
        word("transform.shuffle", SHUFFLES);
        atLeast("transform.truncate", 1);
        if (tree.has("transform.truncate") && SourceSpec.RANDOM_GAUSSIAN.equals(tree.text("source.preset"))) {
            problems.add("transform.truncate", "transform.truncate is for a measured or cell-type source; the random "
                    + "rank sweep (source.preset " + SourceSpec.RANDOM_GAUSSIAN + ") truncates to transform.ranks");
        }
        List<Long> ranks = tree.wholes("transform.ranks");
        List<String> baselines = tree.texts("transform.baselines");
        if (ranks != null && ranks.isEmpty() && baselines != null && baselines.contains("truncated-rank")) {
            problems.bad("transform.ranks", "is an empty list", "at least one rank for baseline truncated-rank");
        }
        if (ranks != null) {
            for (int i = 0; i < ranks.size(); i++) {
                if (ranks.get(i) != null && ranks.get(i) < 1) {
                    problems.bad(ConfigPaths.element("transform.ranks", i), "= " + ranks.get(i), "a rank of at least 1");
                }
            }
        }
        Long n = tree.whole("transform.neurons");
        if (n == null && !tree.has("source.path")) {
            n = (long) DEFAULT_SAMPLED_N;
        }
        if (n != null) {
            ranksWithin(tree, problems, n, "N = " + n);
            if (!tree.has("source.path") && n >= 1) {
                MemoryCheck.check(tree, problems, n, tree.has("transform.neurons") ? "= " + n
                        : "unset: N = " + n + ", the default", true);
            }
        }
        quotas(n);
    }

    /**
     * Records every rank above N: {@code transform.truncate}, and the truncated ranks when they
     * are used (baseline {@code truncated-rank} or the random rank sweep).
     */
    static void ranksWithin(ConfigTree tree, ConfigProblems problems, long n, String whereNFrom) {
        Long truncate = tree.whole("transform.truncate");
        if (truncate != null && truncate > n) {
            problems.bad("transform.truncate", "= " + truncate + " is above N", "a rank of at most " + whereNFrom);
        }
        List<String> baselines = tree.texts("transform.baselines");
        boolean used = SourceSpec.RANDOM_GAUSSIAN.equals(tree.text("source.preset"))
                || baselines != null && baselines.contains("truncated-rank");
        List<Long> ranks = tree.wholes("transform.ranks");
        if (!used || ranks == null) {
            return;
        }
        for (int i = 0; i < ranks.size(); i++) {
            if (ranks.get(i) != null && ranks.get(i) > n) {
                problems.bad(ConfigPaths.element("transform.ranks", i), "= " + ranks.get(i) + " is above N",
                        "a rank of at most " + whereNFrom);
            }
        }
    }

    private void quotas(Long n) {
        if (!"quotas".equals(tree.text("transform.selection"))) {
            return;
        }
        if (!tree.has("transform.quotas") || tree.node("transform.quotas").isEmpty()) {
            problems.add("transform.selection", "selection 'quotas' needs transform.quotas (neurons per cell class)");
            return;
        }
        long sum = 0;
        for (var it = tree.node("transform.quotas").fields(); it.hasNext();) {
            var quota = it.next();
            String at = ConfigPaths.key("transform.quotas", quota.getKey());
            if (quota.getValue().isIntegralNumber() && quota.getValue().asLong() < 0) {
                problems.bad(at, "= " + quota.getValue().asLong(), "a count of zero or more");
            }
            sum += quota.getValue().asLong();
        }
        if (tree.has("transform.neurons") && n != null && sum != n) {
            problems.bad("transform.quotas", "sum to " + sum, "a sum of transform.neurons = " + n);
        }
    }

    private void training() {
        List<String> tasks = tree.texts("training.tasks");
        taskLabels(tasks);
        words("training.constraints", WeightConstraints.NAMES);
        stopAt();
        if (tasks != null && tasks.isEmpty()) {
            problems.bad("training.tasks", "is an empty list", "at least one task");
        }
        List<Long> seeds = tree.wholes("training.seeds");
        if (seeds != null) {
            if (seeds.isEmpty()) {
                problems.bad("training.seeds", "is an empty list", "at least one seed, e.g. [1, 2, 3]");
            }
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < seeds.size(); i++) {
                if (seeds.get(i) != null && !seen.add(seeds.get(i))) {
                    problems.bad(ConfigPaths.element("training.seeds", i), "repeats seed " + seeds.get(i),
                            "distinct seeds (one run each)");
                }
            }
        }
        atLeast("training.iterations", 1);
        atMost("training.iterations", MAX_ITERATIONS);
        atLeast("training.batch-size", 1);
        word("training.optimizer", OPTIMIZERS);
        positive("training.learning-rate");
        atMost("training.learning-rate", MAX_LEARNING_RATE);
        Double momentum = tree.number("training.momentum");
        if (momentum != null && !(momentum >= 0 && momentum < 1)) {
            problems.bad("training.momentum", "= " + momentum, "a number in [0, 1)");
        }
        positive("training.dt");
        positive("training.tau");
        word("training.leak", LEAKS);
        word("training.precision", PRECISIONS);
        atLeast("training.checkpoints", 0);
        atLeast("training.curve-every", 1);
        atLeast("training.probe-batches", 1);
        positive("training.divergence-loss");
        Double growth = tree.number("training.divergence-growth");
        if (growth != null && !(growth > 1)) {
            problems.bad("training.divergence-growth", "= " + growth, "a number above 1 (a factor over the run's"
                    + " first loss)");
        }
        if (tasks != null && tasks.stream().anyMatch(t -> t != null && t.split("\\+")[0].equals("smnist"))
                && !tree.has("training.mnist-path")) {
            problems.add("training.tasks", "task smnist needs training.mnist-path, the folder of the MNIST IDX files "
                    + "or of the JSON digits that './richlazy data mnist' installs");
        }
    }

    /** Each task is a known task, optionally followed by {@code +constraint} words ({@code 2af+dale}); no repeats. */
    private void taskLabels(List<String> tasks) {
        if (tasks == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tasks.size(); i++) {
            String label = tasks.get(i);
            if (label == null) {
                continue;
            }
            String at = ConfigPaths.element("training.tasks", i);
            String[] parts = label.split("\\+", -1);
            if (!TaskCatalog.NAMES.contains(parts[0])) {
                problems.add(at, "unknown task '" + parts[0] + "' at '" + at + "'; known: "
                        + String.join(", ", TaskCatalog.NAMES) + " (optionally with +dale, +mask: trained under"
                        + " those constraints)");
            }
            for (int k = 1; k < parts.length; k++) {
                if (!WeightConstraints.NAMES.contains(parts[k])) {
                    problems.add(at, "unknown constraint '" + parts[k] + "' in task '" + label + "' at '" + at
                            + "'; known: " + String.join(", ", WeightConstraints.NAMES));
                }
            }
            if (!seen.add(label)) {
                problems.bad(at, "repeats task " + label, "distinct tasks");
            }
        }
    }

    /** {@code training.stop-at}: exactly one of accuracy in (0, 1] and loss above 0; window at least 1. */
    private void stopAt() {
        if (!tree.has("training.stop-at")) {
            return;
        }
        Double accuracy = tree.number("training.stop-at.accuracy");
        Double loss = tree.number("training.stop-at.loss");
        if ((accuracy == null) == (loss == null)) {
            problems.add("training.stop-at", "training.stop-at needs exactly one of accuracy (e.g. {accuracy: 0.9})"
                    + " and loss (e.g. {loss: 0.1})");
        }
        if (accuracy != null && !(accuracy > 0 && accuracy <= 1)) {
            problems.bad("training.stop-at.accuracy", "= " + accuracy, "a number in (0, 1]");
        }
        positive("training.stop-at.loss");
        atLeast("training.stop-at.window", 1);
    }

    private void atLeast(String path, long min) {
        Long v = tree.whole(path);
        if (v != null && v < min) {
            problems.bad(path, "= " + v, min == 0 ? "zero or more" : "at least " + min);
        }
    }

    private void atMost(String path, double max) {
        Double v = tree.number(path);
        if (v != null && v > max) {
            problems.bad(path, "= " + v, "at most " + (max == Math.rint(max) ? Long.toString((long) max) : max)
                    + " (docs/config.md#upper-bounds)");
        }
    }

    private void positive(String path) {
        Double v = tree.number(path);
        if (v != null && !(v > 0 && Double.isFinite(v))) {
            problems.bad(path, "= " + v, "a positive, finite number");
        }
    }

    private void word(String path, List<String> known) {
        String v = tree.text(path);
        if (v != null && !known.contains(v)) {
            problems.add(path, "unknown " + path + " '" + v + "'; known: " + String.join(", ", known));
        }
    }

    private void words(String path, List<String> known) {
        List<String> values = tree.texts(path);
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v != null && !known.contains(v)) {
                String at = ConfigPaths.element(path, i);
                problems.add(at, "unknown " + singular(last(path)) + " '" + v + "' at '" + at + "'; known: "
                        + String.join(", ", known));
            }
        }
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String singular(String word) {
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }
}
