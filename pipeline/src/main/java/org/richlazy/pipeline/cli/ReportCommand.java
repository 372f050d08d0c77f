package org.richlazy.pipeline.cli;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.richlazy.pipeline.ExperimentRunner;
import org.richlazy.pipeline.ReportStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code richlazy report <results-dir>}: re-render report.html without training. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Re-render <results-dir>/report.html from the results on disk, without training.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RESULTS-DIR", description = "A results folder written by run or demo.")
    Path resultsDir;

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
        ReportStage report = runner.reportOf(resultsDir);
        PrintWriter out = spec.commandLine().getOut();
        out.println("report: " + report.render());
        report.verdicts().forEach(out::println);
        out.flush();
        return 0;
    }
}
