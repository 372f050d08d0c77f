package org.richlazy.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.richlazy.report.Report;

/** Report stage: renders {@code report.html} and the one-line verdicts from the results folder. */
public final class ReportStage {
    private final Report report;
    private final ResultsFolder out;

    ReportStage(Report report, ResultsFolder out) {
        this.report = report;
        this.out = out;
    }

    /** Renders the report and returns its path. */
    public Path render() {
        return report.render(out.path());
    }

    /** The folder's findings as Markdown, quoting {@code command} as the way to regenerate them. */
    public String markdown(String command) {
        return report.markdown(out.path(), command);
    }

    /** One plain sentence per task and baseline. */
    public List<String> verdicts() {
        return report.verdicts(out.path());
    }
}
