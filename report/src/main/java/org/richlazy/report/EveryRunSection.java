package org.richlazy.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.richlazy.train.RunResult;

/** Every run (Markdown only), one row each: init, task, seed, status and its final values; none is left out. */
final class EveryRunSection implements Section {
    @Override
    public Optional<String> markdown(SectionContext context) {
        ReportData data = context.data();
        List<String> header = new ArrayList<>(List.of("init", "task", "seed", "status"));
        List<FinalValue> values = FinalValue.summary(data.runs());
        values.forEach(v -> header.add(v.label()));
        Table table = new Table(header);
        for (String task : data.tasks()) {
            for (String init : data.initNames()) {
                for (RunResult r : data.runs(init, task).stream()
                        .sorted(Comparator.comparingLong(RunResult::seed)).toList()) {
                    List<String> row = new ArrayList<>(List.of(r.init(), r.task(), Long.toString(r.seed()),
                            !r.diverged() ? r.status().word() : r.divergedAt() == null ? "diverged"
                                    : "diverged at iteration " + r.divergedAt()));
                    values.forEach(v -> row.add(r.diverged() ? "\u2014" : Double.isFinite(v.of(r)) ? Fmt.number(v.of(r))
                            : v == FinalValue.HELD_OUT_ACCURACY && r.heldOut() == null ? "no held-out set" : "undefined"));
                    table.row(row);
                }
            }
        }
        return Optional.of("## Every run\n\n" + table.markdown()
                + "\nOne row per run, none left out; a diverged run has no final values.\n");
    }
}
