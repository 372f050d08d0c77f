package org.richlazy.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.Neuron;
import org.richlazy.ingest.Provenance;
import org.richlazy.transform.spectrum.ClassMotifs;
import org.richlazy.transform.spectrum.Spectrum;
import org.richlazy.transform.store.InitStore;
import org.richlazy.transform.store.InitSummary;

class InitStoreTest {
    @TempDir
    Path results;

    private final InitSet set = TestTransform.STAGE.build(new Ingested.Matrix(TestConnectomes.signedSparse(30, 4)),
            TransformSpec.builder().signs(Signs.DALE)
                    .baselines(List.of(BaselineKind.GAUSSIAN, BaselineKind.TRUNCATED_RANK)).ranks(List.of(1, 30))
                    .seed(9L).build());

    @Test
    void writesAndReadsBackEveryInitExactly() {
        InitStore.write(results, set);
        InitStore.write(results, set); // overwriting is allowed
        for (InitialWeights iw : set.all()) {
            InitialWeights back = InitStore.read(results, iw.name());
            assertThat(back.name()).isEqualTo(iw.name());
            assertThat(back.seed()).isEqualTo(iw.seed());
            assertThat(back.matrix()).isDeepEqualTo(iw.matrix());
            assertThat(back.spectrum().singularValues()).containsExactly(iw.spectrum().singularValues());
            assertThat(back.spectrum().eigenReal()).containsExactly(iw.spectrum().eigenReal());
            assertThat(back.spectrum().eigenImag()).containsExactly(iw.spectrum().eigenImag());
            assertThat(back.spectrum().erEig()).isEqualTo(iw.spectrum().erEig());
            assertThat(back.spectrum().participationRatio()).isEqualTo(iw.spectrum().participationRatio());
            assertThat(back.spectrum().frobeniusNorm()).isEqualTo(iw.spectrum().frobeniusNorm());
            assertThat(new ArrayList<>(back.recipe().entrySet())).isEqualTo(new ArrayList<>(iw.recipe().entrySet()));
        }
        assertThat(results.resolve("inits")).isDirectoryContaining("glob:**/summary.csv");
        try (var files = Files.list(results.resolve("inits"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("gaussian.h5", "measured.h5", "neurons.csv", "rank-1.h5", "rank-30.h5", "summary.csv");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void summaryHasOneRowPerInitWithTheFigures() throws IOException {
        InitStore.write(results, set);
        List<InitSummary> rows = InitStore.readSummary(results);
        assertThat(rows).hasSize(4);
        for (int k = 0; k < rows.size(); k++) {
            InitSummary row = rows.get(k);
            InitialWeights iw = set.all().get(k);
            assertThat(row.columns()).containsExactlyElementsOf(InitStore.SUMMARY_COLUMNS);
            assertThat(row.name()).isEqualTo(iw.name());
            assertThat(row.n()).isEqualTo(30);
            assertThat(row.figures().erEig()).isEqualTo(iw.spectrum().erEig());
            assertThat(row.figures().stableRank()).isEqualTo(iw.spectrum().stableRank());
            assertThat(row.figures().frobeniusNorm()).isEqualTo(iw.spectrum().frobeniusNorm());
            assertThat(row.seed()).isEqualTo(iw.seed());
            assertThat(row.outliers()).isPresent();
            assertThat(row.cells()).containsEntry("N", 30).containsEntry("seed", iw.seed())
                    .doesNotContainKeys("name", "recipe", "motifs_by_class");
        }
        assertThat(Files.readString(results.resolve("inits/summary.csv")))
                .contains("\"{\"\"kind\"\": \"\"" + set.studied().recipe().get("kind") + "\"\"")
                .contains("\"\"source.format\"\": \"\"dense-csv\"\"");
    }

    @Test
    void theMotifsPerClassPairAreOneJsonCellAndOlderSummariesStillRead() throws IOException {
        InitStore.write(results, set);
        List<String> classes = set.source().neurons().stream().map(n -> n.cellClass()).toList();
        List<InitSummary> rows = InitStore.readSummary(results);
        for (int k = 0; k < rows.size(); k++) {
            ClassMotifs expected = ClassMotifs.of(set.all().get(k).matrix(), classes);
            assertThat(expected.toJson()).startsWith("{\"classes\": [\"E\", \"I\"], \"reciprocal\": [[");
            ClassMotifs read = rows.get(k).motifsByClass().orElseThrow();
            assertThat(read.classes()).isEqualTo(expected.classes());
            for (String motif : ClassMotifs.MOTIFS) {
                assertThat(read.motif(motif)).isDeepEqualTo(expected.motif(motif));
            }
        }
        // a summary written before the per-class motifs (no last column) and one before the structure statistics
        Path file = results.resolve("inits/summary.csv");
        List<String> before = List.of("name,N,erEig,erSV,participation_ratio,entropy_rank,stable_rank,spectral_radius,"
                + "max_singular_value,frobenius_norm,seed,recipe", "measured,30,1,1,1,1,1,1,1,1,9,{}");
        Files.write(file, before);
        InitSummary old = InitStore.readSummary(results).get(0);
        assertThat(old.seed()).isEqualTo(9);
        assertThat(old.structure().density()).isNaN();
        assertThat(old.prediction().bulkRadius()).isNaN();
        assertThat(old.outliers()).isEmpty();
        assertThat(old.notes()).isEmpty();
        assertThat(old.motifsByClass()).isEmpty();
        assertThat(old.cells().keySet()).containsExactly("N", "erEig", "erSV", "participation_ratio", "entropy_rank",
                "stable_rank", "spectral_radius", "max_singular_value", "frobenius_norm", "seed");
        List<String> header = InitStore.SUMMARY_COLUMNS.subList(0, InitStore.SUMMARY_COLUMNS.size() - 1);
        Files.write(file, List.of(String.join(",", header), "measured" + ",1".repeat(header.size() - 1)));
        InitSummary beforeMotifs = InitStore.readSummary(results).get(0);
        assertThat(beforeMotifs.notes()).isEqualTo("1");
        assertThat(beforeMotifs.outliers()).hasValue(1);
        assertThat(beforeMotifs.motifsByClass()).isEmpty();
        // a damaged motifs cell is a typed error naming the file, line and column
        Files.write(file, List.of(String.join(",", InitStore.SUMMARY_COLUMNS), "measured" + ",1".repeat(header.size() - 1)
                + ",\"{\"\"classes\"\": [\"\"E\"\"], \"\"reciprocal\"\": [[1]]}\""));
        assertThatThrownBy(() -> InitStore.readSummary(results)).isInstanceOf(TransformException.class)
                .hasMessageContaining("summary.csv:2, column motifs_by_class").hasMessageContaining("convergent");
    }

    @Test
    void moreClassesThanTheMotifTablesTakeAreNotedNotDropped() {
        int n = ClassMotifs.MAX_CLASSES + 1;
        double[][] w = new double[n][n];
        List<Neuron> neurons = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            w[i][(i + 1) % n] = 1;
            neurons.add(new Neuron("n" + i, "class" + i, CellSign.UNKNOWN, null));
        }
        InitSet many = TestTransform.STAGE.build(new Ingested.Matrix(new Connectome(neurons, w, "test unit",
                Provenance.of(List.of("test/matrix"), "test", "W[post][pre]"))),
                TransformSpec.builder().baselines(List.of()).ranks(List.of()).seed(3L).build());
        InitStore.write(results, many);
        InitSummary row = InitStore.readSummary(results).get(0);
        assertThat(row.motifsByClass()).isEmpty();
        assertThat(row.notes()).isEqualTo("motifs by class not computed (21 classes, more than 20)");
    }

    @Test
    void neuronClassesOfTheStudiedMatrixAreWrittenInMatrixOrder() throws Exception {
        InitStore.write(results, set);
        List<String> lines = java.nio.file.Files.readAllLines(results.resolve("inits/neurons.csv"));
        assertThat(lines.get(0)).isEqualTo(String.join(",", InitStore.NEURON_COLUMNS));
        assertThat(lines).hasSize(set.source().size() + 1);
        List<String> expected = set.source().neurons().stream().map(n -> n.cellClass()).toList();
        assertThat(expected).containsOnly("E", "I");
        assertThat(InitStore.readNeuronClasses(results)).isEqualTo(expected);
        assertThat(lines.get(1)).isEqualTo("0," + set.source().neurons().get(0).id() + ",E,excitatory,L2/3,");
        assertThat(InitStore.readNeuronClasses(results.resolve("absent"))).isEmpty();
    }

    @Test
    void aFeedForwardCircuitHasNoErEigAndTheSummarySaysSo() {
        double[][] chain = new double[6][6];
        for (int i = 1; i < 6; i++) {
            chain[i][i - 1] = 1 + i;
        }
        InitSet feedForward = TestTransform.STAGE.build(new Ingested.Matrix(TestConnectomes.of(chain)),
                TransformSpec.builder().baselines(List.of(BaselineKind.GAUSSIAN)).ranks(List.of()).seed(3L).build());
        Spectrum s = feedForward.studied().spectrum();
        assertThat(s.spectralRadius()).isZero();
        assertThat(s.hasErEig()).isFalse();
        assertThat(s.erEig()).isNaN();
        assertThat(feedForward.baselines().get(0).spectrum().hasErEig()).isTrue();
        InitStore.write(results, feedForward);
        List<InitSummary> rows = InitStore.readSummary(results);
        assertThat(rows.get(0).figures().erEig()).isNaN();
        assertThat(rows.get(0).notes()).isEqualTo("erEig undefined (spectral radius 0)");
        assertThat(rows.get(1).notes()).isEmpty();
    }

    @Test
    void missingFilesAndBadNamesAreTypedErrors() {
        assertThatThrownBy(() -> InitStore.read(results, "measured")).isInstanceOf(TransformException.class)
                .hasMessageContaining("measured.h5").hasMessageContaining("no such file");
        assertThatThrownBy(() -> InitStore.readSummary(results)).isInstanceOf(TransformException.class)
                .hasMessageContaining("summary.csv");
        InitialWeights bad = new InitialWeights("../escape", set.studied().matrix(), set.studied().spectrum(),
                Map.of(), 1);
        assertThatThrownBy(() -> InitStore.write(results, new InitSet(set.source(), bad, List.of(), set.selection())))
                .isInstanceOf(TransformException.class).hasMessageContaining("file name");
    }

    /** Reads the written file with h5py when the machine has it (skipped otherwise). */
    @Test
    void h5pyReadsTheSameValues() throws Exception {
        String python = pythonWithH5py();
        Assumptions.assumeTrue(python != null, "python3 with h5py is not installed; h5py cross-check skipped");
        InitStore.write(results, set);
        Path file = results.resolve("inits").resolve("measured.h5");
        String script = String.join("\n",
                "import sys, h5py",
                "f = h5py.File(sys.argv[1], 'r')",
                "w = f['W0'][()]",
                "print(w.dtype, w.shape[0], w.shape[1])",
                "print(repr(float(w[2, 5])), repr(float(w.sum())))",
                "print(repr(float(f['singular_values'][0])), repr(float(f['eigenvalues_imag'][()].sum())))",
                "a = f.attrs",
                "s = lambda v: v.decode() if isinstance(v, bytes) else str(v)",
                "print(s(a['name']), int(a['seed']), repr(float(a['erEig'])))",
                "print(s(a['recipe.kind']), s(a['recipe.signs']))",
                "print(','.join(s(k) for k in a['recipe_keys']))");
        Path py = results.resolve("check.py");
        Files.writeString(py, script, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(python, py.toString(), file.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(p.exitValue()).as(String.join("\n", out)).isZero();
        InitialWeights iw = set.studied();
        double sum = 0;
        for (double[] row : iw.matrix()) {
            for (double v : row) {
                sum += v;
            }
        }
        assertThat(out.get(0)).isEqualTo("float64 30 30");
        String[] l1 = out.get(1).split(" ");
        assertThat(Double.parseDouble(l1[0])).isEqualTo(iw.matrix()[2][5]);
        assertThat(Double.parseDouble(l1[1])).isCloseTo(sum, within(1e-9));
        String[] l2 = out.get(2).split(" ");
        assertThat(Double.parseDouble(l2[0])).isEqualTo(iw.spectrum().singularValues()[0]);
        assertThat(Double.parseDouble(l2[1])).isCloseTo(0, within(1e-9));
        assertThat(out.get(3)).isEqualTo("measured " + iw.seed() + " " + Double.toString(iw.spectrum().erEig())
                .replace("E", "e"));
        assertThat(out.get(4)).isEqualTo("measured " + iw.recipe().get("signs"));
        assertThat(out.get(5)).isEqualTo(String.join(",", iw.recipe().keySet()));
    }

    /** The first of {@code python3} on the PATH and Debian's {@code /usr/bin/python3} that imports h5py, or null. */
    private static String pythonWithH5py() {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import h5py").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return python;
                }
            } catch (IOException e) {
                // not installed: try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }
}
