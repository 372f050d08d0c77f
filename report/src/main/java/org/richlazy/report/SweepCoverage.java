package org.richlazy.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.richlazy.train.RunStore;

/**
 * How much of its planned sweep a results folder holds. The plan is every init of {@code inits/summary.csv} on every
 * task of experiment.yaml's {@code training.tasks} with every seed of {@code training.seeds}; a folder left by a
 * killed or still running sweep holds fewer runs, and its verdicts are partial: they may change when the missing runs
 * are trained. A config that lists no tasks or seeds (not one a run wrote) plans nothing, so nothing is missing.
 *
 * @param planned how many runs the experiment plans
 * @param missing the run folder names ({@code <init>__<task>__s<seed>}) of the planned runs the folder lacks, in
 *                init, task, seed order
 */
public record SweepCoverage(int planned, List<String> missing) {
    /** A sweep that lacks no run. */
    static final SweepCoverage COMPLETE = new SweepCoverage(0, List.of());

    public SweepCoverage {
        missing = List.copyOf(missing);
    }

    /** The coverage of the runs {@code data} holds. */
    static SweepCoverage of(ReportData data) {
        JsonNode training = data.config().path("training");
        JsonNode tasks = training.path("tasks");
        JsonNode seeds = training.path("seeds");
        if (!tasks.isArray() || !seeds.isArray()) {
            return COMPLETE;
        }
        Set<String> present = data.runs().stream().map(r -> RunStore.folderName(r.init(), r.task(), r.seed()))
                .collect(Collectors.toSet());
        int planned = 0;
        List<String> missing = new ArrayList<>();
        for (ReportData.Init init : data.inits()) {
            for (JsonNode task : tasks) {
                for (JsonNode seed : seeds) {
                    String run = RunStore.folderName(init.name(), task.asText(), seed.asLong());
                    planned++;
                    if (!present.contains(run)) {
                        missing.add(run);
                    }
                }
            }
        }
        return new SweepCoverage(planned, missing);
    }

    /** Whether a planned run is missing. */
    public boolean partial() {
        return !missing.isEmpty();
    }

    /** What a verdict reached without the missing runs is marked with: " (partial: 4 of 9 runs)", else empty. */
    String mark() {
        return partial() ? " (partial: " + (planned - missing.size()) + " of " + planned + " runs)" : "";
    }

    /**
     * The notice that the sweep is partial, naming at most {@code limit} missing runs and counting the others; empty
     * when nothing is missing.
     */
    public String notice(int limit) {
        if (!partial()) {
            return "";
        }
        List<String> named = missing.subList(0, Math.min(limit, missing.size()));
        int more = missing.size() - named.size();
        return "Partial sweep: " + (planned - missing.size()) + " of " + planned + " planned runs are present, "
                + missing.size() + " missing (" + String.join(", ", named) + (more > 0 ? " and " + more + " more" : "")
                + "). Every verdict is partial and may change when they are trained: richlazy run on this folder's"
                + " experiment.yaml trains only the missing runs.";
    }
}
