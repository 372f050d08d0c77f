package org.richlazy.pipeline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.train.WeightLayout;
import org.richlazy.train.task.TaskCatalog;
import org.richlazy.ingest.Ingest;
import org.richlazy.ingest.Ingested;
import org.richlazy.transform.BaselineKind;
import org.richlazy.transform.InitSet;
import org.richlazy.transform.RankMatch;
import org.richlazy.transform.ScalingRule;
import org.richlazy.transform.Shuffle;
import org.richlazy.transform.Signs;
import org.richlazy.transform.Strength;
import org.richlazy.transform.Transform;
import org.richlazy.transform.TransformSpec;
import org.richlazy.pipeline.TestRoot;

/** Every problem of a config is reported at once, each with its line and key path. */
class ConfigValidationTest {
    private final ConfigLoader loader = TestRoot.get(ConfigLoader.class);

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("exp.yaml"), yaml);
    }

    private List<String> problems(Path file, Map<String, String> overrides) {
        return catchThrowableOfType(ConfigException.class, () -> loader.readForRun(file, overrides)).problems();
    }

    @Test
    void unknownKeysWrongTypesAndImpossibleValuesAreAllReportedWithTheirLines() throws IOException {
        Path file = write("""
                name: x
                workerz: 2
                transform:
                  neurons: 40
                  scaling: frobenus
                  baselines: [gaussian, rank-mached]
                  ranks: [1, 50]
                  gain: -1
                training:
                  tasks: [2af, 3af]
                  seeds: 3
                  iterations: -5
                  learning-rate: -0.1
                  optimizer: adamw
                  batch-size: many
                """);
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.readForRun(file, Map.of()));
        assertThat(e.problems()).containsExactlyInAnyOrder(
                file + ":2: unknown key 'workerz'; known keys here: name, out, source, training, transform, workers",
                file + ":5: unknown transform.scaling 'frobenus'; known: frobenius, spectral-radius, max-singular-value",
                file + ":6: unknown baseline 'rank-mached' at 'transform.baselines[1]'; known: gaussian, truncated-rank, "
                        + "rank-matched, spectrum-matched, density-matched, shuffled, same-mask, same-mask-permuted, "
                        + "sign-preserving, degree-preserving, celltype-block",
                file + ":8: 'transform.gain' = -1.0; expected a positive, finite number",
                file + ":10: 'training.tasks[1]': unknown task '3af'; known: 2af, dms, cxt, smnist"
                        + " (optionally with +dale, +mask: trained under those constraints)",
                file + ":11: bad value for 'training.seeds': '3'; expected a list, e.g. [a, b]",
                file + ":12: 'training.iterations' = -5; expected at least 1",
                file + ":13: 'training.learning-rate' = -0.1; expected a positive, finite number",
                file + ":14: unknown training.optimizer 'adamw'; known: sgd, adam",
                file + ":15: bad value for 'training.batch-size': 'many'; expected a whole number");
        assertThat(e.getMessage()).startsWith(file + ": 10 problems in the config:\n  ");
        assertThat(e.getMessage().lines()).hasSize(11);
    }

    /** The one problem of a config, after its file name. */
    private String onlyProblem(String yaml) throws IOException {
        Path file = write(yaml);
        List<String> all = problems(file, Map.of());
        assertThat(all).hasSize(1);
        return all.get(0).substring(file.toString().length());
    }

    @Test
    void rankAboveNIsReportedWhenTruncatedRanksAreUsed() throws IOException {
        assertThat(onlyProblem("transform:\n  neurons: 40\n  baselines: [truncated-rank]\n  ranks: [1, 30, 100]\n"))
                .isEqualTo(":4: 'transform.ranks[2]' = 100 is above N; expected a rank of at most N = 40");
        Path unused = write("transform:\n  neurons: 40\n  baselines: [gaussian]\n  ranks: [1, 30, 100]\n");
        assertThat(loader.readForRun(unused, Map.of()).transform().neurons()).isEqualTo(40);
        assertThat(onlyProblem("transform:\n  baselines: [truncated-rank]\n  ranks: []\n"))
                .isEqualTo(":3: 'transform.ranks' is an empty list; expected at least one rank for baseline truncated-rank");
        Path sweep = write("source:\n  preset: random-gaussian\ntransform:\n  ranks: []\n");
        assertThat(loader.readForRun(sweep, Map.of()).transform().ranks()).isEmpty();
    }

    @Test
    void truncateIsAWholeRankFromOneToN() throws IOException {
        assertThat(onlyProblem("transform:\n  neurons: 40\n  truncate: 41\n"))
                .isEqualTo(":3: 'transform.truncate' = 41 is above N; expected a rank of at most N = 40");
        assertThat(onlyProblem("transform:\n  truncate: 0\n")).isEqualTo(":2: 'transform.truncate' = 0; expected at least 1");
        assertThat(onlyProblem("transform:\n  truncate: 2.5\n"))
                .isEqualTo(":2: bad value for 'transform.truncate': '2.5'; expected a whole number");
        assertThat(onlyProblem("transform:\n  truncate: 301\n"))
                .isEqualTo(":2: 'transform.truncate' = 301 is above N; expected a rank of at most N = 300");
        assertThat(onlyProblem("source:\n  preset: random-gaussian\ntransform:\n  neurons: 40\n  truncate: 2\n"))
                .isEqualTo(":5: transform.truncate is for a measured or cell-type source; the random rank sweep "
                        + "(source.preset random-gaussian) truncates to transform.ranks");
        Path matrix = Files.writeString(dir.resolve("w.csv"), "0,1,0\n0,0,2\n3,0,4\n");
        assertThat(onlyProblem("source:\n  path: " + matrix + "\ntransform:\n  truncate: 4\n")).isEqualTo(
                ":4: 'transform.truncate' = 4 is above N; expected a rank of at most N = 3 (every neuron of " + matrix + ")");
        Path file = write("source:\n  path: " + matrix + "\n");
        assertThat(loader.readForRun(file, Map.of("transform.truncate", "2")).transform().truncate()).isEqualTo(2);
    }

    /** A leak a above 1 (Euler with dt above tau) is refused at load, not when the first run starts. */
    @Test
    void dtAndTauMustGiveALeakOfAtMostOne() throws IOException {
        assertThat(onlyProblem("training:\n  dt: 200\n  tau: 100\n")).isEqualTo(":1: 'training.leak' = euler gives "
                + "a = 2.0 from dt = 200.0, tau = 100.0; expected a leak a in (0, 1], e.g. dt at most tau, or leak "
                + "exponential (docs/science.md#model-transform---train)");
        Path exponential = write("training:\n  dt: 200\n  tau: 100\n  leak: exponential\n");
        assertThat(loader.readForRun(exponential, Map.of()).training().dynamics().alpha())
                .isEqualTo(1 - Math.exp(-2));
    }

    @Test
    void seedsMustBeDistinctWholeNumbers() throws IOException {
        Path file = write("training:\n  seeds: [1, 2.5, 1, x]\n");
        assertThat(problems(file, Map.of())).containsExactlyInAnyOrder(
                file + ":2: bad value for 'training.seeds[1]': '2.5'; expected a whole number",
                file + ":2: bad value for 'training.seeds[3]': 'x'; expected a whole number",
                file + ":2: 'training.seeds[2]' repeats seed 1; expected distinct seeds (one run each)");
    }

    @Test
    void overridesAreCheckedAndNamedAsSuch() throws IOException {
        Path file = write("training:\n  iterations: 50\n");
        assertThat(problems(file, Map.of("training.iterations", "0", "transform.signs", "daly"))).containsExactlyInAnyOrder(
                file + " (--set training.iterations): 'training.iterations' = 0; expected at least 1",
                file + " (--set transform.signs): unknown transform.signs 'daly'; known: as-ingested, dale");
    }

    @Test
    void neuronsAboveTheFileAndAMissingFileAreReportedWithTheRest() throws IOException {
        String shared = System.getProperty("richlazy.shared.data");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared)), "shared lab data absent: test skipped");
        Path edges = Path.of(shared, "celegans/c302/herm_full_edgelist.csv").toAbsolutePath();
        Path file = write("source:\n  path: " + edges + "\n  options: {edge-type: chemical}\ntransform:\n  neurons: 1000\n"
                + "training:\n  momentum: 1.5\n");
        List<String> problems = problems(file, Map.of());
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith(file + ":7: 'training.momentum' = 1.5; expected a number in [0, 1)");
        assertThat(problems.get(1)).startsWith(file + ":5: 'transform.neurons' = 1000 is above the ")
                .contains(" neurons of " + edges);

        Path missing = write("source:\n  path: " + dir.resolve("nope.csv") + "\n");
        assertThat(problems(missing, Map.of())).containsExactly(missing + ":2: 'source.path' names "
                + dir.resolve("nope.csv") + ", which does not exist; expected an existing connectivity file or folder");
    }

    @Test
    void maxNeuronsIsAReaderOptionForConfigsAndInspect() throws IOException {
        assertThat(loader.ingestOptions(Map.of("max-neurons", "100000")).limits("--option").maxNeurons()).isEqualTo(100_000);
        Path file = write("source:\n  path: x.csv\n  options: {max-neurons: many}\n");
        assertThatThrownBy(() -> loader.read(file)).isInstanceOf(ConfigException.class)
                .hasMessage(file + ":3: bad value for 'source.options.max-neurons': 'many'; expected a whole number");
    }

    @Test
    void aReaderOptionIsCheckedAgainstTheOptionFamiliesWithItsLine() throws IOException {
        Path word = write("source:\n  path: x.h5\n  options:\n    format: sonata\n    sign-rule: sometimes\n");
        assertThatThrownBy(() -> loader.read(word)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(word + ":5: bad value for 'source.options.sign-rule': 'sometimes'; expected one "
                        + "of [auto, as-given, source-ei]");
        // on a file that exists, the bad value is reported once (the schema's line), not again by reading the file
        Path real = write("source:\n  path: " + Path.of("../examples/data/sonata-300-pointneurons").toAbsolutePath()
                .normalize() + "\n  options:\n    sign-rule: sometimes\n");
        assertThat(problems(real, Map.of())).containsExactly(real + ":4: bad value for 'source.options.sign-rule': "
                + "'sometimes'; expected one of [auto, as-given, source-ei]");
        Path camel = write("source:\n  path: x.h5\n  options:\n    signRule: auto\n");
        assertThatThrownBy(() -> loader.read(camel)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(camel + ":4: unknown key 'source.options.signRule' (keys are written in "
                        + "kebab-case: sign-rule); known keys here: array, class-column, classes-file,");
        Path property = write("source:\n  path: x\n  options: {format: allen-v1-celltype, property: nsyns}\n");
        assertThatThrownBy(() -> loader.read(property)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("'source.options.property': 'nsyns'; expected one of [90th, resting]");
        assertThatThrownBy(() -> loader.ingestOptions(Map.of("edgeType", "chemical")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--option: unknown key 'edgeType' (keys are "
                        + "written in kebab-case: edge-type)");
    }

    @Test
    void everyBaselineKindBuilds() {
        TransformSpec every = TransformSpec.builder().neurons(20).signs(Signs.DALE).strength(Strength.MEAN)
                .scaling(ScalingRule.MAX_SINGULAR_VALUE).baselines(List.of(BaselineKind.values())).ranks(List.of(1, 5))
                .rankMatch(RankMatch.ER_EIG).shuffle(Shuffle.WITHIN_SIGN).build();
        InitSet set = TestRoot.get(Transform.class).build(new Ingested.Table(Ingest.mouseV1Layer23()), every);
        assertThat(set.all()).hasSizeGreaterThan(ConfigRules.BASELINES.size())
                .as("the studied matrix, one init per kind and truncated-rank's second rank")
                .hasSize(1 + BaselineKind.values().length + 1);
        assertThat(set.baselines()).extracting(iw -> iw.recipe().get("kind")).containsAll(
                java.util.Arrays.stream(BaselineKind.values()).map(BaselineKind::word).toList());
        assertThat(TestRoot.get(TaskCatalog.class).names()).contains("2af", "dms", "cxt", "smnist");
    }

    /** Every key bound to a word type refuses a word outside it at load, with the line, the key and the words. */
    @ParameterizedTest
    @ValueSource(strings = {"transform.selection", "transform.signs", "transform.strength", "transform.scaling",
        "transform.rank-match", "transform.shuffle", "training.optimizer", "training.leak", "training.precision",
        "training.weights", "training.sequence-heads"})
    void anUnknownWordIsRefusedAtLoad(String key) throws IOException {
        String[] parts = key.split("\\.");
        Path file = write("name: x\n" + parts[0] + ":\n  " + parts[1] + ": float16\n");
        assertThat(problems(file, Map.of())).singleElement().asString()
                .startsWith(file + ":3: unknown " + key + " 'float16'; known: ");
    }

    /**
     * Sparse weights (docs/science.md#connectome-scale) refuse, at load and with the line, every dense-by-nature
     * baseline (named as written, with the memory it would need at the N given and the baselines that work), the
     * defaults when no baseline is given, truncation, and float64; baselines that keep sparsity load.
     */
    @Test
    void sparseWeightsRefuseDenseInitsAtLoad() throws IOException {
        Path file = write("transform:\n  neurons: 2000\n  baselines: [same-mask, gaussian]\n  truncate: 5\n"
                + "training:\n  weights: sparse\n  precision: float64\n");
        assertThat(problems(file, Map.of())).containsExactlyInAnyOrder(
                file + ":3: 'transform.baselines[1]': gaussian is dense by nature (every one of the N x N entries a "
                        + "weight: 4 N^2 bytes a float32 copy, 16 MB at N = 2000) and cannot be held on synapses; "
                        + "with training.weights sparse use the baselines that keep the studied matrix's sparsity: "
                        + "density-matched, shuffled, same-mask, same-mask-permuted, sign-preserving, "
                        + "degree-preserving, celltype-block",
                file + ":4: 'transform.truncate' makes the studied matrix low-rank and so dense; expected no truncate "
                        + "with training.weights sparse",
                file + ":6: 'training.weights' = sparse with precision float64; expected precision float32: sparse "
                        + "weights train in float32 only (float64 is the dense reference path)");
        Path defaults = write("training:\n  weights: sparse\n");
        assertThat(problems(defaults, Map.of())).hasSize(2).allSatisfy(p -> assertThat(p).startsWith(defaults
                + ":2: 'training.weights': the default baseline "));
        Path fine = write("transform:\n  baselines: [density-matched, degree-preserving]\ntraining:\n"
                + "  weights: sparse\n");
        assertThat(loader.read(fine).training().arithmetic().weights()).isEqualTo(WeightLayout.SPARSE);
    }

    @Test
    void anUnknownBaselineIsRefusedAtLoad() throws IOException {
        Path file = write("transform:\n  baselines: [gaussian, float16]\n");
        assertThat(problems(file, Map.of())).singleElement().asString().startsWith(file
                + ":2: unknown baseline 'float16' at 'transform.baselines[1]'; known: gaussian, truncated-rank,");
    }

    @Test
    void aValidConfigBindsAsBefore() throws IOException {
        Path file = write("training:\n  tasks: [2af, dms]\n  seeds: [1, 2]\n  learning-rate: 0.01\n");
        ExperimentConfig config = loader.readForRun(file, Map.of());
        assertThat(config.training().tasks()).containsExactly("2af", "dms");
        assertThat(config.training().optimisation().learningRate()).isEqualTo(0.01);
        assertThatThrownBy(() -> loader.read(write("transform:\n  quotas: 3\n")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("transform.quotas");
    }

    @Test
    void aKeyGivenTwiceIsAnErrorNamingLineAndKey() throws IOException {
        Path file = write("training:\n  iterations: 5\n  iterations: 7\n");
        assertThatThrownBy(() -> loader.readForRun(file, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessage(file + ":3:3: key 'iterations' given twice in one section; expected each key once");
    }

    @Test
    void aNullValueIsAnErrorNotTheDefault() throws IOException {
        Path file = write("training:\n  iterations: 5\n  tau: ~\n");
        assertThat(problems(file, Map.of())).containsExactly(file + ":3: 'training.tau' is null (~, null or nothing"
                + " after the colon); expected a value, or the key left out for its default");
        Path fine = write("training:\n  iterations: 5\n");
        assertThat(problems(fine, Map.of("training.iterations", "~"))).containsExactly(fine + " (--set"
                + " training.iterations): 'training.iterations' is null (~, null or nothing after the colon); expected a"
                + " value, or the key left out for its default");
    }

    @Test
    void anEmptyTextValueIsAnErrorAndMalformedYamlIsOneLine() throws IOException {
        Path file = write("name:\ntraining:\n  iterations: 5\n");
        assertThat(problems(file, Map.of())).containsExactly(file + ":1: 'name' is empty; expected a value, or the key"
                + " left out for its default");
        Path broken = write("training:\n  iterations: [5\n  tau: 2\n");
        assertThatThrownBy(() -> loader.readForRun(broken, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(broken + ":").hasMessageContaining(": malformed YAML: ")
                .hasMessageEndingWith("; expected YAML 'key: value' lines (docs/config.md)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aConfigWithNoSettingsIsAnErrorEvenWithOverrides() throws IOException {
        for (String text : List.of("", "# only a comment\n", "{}\n", "---\n", "---\n# nothing\n...\n")) {
            Path file = write(text);
            assertThatThrownBy(() -> loader.readForRun(file, Map.of("training.iterations", "3")))
                    .isInstanceOf(ConfigException.class).hasMessageStartingWith(file + ": the config file holds no settings");
        }
    }

    @Test
    void numbersAboveTheirUpperBoundAreErrors() throws IOException {
        Path file = write("training:\n  learning-rate: 9.2e18\n  iterations: 2000000000\ntransform:\n  gain: 1e6\n");
        assertThat(problems(file, Map.of())).containsExactlyInAnyOrder(
                file + ":2: 'training.learning-rate' = 9.2E18; expected at most 10 (docs/config.md#upper-bounds)",
                file + ":3: 'training.iterations' = 2000000000; expected at most 1000000000 (docs/config.md#upper-bounds)",
                file + ":5: 'transform.gain' = 1000000.0; expected at most 100 (docs/config.md#upper-bounds)");
    }

    @Test
    void aSequenceWithAnUnknownTaskOrAnAngleOutOfRangeIsRefusedAtLoad() throws IOException {
        Path file = write("training:\n  sequence: [2af, dsm, 2af@200]\n  sequence-iterations: [10, 20]\n"
                + "  sequence-heads: both\n");
        List<String> found = problems(file, Map.of());
        assertThat(found).anySatisfy(p -> assertThat(p).contains("'training.sequence[1]'").contains("unknown task 'dsm'"));
        assertThat(found).anySatisfy(p -> assertThat(p).contains("'training.sequence[2]'")
                .contains("expected an angle from 0 to 180 degrees"));
        assertThat(found).anySatisfy(p -> assertThat(p).contains("'training.sequence-iterations'")
                .contains("one number of iterations per entry"));
        assertThat(found).anySatisfy(p -> assertThat(p).contains("training.sequence-heads").contains("per-task"));
    }
}
