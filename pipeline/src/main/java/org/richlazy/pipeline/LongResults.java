package org.richlazy.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.richlazy.train.RunResult;
import org.richlazy.train.RunStore;
import org.richlazy.transform.InitSet;
import org.richlazy.transform.InitialWeights;

/**
 * {@code results-long.csv} (docs/results-format.md#results-longcsv): the results in long form, one row per run,
 * checkpoint and measure, each tagged with what a grouping needs: the init's role (studied or baseline), its kind and
 * its rank (the paper's {@code weight_rank}, where the recipe fixes one), the task and seed, and the name the paper's
 * own code gives the measure where it has one. The checkpoint measures of {@code measures.csv} come at their
 * iterations; every other number of {@code results.csv} (final loss and accuracy, costs, flatness, forgetting, ...)
 * at the run's last iteration. {@code pandas.read_csv} gives a tidy frame.
 */
final class LongResults {
    /** The file's name in the results folder. */
    static final String FILE = "results-long.csv";
    /** The names the paper's code uses, by column name here. */
    static final Map<String, String> PAPER_NAMES = Map.of("relative_weight_change", "delta_W", "kernel_alignment",
            "kernel_alignment", "representation_alignment", "rep_sim", "sign_similarity", "sign_sim",
            "final_accuracy", "acc");
    static final List<String> COLUMNS = List.of("init", "role", "kind", "rank", "task", "seed", "status",
            "iteration", "measure", "value", "paper_name");
    /** The results.csv columns that identify a run rather than measure it. */
    private static final int IDENTITY_COLUMNS = 6;

    private LongResults() {
    }

    /** Writes {@code out/results-long.csv} for {@code runs} of the inits of {@code set}. */
    static void write(Path out, List<RunResult> runs, InitSet set) {
        Map<String, List<Object>> tags = new LinkedHashMap<>();
        tags.put(set.studied().name(), tags(set.studied(), "studied"));
        set.baselines().forEach(b -> tags.put(b.name(), tags(b, "baseline")));
        List<String> measures = RunStore.measureColumns();
        List<String> columns = RunStore.resultsColumns();
        List<List<Object>> rows = new ArrayList<>();
        for (RunResult r : runs) {
            List<Object> tag = tags.getOrDefault(r.init(), List.of("", "", ""));
            for (RunResult.Checkpoint c : r.checkpoints()) {
                List<Object> values = RunStore.measureValues(c.measures());
                for (int m = 0; m < measures.size(); m++) {
                    rows.add(row(r, tag, c.iteration(), measures.get(m), values.get(m)));
                }
            }
            List<Object> finals = RunStore.resultsRow(r);
            for (int col = IDENTITY_COLUMNS; col < columns.size(); col++) {
                Object v = finals.get(col);
                if (v instanceof Number && !measures.contains(columns.get(col))) {
                    rows.add(row(r, tag, r.iterations(), columns.get(col), v));
                }
            }
        }
        RunStore.writeAtomically(out, FILE, COLUMNS, rows);
    }

    private static List<Object> tags(InitialWeights init, String role) {
        Map<String, String> recipe = init.recipe();
        return List.of(role, recipe.getOrDefault("kind", ""), recipe.getOrDefault("rank", ""));
    }

    private static List<Object> row(RunResult r, List<Object> tag, int iteration, String measure, Object value) {
        List<Object> row = new ArrayList<>(List.of(r.init()));
        row.addAll(tag);
        row.addAll(List.of(r.task(), r.seed(), r.status().word(), iteration, measure, value,
                PAPER_NAMES.getOrDefault(measure, "")));
        return row;
    }
}
