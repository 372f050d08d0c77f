package org.richlazy.ingest.celltype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.CellClass;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.CellTypeTable;
import org.richlazy.ingest.TestReaders;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.ProvenanceStep;
import org.richlazy.ingest.TestData;

/** The Allen V1 cell-type folder, read in place. */
class AllenCellTypeReaderTest {
    private static final String FOLDER = "allen-v1-celltype";

    @TempDir
    Path dir;

    private static CellTypeTable table(Ingested in) {
        assertThat(in).isInstanceOf(Ingested.Table.class);
        return ((Ingested.Table) in).table();
    }

    private static int idx(CellTypeTable t, String name) {
        List<String> names = t.classes().stream().map(CellClass::name).toList();
        assertThat(names).contains(name);
        return names.indexOf(name);
    }

    private static long step(CellTypeTable t, String start) {
        return t.provenance().steps().stream().filter(s -> s.action().startsWith(start))
                .mapToLong(ProvenanceStep::count).findFirst().orElseThrow();
    }

    @Test
    void nineteenClassesOrientedPostPre() {
        CellTypeTable t = table(TestReaders.READERS.read(TestData.shared(FOLDER), Optional.empty()));
        assertThat(t.classes()).hasSize(19);
        assertThat(t.classes().stream().filter(c -> c.sign() == CellSign.EXCITATORY).count()).isEqualTo(6);
        assertThat(t.classes().stream().filter(c -> c.sign() == CellSign.INHIBITORY).count()).isEqualTo(13);
        int exc = idx(t, "L2/3_Exc");
        int pv = idx(t, "L2/3_PV");
        int vip = idx(t, "L2/3_VIP");
        // pmax row L2/3_PV (pre), column L2/3_Exc (post)
        assertThat(t.probability(exc, pv)).isEqualTo(0.6757614715862276);
        assertThat(t.probability(pv, exc)).isEqualTo(0.2859704527925115);
        // PSP pvalb__to__l23_pyr, 90th measure
        assertThat(t.meanStrength(exc, pv)).isEqualTo(0.397478628122215);
        assertThat(t.logNormal().orElseThrow().shape()[exc][pv]).isEqualTo(0.343184156911504);
        assertThat(t.logNormal().orElseThrow().scale()[exc][pv]).isEqualTo(0.376398460275446);
        // VIP -> L2/3 pyramidal comes from the all-interneuron row, as in the preset
        assertThat(t.meanStrength(exc, vip)).isCloseTo(0.404, within(5e-4));
        assertThat(t.strengthUnit()).isEqualTo("mV");
        assertThat(t.classes().stream().mapToDouble(CellClass::proportion).sum()).isCloseTo(1, within(1e-12));
        assertThat(step(t, "read pmax floor")).isEqualTo(10);
        assertThat(step(t, "assigned equal proportions")).isEqualTo(19);
        assertThat(step(t, "class pairs using a broader PSP class")).isPositive();
        assertThat(t.notes()).anySatisfy(n -> assertThat(n).contains("no class proportions"));
        double sum = 0;
        for (double[] row : t.probability()) {
            for (double p : row) {
                sum += p;
            }
        }
        assertThat(sum).isCloseTo(44.05231400904953 - 10 * 2.44140625e-05, within(1e-9));
    }

    @Test
    void restingMeasureAndDetectionFromAFile() {
        Path pmax = TestData.shared(FOLDER).resolve("pmax_matrix_v1dd.csv");
        CellTypeTable t = table(TestReaders.READERS.read(pmax, TestData.options(Map.of("property", "resting"))));
        assertThat(t.meanStrength(idx(t, "L2/3_Exc"), idx(t, "L2/3_PV"))).isEqualTo(0.404898740128711);
        assertThat(t.provenance().datasetPaths()).contains("psp_characterization.csv (resting)");
    }

    @Test
    void proportionsFromAClassesFile() {
        CellTypeTable equal = table(TestReaders.READERS.read(TestData.shared(FOLDER), Optional.empty()));
        StringBuilder csv = new StringBuilder("class,proportion,sign\n");
        int k = equal.classes().size();
        for (int i = 0; i < k; i++) {
            CellClass c = equal.classes().get(i);
            double p = i == 0 ? 0.5 : 0.5 / (k - 1);
            csv.append(c.name()).append(',').append(p).append(',').append(c.sign() == CellSign.EXCITATORY ? "E" : "I").append('\n');
        }
        Path classes = TestData.write(dir.resolve("classes.csv"), csv.toString());
        CellTypeTable t = table(TestReaders.READERS.read(TestData.shared(FOLDER), TestData.options(Map.of("classes-file", classes.toString()))));
        assertThat(t.classes().get(0).proportion()).isEqualTo(0.5);
        assertThat(t.provenance().sourceFiles()).contains(classes.toString());
        assertThat(t.notes()).anySatisfy(n -> assertThat(n).startsWith("Class proportions from"));

        TestData.write(classes, csv.toString().replaceFirst(",E\n", ",I\n"));
        assertThatThrownBy(() -> TestReaders.READERS.read(TestData.shared(FOLDER), TestData.options(Map.of("classes-file", classes.toString()))))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.expected()).contains("naming_scheme"));
    }

    @Test
    void probabilityAboveOneIsRejected() throws IOException {
        Path src = TestData.shared(FOLDER);
        for (String f : List.of("pmax_matrix_v1dd.csv", "cell_type_naming_scheme.csv", "psp_lookup_table.csv",
                "psp_characterization.csv")) {
            Files.copy(src.resolve(f), dir.resolve(f));
        }
        Path pmax = dir.resolve("pmax_matrix_v1dd.csv");
        Files.writeString(pmax, Files.readString(pmax).replace("0.6757614715862276", "1.6757614715862276"));
        assertThatThrownBy(() -> TestReaders.READERS.read(dir, Optional.empty()))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.file()).endsWith("pmax_matrix_v1dd.csv");
                    assertThat(e.location()).isEqualTo("line 4, column L2/3_Exc");
                    assertThat(e.expected()).contains("between 0 and 1");
                });
    }

    /** Fuzz regression (case seed 7933975975282031439): a lookup table cut mid-row was an index error. */
    @Test
    void lookupTableCutMidRowIsATypedError() throws IOException {
        Path src = TestData.shared(FOLDER);
        for (String f : List.of("pmax_matrix_v1dd.csv", "cell_type_naming_scheme.csv", "psp_lookup_table.csv",
                "psp_characterization.csv")) {
            Files.copy(src.resolve(f), dir.resolve(f));
        }
        Path lookup = dir.resolve("psp_lookup_table.csv");
        String text = Files.readString(lookup);
        int lastLine = text.stripTrailing().lastIndexOf('\n');
        Files.writeString(lookup, text.substring(0, text.indexOf(' ', lastLine + 1) + 1));
        assertThatThrownBy(() -> TestReaders.READERS.read(dir, Optional.empty()))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.file()).endsWith("psp_lookup_table.csv");
                    assertThat(e.location()).startsWith("line ");
                    assertThat(e.getMessage()).contains("cells, none in the column of population");
                });
    }
}
