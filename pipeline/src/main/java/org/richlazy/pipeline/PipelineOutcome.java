package org.richlazy.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * What an end-to-end run produced.
 *
 * @param report   path of {@code report.html}
 * @param verdicts one sentence per task and baseline
 * @param sweep    the runs trained and skipped
 */
public record PipelineOutcome(Path report, List<String> verdicts, SweepOutcome sweep) {
    public PipelineOutcome {
        verdicts = List.copyOf(verdicts);
    }
}
