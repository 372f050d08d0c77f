package org.richlazy.pipeline.cli;

import java.io.PrintWriter;
import org.richlazy.pipeline.PipelineOutcome;

/** Prints what a pipeline run produced: the report path and one verdict per line. */
final class OutcomePrinter {
    private OutcomePrinter() {
    }

    static void print(PipelineOutcome outcome, PrintWriter out) {
        out.println("report: " + outcome.report());
        if (outcome.sweep().diverged() > 0) {
            out.println("diverged runs: " + outcome.sweep().diverged() + " (listed in the report)");
        }
        outcome.verdicts().forEach(out::println);
        out.flush();
    }
}
