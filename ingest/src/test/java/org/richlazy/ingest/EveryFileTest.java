package org.richlazy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Robustness: every file and folder of ../shared/data, read with format detection, gives the format
 * listed below, reading only files of its own folder, or else an {@link IngestException} with a one-line
 * message naming the path or a file of its folder; no other exception escapes (this covers the libsonata
 * files kept for robustness only).
 */
class EveryFileTest {
    /** The paths that read, and as which format; {@code X/**} is folder X and everything in it. */
    private static final Map<String, String> READS = table("""
            allen-v1-celltype                                                  allen-v1-celltype
            allen-v1-celltype/cell_type_naming_scheme.csv                      allen-v1-celltype
            allen-v1-celltype/pmax_matrix_v1dd.csv                             allen-v1-celltype
            allen-v1-celltype/psp_characterization.csv                         allen-v1-celltype
            allen-v1-celltype/psp_lookup_table.csv                             allen-v1-celltype
            allen-v1-celltype/syn_types_latency.csv                            dense-text
            celegans/bgm_cook2019/herm_chem_adj.csv                            dense-text
            celegans/bgm_cook2019/herm_elec_adj.csv                            dense-text
            celegans/c302/herm_full_edgelist.csv                               edge-list
            celegans/connectometoolbox_pharynx/cne24932-sup-0004-supinfo4.csv  edge-list
            drosophila/bgm_maggot/maggot_subset_edgelist.csv                   edge-list
            drosophila/flyvis/fib25-fib19_v2.2.json                            flyvis
            hdf5/neuroml/MediumNet.net.nml.h5                                  neuroml
            sonata/300_intfire/**                                              sonata
            sonata/300_pointneurons/**                                         sonata
            sonata/bio_450cells_compact/**                                     sonata
            sonata/layer4_sample/**                                            sonata
            sonata/point_120cells/**                                           sonata
            sonata/ten_cells_iclamp/**                                         sonata
            """);

    private static Map<String, String> table(String text) {
        Map<String, String> t = new LinkedHashMap<>();
        text.lines().map(l -> l.strip().split(" +")).forEach(cells -> t.put(cells[0], cells[1]));
        return t;
    }

    /** The format {@link #READS} lists for a path relative to the data folder, or null for none. */
    private static String expectedFormat(String relative) {
        for (Map.Entry<String, String> e : READS.entrySet()) {
            String key = e.getKey();
            boolean folder = key.endsWith("/**");
            String base = folder ? key.substring(0, key.length() - 3) : key;
            if (relative.equals(base) || (folder && relative.startsWith(base + "/"))) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The folder a read of {@code p} may take files from: p itself or the folder holding it. */
    private static Path folderOf(Path p) {
        return (Files.isDirectory(p) ? p : p.getParent()).toAbsolutePath().normalize();
    }

    @TestFactory
    Stream<DynamicTest> everySharedFileReadsAsListedOrFailsTyped() throws IOException {
        Path root = TestData.shared("");
        List<Path> all;
        try (Stream<Path> s = Files.walk(root)) {
            all = s.filter(p -> !p.equals(root)).sorted().toList();
        }
        assertThat(READS.keySet()).as("every listed path exists")
                .allMatch(k -> Files.exists(root.resolve(k.replace("/**", ""))));
        return all.stream().map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), () -> {
            String format = expectedFormat(root.relativize(p).toString().replace('\\', '/'));
            if (format != null) {
                Ingested in = TestReaders.READERS.read(p, Optional.empty());
                assertThat(in.provenance().format()).isEqualTo(format);
                assertThat(in.provenance().sourceFiles())
                        .allSatisfy(f -> assertThat(Path.of(f).toAbsolutePath().normalize()).startsWith(folderOf(p)));
                assertThat(ConnectivitySummary.lines(in)).first().isEqualTo("format: " + format);
            } else {
                assertThatThrownBy(() -> TestReaders.READERS.read(p, Optional.empty())).isInstanceOfSatisfying(IngestException.class,
                        e -> {
                            assertThat(e.getMessage()).doesNotContain("\n");
                            assertThat(Path.of(e.file()).toAbsolutePath().normalize()).startsWith(folderOf(p));
                        });
            }
        }));
    }
}
