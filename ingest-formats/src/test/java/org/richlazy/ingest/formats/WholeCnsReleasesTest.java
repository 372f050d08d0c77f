package org.richlazy.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.richlazy.ingest.formats.ColumnarFixtures.Column.words;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.ProvenanceStep;
import org.richlazy.ingest.formats.ColumnarFixtures.Column;
import org.richlazy.ingest.formats.ColumnarFixtures.Kind;

/**
 * The whole-CNS releases of 2025-2026 as their flat files are laid out: BANC v888 in the compiled-data layout of its
 * Dataverse deposit ({@code banc_888_meta.feather}, {@code banc_888_edgelist_simple_v3.feather}) and the male CNS
 * v1.0 FlyEM flat connectome ({@code connectome-weights-*}, {@code body-annotations-*},
 * {@code body-neurotransmitters-*}). No excerpt of the real files could be fetched here (they are served from Google
 * Cloud Storage and Dataverse only), so the files are written with the published file names, column names and
 * column types, and a handful of rows whose result is worked out by hand.
 */
class WholeCnsReleasesTest {
    private static final String A = "720575941000000001";
    private static final String B = "720575941000000002";
    private static final String C = "720575941000000003";
    private static final String D = "720575941000000004";
    private static final String E = "720575941000000005";

    @TempDir
    Path dir;

