package org.richlazy.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.IngestOptions;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.Neuron;

/**
 * The release files that need this module's readers (Feather, xlsx), read through {@link Ingest} as a user
 * would, against the counts their README states; and damaged files.
 */
class ReleaseFilesTest {
    @TempDir
    Path dir;

    static Path release(String relative) {
        try {
            return Path.of(ReleaseFilesTest.class.getResource("/releases/" + relative).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no fixture " + relative, e);
        }
    }

    static Connectome read(Path file, Map<String, ?> options) {
        return ((Ingested.Matrix) TestReaders.READERS.read(file, new ObjectMapper().convertValue(options, IngestOptions.class)))
                .connectome();
    }

    static double total(Connectome c) {
        double[] sum = {0};
        c.forEachEdge((p, q, w) -> sum[0] += w);
        return sum[0];
    }

    static int index(Connectome c, String id) {
        for (int i = 0; i < c.size(); i++) {
            if (c.neurons().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no neuron " + id);
    }

    @Test
    void aFlyWireFeatherReleaseIsReadAndDetected() {
        Path feather = release("flywire/syn_proof_analysis_filtered_447.feather");
        Connectome c = read(feather, Map.of());
        assertThat(c.provenance().format()).isEqualTo("flywire");
        assertThat(c.size()).isEqualTo(72);
        assertThat(c.edgeCount()).isEqualTo(935);
        assertThat(total(c)).isEqualTo(7_453);
        Connectome none = read(feather, Map.of("neuropil", List.of("None")));
        assertThat(none.provenance().steps()).anySatisfy(s -> {
            assertThat(s.action()).isEqualTo("left out rows outside neuropil [None]");
            assertThat(s.count()).isEqualTo(1_145 - 7);
        });
    }

    @Test
    void aMicronsSynapseTableCountsSynapsesPerPairAndTakesSignsFromTheCellTable() {
        Path synapses = release("microns/synapses_pni_2_excerpt.feather");
        List<String> cells = List.of(release("microns/cell_info_1300_excerpt.feather").toString());
        Connectome count = read(synapses, Map.of("node-files", cells));
        assertThat(count.provenance().format()).isEqualTo("microns");
        assertThat(count.size()).isEqualTo(3_064);
        assertThat(count.edgeCount()).isEqualTo(3_316);
        assertThat(total(count)).as("one synapse per row").isEqualTo(6_809);
        assertThat(count.count(CellSign.EXCITATORY)).isEqualTo(2_741);
        assertThat(count.count(CellSign.INHIBITORY)).isEqualTo(323);
        assertThat(count.neurons()).filteredOn(n -> "BC".equals(n.cellClass())).hasSize(206);
        Neuron basket = count.neurons().get(index(count, "864691135101289504"));
        assertThat(basket.sign()).isEqualTo(CellSign.INHIBITORY);
        assertThat(basket.signSource()).isEqualTo("coarse_cell_type_auto I");
        Connectome size = read(synapses, Map.of("node-files", cells, "synapse-weight", "size"));
        assertThat(total(size)).isEqualTo(31_117_300);
        assertThat(size.weightUnit()).isEqualTo("summed synapse size (cleft voxels)");
    }

    @Test
    void cooksWorkbookSheetsAreLabelledMatrices() {
        Path workbook = release("cook-2019/SI5_hermaphrodite.xlsx");
        assertThatThrownBy(() -> read(workbook, Map.of())).isInstanceOf(IngestException.class)
                .hasMessageContaining("option sheet").hasMessageContaining("hermaphrodite chemical");
        Connectome chemical = read(workbook, Map.of("sheet", "hermaphrodite chemical"));
        assertThat(chemical.provenance().format()).isEqualTo("xlsx-matrix");
        assertThat(chemical.size()).as("300 rows, 454 columns: their union").isEqualTo(454);
        assertThat(chemical.edgeCount()).isEqualTo(4_879);
        assertThat(total(chemical)).isEqualTo(28_113);
        assertThat(chemical.weight(index(chemical, "I2L"), index(chemical, "I1L"))).as("row I1L, column I2L")
                .isEqualTo(10);
        Connectome gap = read(workbook, Map.of("sheet", "hermaphrodite gap jn symmetric"));
        assertThat(gap.size()).isEqualTo(469);
        assertThat(gap.edgeCount()).isEqualTo(2_883);
        assertThat(total(gap)).isEqualTo(23_313);
        double[][] w = gap.weightsCopy();
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                assertThat(w[i][j]).isEqualTo(w[j][i]);
            }
        }
    }

    @Test
    void witvlietsWorkbookIsAnEdgeList() {
        Path workbook = release("witvliet-2021/witvliet_2020_8.xlsx");
        assertThat(TestReaders.READERS.read(workbook, Optional.empty()).provenance().format()).isEqualTo("edge-list");
        Connectome chemical = read(workbook, Map.of("edge-type", "chemical"));
        assertThat(chemical.size()).isEqualTo(219);
        assertThat(chemical.edgeCount()).isEqualTo(2_186);
        assertThat(total(chemical)).isEqualTo(7_970);
        Connectome electrical = read(workbook, Map.of("edge-type", "electrical", "electrical", "mirror-missing"));
        assertThat(total(electrical)).as("each gap junction listed once, mirrored").isEqualTo(2 * 430 - selfGap(workbook));
        // row 2: ADAL - ADAR electrical, 1
        assertThat(electrical.weight(index(electrical, "ADAR"), index(electrical, "ADAL"))).isEqualTo(1);
        assertThat(electrical.weight(index(electrical, "ADAL"), index(electrical, "ADAR"))).isEqualTo(1);
    }

    /** Synapses of electrical rows from a cell onto itself (not mirrored). */
    private static double selfGap(Path workbook) {
        Connectome asListed = read(workbook, Map.of("edge-type", "electrical"));
        double self = 0;
        for (int i = 0; i < asListed.size(); i++) {
            self += asListed.weight(i, i);
        }
        return self;
    }

    @Test
    void damagedFilesGetATypedError() throws IOException {
        byte[] feather = Files.readAllBytes(release("microns/synapses_pni_2_excerpt.feather"));
        Path cut = Files.write(dir.resolve("cut.feather"), Arrays.copyOf(feather, feather.length / 2));
        assertThatThrownBy(() -> read(cut, Map.of("format", "microns", "node-files", List.of())))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.getMessage()).contains("not a readable Feather v2 / Arrow IPC file").doesNotContain("\n");
                    assertThat(e.file()).isEqualTo(cut.toString());
                });
        byte[] xlsx = Files.readAllBytes(release("witvliet-2021/witvliet_2020_8.xlsx"));
        Path brokenBook = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(xlsx, 2_000));
        assertThatThrownBy(() -> read(brokenBook, Map.of("format", "edge-list")))
                .isInstanceOf(IngestException.class).hasMessageContaining("not a readable xlsx workbook");
        Path v1 = Files.write(dir.resolve("old.feather"), new byte[] {'F', 'E', 'A', '1', 0, 0, 0, 0});
        assertThatThrownBy(() -> read(v1, Map.of("format", "flywire")))
                .isInstanceOf(IngestException.class).hasMessageContaining("Feather version 1");
    }

    @Test
    void aCellTableWithAnotherSchemaIsRefusedNamingItsColumns() {
        Path cells = release("microns/cell_info_1300_excerpt.feather");
        assertThatThrownBy(() -> read(cells, Map.of("format", "microns", "node-files", List.of())))
                .isInstanceOf(IngestException.class).hasMessageContaining("no presynaptic id column")
                .hasMessageContaining("coarse_cell_type_auto");
    }
}
