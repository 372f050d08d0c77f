package org.richlazy.pipeline.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.richlazy.pipeline.AtomicFile;
import org.richlazy.pipeline.ExperimentRunner;
import org.richlazy.pipeline.FolderLock;
import org.richlazy.pipeline.ReportStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code richlazy report <results-dir> [--markdown [FILE]]}: re-render report.html without training,
 * or write the folder's findings as Markdown. Re-rendering takes the folder's {@link FolderLock}, so it is refused
 * while a run writes there; the Markdown only reads (every file of a results folder is replaced atomically), so it
 * shows a running sweep's runs so far, marked partial.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Re-render <results-dir>/report.html from the results on disk, without training, and print "
                + "the verdicts (first, when runs the experiment plans are missing, how many and which: every "
                + "verdict is then partial). Refused while a run writes to the folder. With --markdown, write the "
                + "findings as GitHub Markdown instead (allowed while a run writes: it only reads).")
final class ReportCommand implements Callable<Integer> {
    /** What {@code --markdown} without a file, or with {@code -}, stands for: standard output. */
    static final String STDOUT = "-";

    @Parameters(index = "0", paramLabel = "RESULTS-DIR", description = "A results folder written by run or demo.")
    Path resultsDir;

    @Option(names = "--markdown", arity = "0..1", paramLabel = "FILE", fallbackValue = STDOUT,
            description = "Instead of re-rendering report.html, write the inits, verdicts, rank trend, final values "
                    + "and every run as GitHub Markdown to FILE (replaced atomically), or to standard output when "
                    + "FILE is '-' or left out. The same folder gives the same bytes; the header quotes the command "
                    + "that regenerates the file.")
    String markdown;

    @Mixin(name = "debug")
    DebugOption debug;

    @Spec
    CommandSpec spec;

    private final ExperimentRunner runner;

    @Inject
    ReportCommand(ExperimentRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(resultsDir)) {
            throw new IllegalArgumentException(resultsDir + ": no such results folder");
        }
        if (markdown != null && !markdown.equals(STDOUT)) {
            Path folder = Path.of(markdown).toAbsolutePath().getParent();
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("cannot write " + markdown + ": no folder " + folder);
            }
        }
        ReportStage report = runner.reportOf(resultsDir);
        PrintWriter out = spec.commandLine().getOut();
        if (markdown == null) {
            if (!Files.isRegularFile(resultsDir.resolve("experiment.yaml"))) {
                throw new IllegalArgumentException(resultsDir + ": not a results folder (no experiment.yaml)");
            }
            try (FolderLock lock = FolderLock.take(resultsDir)) {
                out.println("report: " + report.render());
            }
            report.verdicts().forEach(out::println);
        } else if (markdown.equals(STDOUT)) {
            out.print(report.markdown(regenerate()));
        } else {
            write(Path.of(markdown), report.markdown(regenerate()));
            out.println("markdown: " + markdown);
        }
        out.flush();
        return 0;
    }

    private static void write(Path target, String text) {
        try {
            AtomicFile.writeString(target, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /**
     * The command line that writes the same Markdown again: {@code run} on the folder's own resolved
     * config (which trains only the runs missing from the folder, none when it is complete), then this
     * command.
     */
    String regenerate() {
        return "richlazy run " + Shell.quote(resultsDir.resolve("experiment.yaml").toString())
                + " && richlazy report " + Shell.quote(resultsDir.toString()) + " --markdown"
                + (markdown.equals(STDOUT) ? "" : " " + Shell.quote(markdown));
    }
}
