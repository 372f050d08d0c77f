package org.richlazy.report;

import java.util.List;
import java.util.Optional;
import org.richlazy.train.RunResult;

/**
 * The trained networks on their task's held-out set ({@link RunResult.HeldOut}: sMNIST's held-out digits), per task
 * and init as mean ± sd over the completed runs scored on one, with the set each was drawn from. Absent when no run
 * was (the generated tasks draw fresh trials, so their training curve already is a held-out score).
 */
final class HeldOutTable implements Section {
    private static final List<PerInitTable.Column<RunResult.HeldOut>> COLUMNS = List.of(
            new PerInitTable.Column<>("held-out loss", RunResult.HeldOut::loss),
            new PerInitTable.Column<>("held-out accuracy", RunResult.HeldOut::accuracy));

    /** The table, or empty when no run was scored on a held-out set. */
    static Optional<Table> table(ReportData data) {
        return PerInitTable.of(data, RunResult::heldOut, COLUMNS);
    }

    /** The held-out sets, in words, each once. */
    static String sets(ReportData data) {
        return "Scored once at the end of each run, never trained on: " + String.join("; ", data.runs().stream()
                .filter(r -> r.heldOut() != null && r.heldOut().set() != null).map(r -> r.heldOut().set()).distinct()
                .toList()) + ". Every run's score is in results.csv (held_out_trials, held_out_loss, held_out_accuracy).";
    }

    /** The table as part of the learning section; the Markdown summary gives it a section of its own. */
    static Optional<String> html(ReportData data) {
        return table(data).map(t -> "<h3>Held-out score</h3>" + t.html() + "<p class=\"note\">" + Html.esc(sets(data))
                + "</p>");
    }

    @Override
    public Optional<String> markdown(SectionContext context) {
        ReportData data = context.data();
        return table(data).map(t -> "## Held-out score\n\n" + t.markdown() + "\n" + Markdown.esc(sets(data)) + "\n\n");
    }
}
