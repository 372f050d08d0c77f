package org.richlazy.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.richlazy.report.stats.Sample;
import org.richlazy.train.RunResult;

/**
 * A table of one part of every completed run's result, one row per task and init: the number of runs that
 * recorded the part and each column's mean ± sd over them (non-finite values left out; "undefined" when none
 * is finite).
 */
final class PerInitTable {
    /** One column: its header and the value it takes from the part. */
    record Column<T>(String name, ToDoubleFunction<T> value) {
    }

    private PerInitTable() {
    }

    /** The table, or empty when no completed run recorded the part ({@code part} gives null). */
    static <T> Optional<Table> of(ReportData data, Function<RunResult, T> part, List<Column<T>> columns) {
        List<String> header = new ArrayList<>(List.of("task", "init", "runs"));
        columns.forEach(c -> header.add(c.name()));
        Table table = new Table(header);
        boolean any = false;
        for (String task : data.tasks()) {
            for (String init : data.initNames()) {
                List<T> parts = data.runs(init, task).stream().filter(r -> !r.diverged()).map(part)
                        .filter(p -> p != null).toList();
                if (parts.isEmpty()) {
                    continue;
                }
                any = true;
                List<String> row = new ArrayList<>(List.of(task, init, Integer.toString(parts.size())));
                for (Column<T> c : columns) {
                    row.add(meanSd(parts.stream().mapToDouble(c.value()).filter(Double::isFinite).toArray()));
                }
                table.row(row);
            }
        }
        return any ? Optional.of(table) : Optional.empty();
    }

    private static String meanSd(double[] v) {
        if (v.length == 0) {
            return "undefined";
        }
        Sample sample = new Sample(v);
        boolean equal = java.util.Arrays.stream(v).allMatch(x -> x == v[0]);
        return Fmt.number(equal ? v[0] : sample.mean())
                + (v.length == 1 ? "" : " \u00b1 " + Fmt.number(equal ? 0 : sample.sd()));
    }
}