    private Path banc(String edgeFile) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("banc_888"));
        ColumnarFixtures.feather(folder.resolve("banc_888_meta.feather"), List.of(
                words("banc_888_id", A, B, C, D, E),
                words("super_class", "central_brain_intrinsic", "descending", "central_brain_intrinsic", "glia",
                        "motor"),
                words("cell_type", "KC", "DNa02", "APL", "", "MN1"),
                words("neurotransmitter_predicted", "acetylcholine", "gaba", "glutamate", "none", "dopamine"),
                new Column("neurotransmitter_score", Kind.FLOAT64, new long[] {1, 1, 1, 0, 1}),
                words("proofread", "TRUE", "TRUE", "TRUE", "FALSE", "TRUE")));
        // pre -> post: A->B 5, B->A 3, C->A 7, D->E 2, E->C 1, A->C 4
        ColumnarFixtures.feather(folder.resolve(edgeFile), List.of(
                words("pre", A, B, C, D, E, A),
                words("post", B, A, A, E, C, C),
                new Column("count", Kind.INT32, new long[] {5, 3, 7, 2, 1, 4}),
                new Column("norm", Kind.FLOAT64, new long[] {1, 0, 1, 1, 1, 0}),
                new Column("post_count", Kind.INT32, new long[] {5, 10, 10, 2, 5, 5}),
                new Column("pre_count", Kind.INT32, new long[] {9, 3, 7, 2, 1, 9})));
        return folder;
    }

    @Test
    void aBancFolderReadsAsCompiledDataJoinedOnItsDatasetId() throws IOException {
        Path folder = banc("banc_888_edgelist_simple_v3.feather");
        Connectome c = ReleaseFilesTest.read(folder, Map.of("filter", Map.of("proofread", List.of("TRUE"))));
        assertThat(c.provenance().format()).isEqualTo("compiled-data");
        assertThat(c.neurons()).extracting(n -> n.id()).containsExactly(A, B, C, E);
        assertThat(c.neurons()).extracting(n -> n.cellClass()).containsExactly("central_brain_intrinsic",
                "descending", "central_brain_intrinsic", "motor");
        assertThat(c.neurons()).extracting(n -> n.sign()).containsExactly(CellSign.EXCITATORY, CellSign.INHIBITORY,
                CellSign.INHIBITORY, CellSign.UNKNOWN);
        int a = 0;
        int b = 1;
        int cc = 2;
        int e = 3;
        assertThat(c.weight(b, a)).isEqualTo(5);
        assertThat(c.weight(a, b)).isEqualTo(3);
        assertThat(c.weight(a, cc)).isEqualTo(7);
        assertThat(c.weight(cc, e)).isEqualTo(1);
        assertThat(c.weight(cc, a)).isEqualTo(4);
        assertThat(ReleaseFilesTest.total(c)).isEqualTo(20); // D's row (2 synapses) is outside the circuit
        assertThat(c.provenance().steps()).extracting(ProvenanceStep::reason)
                .anySatisfy(r -> assertThat(r).contains("joined on column 'banc_888_id'"));
        // every row's synapses, the left-out ones included, to compare with a stated total
        assertThat(c.provenance().steps()).anySatisfy(s -> {
            assertThat(s.action()).isEqualTo("summed column count over every row read");
            assertThat(s.count()).isEqualTo(22);
        });
        assertThat(c.provenance().steps()).anySatisfy(s -> {
            assertThat(s.action()).isEqualTo("rows read in banc_888_meta.feather differ from the release's stated "
                    + "188162 (an incomplete download, or another version of the file?)");
            assertThat(s.count()).isEqualTo(5);
            assertThat(s.reason()).contains("doi:10.7910/DVN/7WTH1N");
        });
    }

    /** A filter that keeps nothing (YAML's true is not BANC's text "TRUE") is one line naming what left each out. */
    @Test
    void aFilterThatKeepsNoNeuronIsAnError() throws IOException {
        Path folder = banc("banc_888_edgelist_simple_v3.feather");
        assertThatThrownBy(() -> ReleaseFilesTest.read(folder, Map.of("filter", Map.of("proofread", List.of(true)))))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("option filter: no neuron is left after [kept neurons whose proofread is one of "
                        + "[true]: 0")
                .hasMessageContaining("write \"TRUE\", quoted");
    }

    @Test
    void theEdgeListAloneIsKnownByItsColumnsAndFindsItsMetaTable() throws IOException {
        Path folder = banc("banc_888_edgelist_simple_v2.feather");
        Connectome c = ReleaseFilesTest.read(folder.resolve("banc_888_edgelist_simple_v2.feather"), Map.of());
        assertThat(c.provenance().format()).isEqualTo("compiled-data");
        assertThat(c.size()).isEqualTo(5);
        assertThat(ReleaseFilesTest.total(c)).isEqualTo(22);
    }

    @Test
    void aFolderWithTwoVersionsOfTheEdgeListAsksForOne() throws IOException {
        banc("banc_888_edgelist_simple_v2.feather");
        Path folder = banc("banc_888_edgelist_simple_v3.feather");
        assertThatThrownBy(() -> ReleaseFilesTest.read(folder, Map.of("format", "compiled-data")))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("several edge tables in this folder: [banc_888_edgelist_simple_v3.feather, "
                        + "banc_888_edgelist_simple_v2.feather]");
    }

    @Test
    void theMaleCnsFlatConnectomeReadsAsNeuprintWithItsTransmitterTable() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("male-cns-v1.0"));
        ColumnarFixtures.feather(folder.resolve("body-annotations-male-cns-v1.0-minconf-0.5.feather"), List.of(
                new Column("bodyId", Kind.INT64, new long[] {10, 11, 12, 13}),
                words("status", "Traced", "Traced", "Traced", "Orphan"),
                words("superclass", "cb_intrinsic", "vnc_intrinsic", "descending_neuron", ""),
                words("type", "KCab", "IN01A", "DNa02", "")));
        // the transmitter table lists every segment: 14 is in no annotation row
        ColumnarFixtures.feather(folder.resolve("body-neurotransmitters-male-cns-v1.0.feather"), List.of(
                new Column("body", Kind.INT64, new long[] {10, 11, 12, 14}),
                words("predicted_nt", "acetylcholine", "glutamate", "gaba", "acetylcholine"),
                new Column("predicted_nt_confidence", Kind.FLOAT64, new long[] {1, 1, 1, 1}),
                words("consensus_nt", "acetylcholine", "glutamate", "gaba", "unclear")));
        // another version's annotations in the same folder: never joined to v1.0's weights
        ColumnarFixtures.feather(folder.resolve("body-annotations-male-cns-v0.9-minconf-0.5.feather"), List.of(
                new Column("bodyId", Kind.INT64, new long[] {10, 11, 12, 13}),
                words("status", "Traced", "Orphan", "Orphan", "Traced"),
                words("superclass", "x", "x", "x", "x"),
                words("type", "old10", "old11", "old12", "old13")));
        // 99 is a segment no table lists
        ColumnarFixtures.feather(folder.resolve("connectome-weights-male-cns-v1.0-minconf-0.5.feather"), List.of(
                new Column("body_pre", Kind.INT64, new long[] {10, 11, 12, 13, 99, 14}),
                new Column("body_post", Kind.INT64, new long[] {11, 12, 10, 10, 10, 12}),
                new Column("weight", Kind.INT64, new long[] {6, 2, 9, 4, 8, 3})));
        Connectome c = ReleaseFilesTest.read(folder, Map.of("filter", Map.of("status", List.of("Traced")),
                "unlisted-ids", "drop"));
        assertThat(c.provenance().format()).isEqualTo("neuprint");
        assertThat(c.neurons()).extracting(n -> n.id()).containsExactly("10", "11", "12");
        assertThat(c.neurons()).extracting(n -> n.cellClass()).containsExactly("KCab", "IN01A", "DNa02");
        assertThat(c.neurons()).extracting(n -> n.sign()).containsExactly(CellSign.EXCITATORY, CellSign.INHIBITORY,
                CellSign.INHIBITORY);
        assertThat(c.weight(1, 0)).isEqualTo(6);
        assertThat(c.weight(2, 1)).isEqualTo(2);
        assertThat(c.weight(0, 2)).isEqualTo(9);
        assertThat(ReleaseFilesTest.total(c)).isEqualTo(17);
        assertThat(c.provenance().steps()).extracting(ProvenanceStep::action)
                .contains("left out rows naming a neuron no node table lists")
                .noneMatch(a -> a.contains("v0.9"));
    }

    @Test
    void anEdgeListOfAnotherNameWithSeveralNeuronTablesBesideItAsksForOne() throws IOException {
        Path folder = banc("banc_888_edgelist_simple_v3.feather");
        Files.copy(folder.resolve("banc_888_meta.feather"), folder.resolve("fafb_783_meta.feather"));
        Path renamed = Files.move(folder.resolve("banc_888_edgelist_simple_v3.feather"), folder.resolve("edges.feather"));
        assertThatThrownBy(() -> ReleaseFilesTest.read(renamed, Map.of()))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("several neuron tables beside an edge list whose name names no dataset: "
                        + "[banc_888_meta.feather, fafb_783_meta.feather]")
                .hasMessageContaining("option node-files");
    }
}
