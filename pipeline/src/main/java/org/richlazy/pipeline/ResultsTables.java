package org.richlazy.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.richlazy.ingest.table.ColumnarWriter;
import org.richlazy.ingest.table.TypedTable;
import org.richlazy.train.RunResult;
import org.richlazy.train.RunStore;
import org.richlazy.transform.InitSet;
import org.richlazy.transform.InitialWeights;

/**
 * The results folder's tables of all runs (docs/results-format.md#tables), written after every sweep:
 * <ul>
 *   <li>{@code results.csv}: one row per run ({@link RunStore#writeResultsTable});</li>
 *   <li>{@code results-long.csv}: one row per run, checkpoint and measure, each tagged with what a grouping needs:
 *   the init's role (studied or baseline), its kind and its rank (the paper's {@code weight_rank}, where the recipe
 *   fixes one), the task and seed, and the name the paper's own code gives the measure where it has one. The
 *   checkpoint measures of {@code measures.csv} come at their iterations; every other number of {@code results.csv}
 *   (final loss and accuracy, costs, flatness, forgetting, ...) at the run's last iteration;</li>
 *   <li>where a Parquet writer is installed (the optional {@code ingest-formats} module, on the classpath of every
 *   command but {@code demo}; without it an earlier command's Parquet files are removed, so that none is stale):
 *   {@code results.parquet}, the per-run table typed, with the init's role, kind and
 *   rank after its name and the paper's names ({@code weight_rank}, {@code delta_W}, {@code rep_sim},
 *   {@code sign_sim}, {@code acc}) as extra columns, and {@code results-long.parquet}, the long table typed.</li>
 * </ul>
 * Every file is written under a temporary name and renamed, and none depends on timing or worker count.
 */
final class ResultsTables {
    static final String LONG_CSV = "results-long.csv";
    static final String PARQUET = "results.parquet";
    static final String LONG_PARQUET = "results-long.parquet";
    /** The names the paper's code uses, by column name here. */
    static final Map<String, String> PAPER_NAMES = Map.of("relative_weight_change", "delta_W", "kernel_alignment",
            "kernel_alignment", "representation_alignment", "rep_sim", "sign_similarity", "sign_sim",
            "final_accuracy", "acc");
    /** The paper's names added as columns to the per-run table (kernel_alignment already has its name). */
    private static final List<String> PAPER_COLUMNS = List.of("relative_weight_change", "representation_alignment",
            "sign_similarity", "final_accuracy");
    static final List<String> LONG_COLUMNS = List.of("init", "role", "kind", "rank", "task", "seed", "status",
            "iteration", "measure", "value", "paper_name");
    /** The results.csv columns that identify a run rather than measure it. */
    private static final int IDENTITY_COLUMNS = 6;

    private ResultsTables() {
    }

    /**
     * Writes the tables of {@code runs} to {@code out}, each run tagged by {@code tags} of its init ({@link #tags});
     * the Parquet files only with {@code parquet} present.
     */
    static void write(Path out, List<RunResult> runs, Map<String, List<Object>> tags, Optional<ColumnarWriter> parquet) {
        RunStore.writeResultsTable(out, runs);
        List<List<Object>> longRows = longRows(runs, tags);
        RunStore.writeAtomically(out, LONG_CSV, LONG_COLUMNS, longRows);
        if (parquet.isPresent()) {
            writeTyped(out.resolve(PARQUET), parquet.get(), wide(runs, tags));
            writeTyped(out.resolve(LONG_PARQUET), parquet.get(), TypedTable.of(LONG_COLUMNS, longRows));
        } else {
            removeStale(out.resolve(PARQUET));
            removeStale(out.resolve(LONG_PARQUET));
        }
    }

    /** Removes a Parquet table an earlier command wrote, so that no file disagrees with the CSV tables just written. */
    private static void removeStale(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file + ", which no longer matches results.csv: "
                    + e.getMessage(), e);
        }
    }

    /** The role, kind and rank of each init of {@code set}, by name (an init not listed gets empty tags). */
    static Map<String, List<Object>> tags(InitSet set) {
        Map<String, List<Object>> tags = new LinkedHashMap<>();
        tags.put(set.studied().name(), tags(set.studied(), "studied"));
        set.baselines().forEach(b -> tags.put(b.name(), tags(b, "baseline")));
        return tags;
    }

    private static List<Object> tags(InitialWeights init, String role) {
        Map<String, String> recipe = init.recipe();
        String rank = recipe.getOrDefault("rank", "");
        return List.of(role, recipe.getOrDefault("kind", ""), rank.matches("[0-9]+") ? Long.parseLong(rank) : rank);
    }

    private static List<Object> tag(Map<String, List<Object>> tags, RunResult r) {
        return tags.getOrDefault(r.init(), List.of("", "", ""));
    }

    private static List<List<Object>> longRows(List<RunResult> runs, Map<String, List<Object>> tags) {
        List<String> measures = RunStore.measureColumns();
        List<String> columns = RunStore.resultsColumns();
        List<List<Object>> rows = new ArrayList<>();
        for (RunResult r : runs) {
            for (RunResult.Checkpoint c : r.checkpoints()) {
                List<Object> values = RunStore.measureValues(c.measures());
                for (int m = 0; m < measures.size(); m++) {
                    rows.add(longRow(r, tag(tags, r), c.iteration(), measures.get(m), values.get(m)));
                }
            }
            List<Object> finals = RunStore.resultsRow(r);
            for (int col = IDENTITY_COLUMNS; col < columns.size(); col++) {
                Object v = finals.get(col);
                if (v instanceof Number && !measures.contains(columns.get(col))) {
                    rows.add(longRow(r, tag(tags, r), r.iterations(), columns.get(col), v));
                }
            }
        }
        return rows;
    }

    private static List<Object> longRow(RunResult r, List<Object> tag, int iteration, String measure, Object value) {
        List<Object> row = new ArrayList<>(List.of(r.init()));
        row.addAll(tag);
        row.addAll(List.of(r.task(), r.seed(), r.status().word(), iteration, measure, value,
                PAPER_NAMES.getOrDefault(measure, "")));
        return row;
    }

    /** The per-run table: results.csv's columns with role, kind and rank after init, then the paper's names. */
    private static TypedTable wide(List<RunResult> runs, Map<String, List<Object>> tags) {
        List<String> results = RunStore.resultsColumns();
        List<String> names = new ArrayList<>(List.of("init", "role", "kind", "rank"));
        names.addAll(results.subList(1, results.size()));
        names.add("weight_rank");
        PAPER_COLUMNS.forEach(c -> names.add(PAPER_NAMES.get(c)));
        List<List<Object>> rows = new ArrayList<>();
        for (RunResult r : runs) {
            List<Object> values = RunStore.resultsRow(r);
            List<Object> tag = tag(tags, r);
            List<Object> row = new ArrayList<>(List.of(values.get(0)));
            row.addAll(tag);
            row.addAll(values.subList(1, values.size()));
            row.add(tag.get(2));
            PAPER_COLUMNS.forEach(c -> row.add(values.get(results.indexOf(c))));
            rows.add(row);
        }
        return TypedTable.of(names, rows);
    }

    private static void writeTyped(Path target, ColumnarWriter writer, TypedTable table) {
        try {
            AtomicFile.write(target, tmp -> writer.write(tmp, table));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
