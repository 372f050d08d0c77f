package org.richlazy.pipeline.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.richlazy.train.Precision;
import org.richlazy.train.StopAt;
import org.richlazy.train.TrainingSpec;
import org.richlazy.train.WeightLayout;
import org.richlazy.train.model.Leak;
import org.richlazy.train.model.OptimizerKind;
import org.richlazy.train.task.TaskCatalog;
import org.richlazy.transform.BaselineKind;
import org.richlazy.transform.ConfigWord;
import org.richlazy.transform.RankMatch;
import org.richlazy.transform.ScalingRule;
import org.richlazy.transform.SelectionRule;
import org.richlazy.transform.Shuffle;
import org.richlazy.transform.Signs;
import org.richlazy.transform.Strength;
import org.richlazy.transform.TransformSpec;

/**
 * The value checks that need no file (docs/config.md): the words of each enum-typed key, which are its enum's
 * constants ({@link ConfigWord}) and which a record cannot hold when they are wrong; what each section's own record
 * finds wrong in its values ({@link TransformSpec#problems()}, {@link TrainingSpec#problems()}, {@link StopAt}:
 * ranges, the lists of runs; docs/science.md#model-transform---train, docs/science.md#laziness-measures,
 * docs/science.md#initial-weights-and-baselines), located here at their file lines; and the rules that cross
 * sections: a source given once, ranks (and {@code transform.truncate}) within the N the source gives, quotas
 * summing to N. Each problem names its key path; all are recorded, none stops the others.
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
    static final List<String> SEQUENCE_HEADS = ConfigWord.words(org.richlazy.train.sequence.Heads.class);
    static final List<String> WEIGHT_LAYOUTS = ConfigWord.words(WeightLayout.class);
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
        problems.addAll("transform", spec == null ? List.of() : spec.problems());
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

    /**
     * The {@code training} section: its words, then what {@link TrainingSpec} finds wrong. The lists of runs are
     * checked as the tree holds them ({@link TrainingSpec#runProblems}), so that a list with an element that is
     * not a task or seed at all still has its other elements checked at their indices; the rest is checked on the
     * section bound to its record ({@link TrainingSpec#settingProblems()}).
     */
    private void training() {
        word("training.optimizer", OPTIMIZERS);
        word("training.leak", LEAKS);
        word("training.precision", PRECISIONS);
        word("training.weights", WEIGHT_LAYOUTS);
        word("training.sequence-heads", SEQUENCE_HEADS);
        if (WeightLayout.SPARSE.word().equals(tree.text("training.weights"))) {
            sparseInits();
        }
        problems.addAll("training", TrainingSpec.runProblems(tree.texts("training.tasks"),
                tree.wholes("training.seeds"), label -> catalog.problems(label, "")));
        TrainingSpec spec = tree.bound("training", TrainingSpec.class, mapper);
        problems.addAll("training", spec == null ? List.of() : spec.settingProblems());
        if (spec != null) {
            problems.addAll("training", spec.sequencing().problems(task -> catalog.problems(task, "")));
        }
        stopAt();
    }

    /**
     * With {@code training.weights: sparse}, every init must keep the studied matrix's sparsity: no dense-by-nature
     * baseline (the default {@code [gaussian, rank-matched]} included, when {@code transform.baselines} is not given)
     * and no {@code transform.truncate} (a low-rank matrix is dense).
     */
    private void sparseInits() {
        List<String> given = tree.texts("transform.baselines");
        List<BaselineKind> baselines = given == null ? TransformSpec.defaults().baselines()
                : given.stream().filter(BASELINES::contains).map(w -> ConfigWord.of(BaselineKind.class, w)).toList();
        Long n = tree.whole("transform.neurons");
        for (int i = 0; i < baselines.size(); i++) {
            BaselineKind kind = baselines.get(i);
            if (!kind.keepsSparsity()) {
                String at = given == null ? "training.weights" : ConfigPaths.element("transform.baselines",
                        given.indexOf(kind.word()));
                problems.add(at, "'" + at + "': " + (given == null ? "the default baseline " : "") + kind
                        .refusedWhenSparse(n));
            }
        }
        if (tree.has("transform.truncate")) {
            problems.add("transform.truncate", "'transform.truncate' makes the studied matrix low-rank and so dense;"
                    + " expected no truncate with training.weights sparse");
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
        problems.addAll("training.stop-at", StopAt.problems(tree.number("training.stop-at.accuracy"),
                tree.number("training.stop-at.loss"), tree.whole("training.stop-at.window")));
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
