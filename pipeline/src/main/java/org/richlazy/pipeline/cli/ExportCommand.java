package org.richlazy.pipeline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.richlazy.pipeline.SonataExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code richlazy export sonata RESULTS [--run NAME] [--out DIR]}: every init and every run's trained recurrent
 * weights of a results folder as SONATA networks ({@link SonataExport}; docs/formats.md#writing-sonata-richlazy-export-sonata).
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write the inits and trained recurrent weights of a results folder in a simulator's format: "
                + "'export sonata RESULTS' writes one SONATA network per init and per run (nodes.h5, "
                + "node_types.csv, edges.h5 with its index, edge_types.csv, and the types' dynamics_params files).")
final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FORMAT", description = "The format written: sonata.")
    String format;

    @Parameters(index = "1", paramLabel = "RESULTS-DIR", description = "A results folder written by run or demo.")
    Path resultsDir;

    @Option(names = "--run", paramLabel = "NAME", description = "Only this run folder (e.g. celltype__2af__s1), "
            + "not the inits and the other runs.")
    String run;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the networks go (default RESULTS-DIR/sonata): "
            + "DIR/inits/<init>/ and DIR/runs/<run>/.")
    Path out;

    @Mixin(name = "debug")
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("sonata")) {
            throw new ParameterException(spec.commandLine(), "unknown export format '" + format + "'; expected sonata");
        }
        if (!Files.isRegularFile(resultsDir.resolve("experiment.yaml"))) {
            throw new IllegalArgumentException(resultsDir + ": not a results folder (no experiment.yaml)");
        }
        Path target = out != null ? out : resultsDir.resolve("sonata");
        List<Path> written = SonataExport.exportResults(resultsDir, run, target);
        if (written.isEmpty()) {
            throw new IllegalArgumentException(resultsDir + ": no init and no run to export");
        }
        PrintWriter printer = spec.commandLine().getOut();
        written.forEach(p -> printer.println("sonata: " + p));
        printer.println(written.size() + " SONATA network(s) in " + target + "; read one back with: richlazy inspect "
                + written.get(0) + " --option sign-rule=as-given");
        return 0;
    }
}
