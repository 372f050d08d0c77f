package org.richlazy.report;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The report stage: results folder to {@code report.html}, with the sections and the verdict rules the
 * {@link ReportModule} binds.
 */
public final class Report {
    /** The report's file name inside the results folder. */
    public static final String FILE_NAME = "report.html";

    private final HtmlReport html;
    private final MarkdownSummary markdown;
    private final VerdictRules rules;

    @Inject
    Report(HtmlReport html, MarkdownSummary markdown, VerdictRules rules) {
        this.html = html;
        this.markdown = markdown;
        this.rules = rules;
    }

    /**
     * Renders {@code resultsDir/report.html} from what is on disk and returns its path. The file is
     * written under a temporary name and renamed, and the same folder always gives the same bytes.
     */
    public Path render(Path resultsDir) {
        return write(resultsDir, ResultsLoader.load(resultsDir));
    }

    /**
     * One plain sentence per task and baseline: richer or lazier than the studied init, by how much, how sure; first,
     * when the folder lacks planned runs, a line saying how many and which ({@link Verdicts#lines}).
     */
    public List<String> verdicts(Path resultsDir) {
        return Verdicts.lines(ResultsLoader.load(resultsDir), rules);
    }

    /**
     * The folder's findings as GitHub Markdown (see {@link MarkdownSummary}); {@code command} is the
     * command line that regenerates it, quoted in its header. The same folder and command always give
     * the same text.
     */
    public String markdown(Path resultsDir, String command) {
        return markdown.render(ResultsLoader.load(resultsDir), command);
    }

    /** Writes the page of {@code data} to {@code resultsDir/report.html} atomically. */
    Path write(Path resultsDir, ReportData data) {
        Path target = resultsDir.resolve(FILE_NAME);
        Path temporary = resultsDir.resolve(FILE_NAME + ".tmp");
        try {
            Files.writeString(temporary, html.render(data), StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ReportException("cannot write " + target + ": " + e.getMessage(), e);
        }
        return target;
    }
}
