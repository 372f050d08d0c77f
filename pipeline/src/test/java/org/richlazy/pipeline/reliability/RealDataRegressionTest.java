package org.richlazy.pipeline.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.richlazy.pipeline.cli.Main;

/**
 * Real files no example was tuned to (docs/reproduction.md, "Real files no example was tuned to"): for each,
 * {@code inspect} succeeds and a short {@code run} (100 neurons, a gaussian baseline, 2AF, 3 seeds, 300
 * iterations) ends with exit code 0 and verdicts that hold to the rules: a richer or lazier verdict only where
 * every run that did not learn (mean accuracy of its last 5 curve windows at most 0.1 above chance, recomputed
 * here from {@code curve.csv}) is named as left out, and the regime warning at the top of the report exactly
 * where the source is expected to start outside the baselines' regime.
 */
@Tag("slow")
class RealDataRegressionTest {
    @TempDir
    Path dir;

    /** A source: its name, path, reader options (YAML flow map, or empty), N, and whether the regime warning is due. */
    record Source(String name, String path, String options, int neurons, Boolean regime) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> sources() {
        return Stream.of(
                new Source("flyvis 65-type table", "../examples/data/flyvis-fib25-celltypes", "", 100, false),
                new Source("larva edge list, unsigned", "@drosophila/bgm_maggot/maggot_subset_edgelist.csv", "", 100,
                        true),
                new Source("C. elegans c302 edge list, unsigned", "@celegans/c302/herm_full_edgelist.csv", "", 100,
                        true),
                new Source("C. elegans Cook 2019 chemical, unsigned", "@celegans/bgm_cook2019/herm_chem_adj.csv",
                        "{format: dense-text, orientation: rows-pre}", 100, true),
                new Source("C. elegans Cook 2019 gap junctions", "@celegans/bgm_cook2019/herm_elec_adj.csv",
                        "{format: dense-text, orientation: rows-pre}", 100, true),
                new Source("C. elegans pharynx", "@celegans/connectometoolbox_pharynx/cne24932-sup-0004-supinfo4.csv",
                        "", 50, null),
                new Source("C. elegans Witvliet HDFStore", "@hdf5/conntility/C_elegans_witvliet.h5",
                        "{edge-type: chemical}", 100, null),
                new Source("SONATA 300 point neurons, signed", "@sonata/300_pointneurons", "", 100, false),
                new Source("SONATA 120 point cells", "@sonata/point_120cells", "", 100, null),
                new Source("SONATA 300 intfire", "@sonata/300_intfire", "", 100, null),
                new Source("SONATA layer 4 sample", "@sonata/layer4_sample", "", 100, null))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void inspectSucceedsAndAShortRunGivesOnlyVerdictsTheChecksAccept(Source source) throws IOException {
        Path path = resolve(source.path());
        List<String> inspect = new ArrayList<>(List.of("inspect", path.toString()));
        if (!source.options().isEmpty()) {
            for (String option : source.options().replaceAll("[{}]", "").split(",\\s*")) {
                inspect.add("--option");
                inspect.add(option.replace(": ", "="));
            }
        }
        String inspected = execute(inspect.toArray(String[]::new));
        if (source.regime() != null) {
            assertThat(inspected.contains("regime: The studied matrix starts far outside")).as(inspected)
                    .isEqualTo(source.regime());
        }

        Path out = dir.resolve("out");
        Path config = Files.writeString(dir.resolve("run.yaml"), """
                name: "%s"
                out: %s
                workers: 2
                source:
                  path: %s
                %s
                transform: {neurons: %d, baselines: [gaussian], seed: 1}
                training: {tasks: [2af], seeds: [1, 2, 3], iterations: 300}
                """.formatted(source.name(), out, path, source.options().isEmpty() ? ""
                : "  options: " + source.options(), source.neurons()));
        String printed = execute("run", config.toString());

        String report = Files.readString(out.resolve("report.html"));
        if (source.regime() != null) {
            assertThat(report.contains("id=\"regime\"")).isEqualTo(source.regime());
        }
        List<String> verdicts = printed.lines().filter(l -> l.contains(" vs gaussian on 2af: ")).toList();
        assertThat(verdicts).hasSize(1);
        String verdict = verdicts.get(0);
        for (String run : notLearned(out)) {
            if (verdict.matches(".* on 2af: (richer|lazier) \u2014 .*")) {
                assertThat(verdict).as("a decided verdict names every run that did not learn").contains(run + " (");
            }
        }
    }

    /** {@code <init> s<seed>} of every run whose last 5 curve windows average at most chance (1/2) + 0.1. */
    private static List<String> notLearned(Path out) throws IOException {
        List<String> runs = new ArrayList<>();
        Pattern folder = Pattern.compile("(.+)__2af__s(\\d+)");
        try (Stream<Path> list = Files.list(out.resolve("runs"))) {
            for (Path run : list.toList()) {
                Matcher m = folder.matcher(run.getFileName().toString());
                assertThat(m.matches()).isTrue();
                List<String> rows = Files.readAllLines(run.resolve("curve.csv"));
                List<String> last = rows.subList(Math.max(1, rows.size() - 5), rows.size());
                double mean = last.stream().mapToDouble(r -> Double.parseDouble(r.split(",")[2])).average()
                        .orElse(0);
                if (mean <= 0.6) {
                    runs.add(m.group(1) + " s" + m.group(2));
                }
            }
        }
        return runs;
    }

    /** A path of the shipped examples, or (starting with @) of ../shared/data; skips when that is absent. */
    private static Path resolve(String path) {
        if (!path.startsWith("@")) {
            return Path.of(path).toAbsolutePath().normalize();
        }
        String shared = System.getProperty("richlazy.shared.data");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared)),
                "shared lab data folder (../shared/data) is absent: real-data test skipped");
        return Path.of(shared, path.substring(1)).toAbsolutePath().normalize();
    }

    private static String execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as("exit code of %s; stderr:%n%s", String.join(" ", args), err).isZero();
        return out.toString();
    }
}
