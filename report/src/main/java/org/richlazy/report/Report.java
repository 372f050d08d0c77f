package org.richlazy.report;

import java.nio.file.Path;
import java.util.List;

/** The report stage: results folder to {@code report.html}. */
public final class Report {
    private Report() {
    }

    /** Renders {@code resultsDir/report.html} from what is on disk and returns its path. */
    public static Path render(Path resultsDir) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** One plain sentence per task and baseline: richer or lazier than the studied init, by how much, how sure. */
    public static List<String> verdicts(Path resultsDir) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
