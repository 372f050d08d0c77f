package org.richlazy.pipeline.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.richlazy.train.Precision;
import org.richlazy.train.StopAt;
import org.richlazy.train.TrainingSpec;
import org.richlazy.train.model.Leak;
import org.richlazy.train.model.OptimizerKind;
import org.richlazy.train.model.WeightConstraints;
import org.richlazy.train.task.TaskCatalog;
import org.richlazy.train.task.TaskLabel;
import org.richlazy.transform.BaselineKind;
import org.richlazy.transform.ConfigWord;
import org.richlazy.transform.RankMatch;
import org.richlazy.transform.ScalingRule;
import org.richlazy.transform.SelectionRule;
import org.richlazy.transform.SpecProblem;
import org.richlazy.transform.Shuffle;
import org.richlazy.transform.Signs;
import org.richlazy.transform.Strength;
import org.richlazy.transform.TransformSpec;

/**
 * The value checks that need no file: names among the words the stages accept; the ranges of each section's
 * values, which the section's own record decides ({@link TransformSpec#problems()}, {@link TrainingSpec#problems()};
 * docs/science.md#model-transform---train, docs/science.md#laziness-measures,
 * docs/science.md#initial-weights-and-baselines), located here at their file lines; and the rules that cross
 * sections or keys: one seed and one run folder per task, ranks (and {@code transform.truncate}) within N, quotas
 * summing to N, {@code smnist} with an MNIST path. Each problem names its key path; all are recorded, none stops
 * the others.
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
    private final ObjectMapper mapper;
    private final TaskCatalog catalog;
    private final ConfigProblems problems;

    private ConfigRules(ConfigTree tree, ObjectMapper mapper, TaskCatalog catalog, ConfigProblems problems) {
        this.tree = tree;
        this.mapper = mapper;
        this.catalog = catalog;
        this.problems = problems;
    }

    /**
     * Records every impossible value of the tree; {@code mapper} binds a section to its record, {@code catalog} knows
     * the task names.
     */
    static void check(ConfigTree tree, ObjectMapper mapper, TaskCatalog catalog, ConfigProblems problems) {
        ConfigRules rules = new ConfigRules(tree, mapper, catalog, problems);
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
        word("transform.selection", SELECTIONS);
        word("transform.signs", SIGNS);
        word("transform.strength", STRENGTHS);
        word("transform.scaling", SCALINGS);
        words("transform.baselines", BASELINES);
        word("transform.rank-match", RANK_MATCHES);
        word("transform.shuffle", SHUFFLES);
        TransformSpec spec = tree.bound("transform", TransformSpec.class, mapper);
        section("transform", spec == null ? List.of() : spec.problems());
        if (tree.has("transform.truncate") && SourceSpec.RANDOM_GAUSSIAN.equals(tree.text("source.preset"))) {
            problems.add("transform.truncate", "transform.truncate is for a measured or cell-type source; the random "
                    + "rank sweep (source.preset " + SourceSpec.RANDOM_GAUSSIAN + ") truncates to transform.ranks");
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
        for (var it = tree.node("transform.quotas").elements(); it.hasNext();) {
            sum += it.next().asLong();
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
        word("training.optimizer", OPTIMIZERS);
        word("training.leak", LEAKS);
        word("training.precision", PRECISIONS);
        TrainingSpec spec = tree.bound("training", TrainingSpec.class, mapper);
        section("training", spec == null ? List.of() : spec.problems());
        if (tasks != null && tasks.stream().anyMatch(t -> t != null && TaskLabel.parse(t).task().equals("smnist"))
                && !tree.has("training.mnist-path")) {
            problems.add("training.tasks", "task smnist needs training.mnist-path, the folder of the MNIST IDX files "
                    + "or of the JSON digits that './richlazy data mnist' installs");
        }
    }

    /** Each task is a label without problems ({@code 2af+dale}, {@link TaskCatalog#problems}); no repeats. */
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
            catalog.problems(label, at).forEach(p -> problems.add(at, p));
            if (!seen.add(label)) {
                problems.bad(at, "repeats task " + label, "distinct tasks");
            }
        }
    }

    /**
     * {@code training.stop-at}: exactly one of accuracy in (0, 1] and loss above 0; window at least 1. {@link StopAt}
     * refuses such values when it is made, so they are read from the tree to be reported with their lines.
     */
    private void stopAt() {
        if (!tree.has("training.stop-at")) {
            return;
        }
        section("training.stop-at", StopAt.problems(tree.number("training.stop-at.accuracy"),
                tree.number("training.stop-at.loss"), tree.whole("training.stop-at.window")));
    }

    /**
     * Records the problems a section's record found in its values, each at its key path in the file (the record
     * names the key inside its section).
     */
    private void section(String section, List<SpecProblem> found) {
        for (SpecProblem p : found) {
            String path = p.path(section);
            problems.add(path, p.message(path));
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
