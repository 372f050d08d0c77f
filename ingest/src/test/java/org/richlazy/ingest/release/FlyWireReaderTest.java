package org.richlazy.ingest.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.richlazy.ingest.release.Fixtures.index;
import static org.richlazy.ingest.release.Fixtures.neuron;
import static org.richlazy.ingest.release.Fixtures.read;
import static org.richlazy.ingest.release.Fixtures.release;
import static org.richlazy.ingest.release.Fixtures.step;
import static org.richlazy.ingest.release.Fixtures.total;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.TestReaders;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.TestData;

/**
 * The FlyWire reader on the real v783 {@code neurons.csv.gz} (all 139,255 neurons), excerpts of the
 * classification tables and a Codex web export of connections (README beside them), and on small written
 * tables for the rules a real excerpt cannot pin (pair thresholds over neuropil rows).
 */
class FlyWireReaderTest {
    private static final Path WEB_EXPORT = release("flywire/connections_codex_web_export.csv");
    private static final List<String> NODE_FILES = List.of(release("flywire/neurons.csv.gz").toString(),
            release("flywire/classification.csv.gz").toString(), release("flywire/consolidated_cell_types.csv.gz").toString());

    @TempDir
    Path dir;

    private static Map<String, Object> withNodes(Object... more) {
        Map<String, Object> options = new java.util.LinkedHashMap<>();
        options.put("node-files", NODE_FILES);
        options.put("unlisted-ids", "drop");
        for (int i = 0; i < more.length; i += 2) {
            options.put((String) more[i], more[i + 1]);
        }
        return options;
    }

    @Test
    void theWholeV783NeuronTableIsReadAndTheDenseLimitAppliesOnlyToTheMatrixMadeDense() {
        Connectome c = read(WEB_EXPORT, withNodes());
        assertThat(step(c, "read node table " + NODE_FILES.get(0)).count()).isEqualTo(139_255);
        assertThat(c.size()).as("isolated neurons kept by default").isEqualTo(139_255);
        assertThat(step(c, "signed neurons from node column nt_type").action())
                .contains("82298 excitatory, 35622 inhibitory, 21335 unknown");
        assertThat(step(c, "signed neurons").reason()).contains("ACH 82298", "GABA 16017", "GLUT 19605", "SER 1021",
                "DA 584", "OCT 72", "(none) 19658");
        assertThat(c.edgeCount()).isEqualTo(55);
        assertThat(total(c)).isEqualTo(452);
        assertThatThrownBy(c::weightsCopy).isInstanceOf(IngestException.class)
                .hasMessageContaining("139255 neurons to hold as a dense matrix, above the limit of 50000");
    }

    @Test
    void rowsAreSummedPerPairOverNeuropilsIntoWPostPre() {
        Connectome c = read(WEB_EXPORT, withNodes("isolated", "drop"));
        assertThat(c.size()).isEqualTo(21);
        assertThat(step(c, "left out rows naming a neuron no node table lists").count()).isEqualTo(8);
        assertThat(step(c, "summed rows of the same (pre, post) pair").count()).isEqualTo(2);
        assertThat(step(c, "dropped neurons without any kept edge").count()).isEqualTo(139_255 - 21);
        // line 2 of the export: 720575940610788069 -> 720575940632425919 in GNG, 5 synapses (the pair's only row)
        int pre = index(c, "720575940610788069");
        int post = index(c, "720575940632425919");
        assertThat(c.weight(post, pre)).isEqualTo(5);
        assertThat(c.weight(pre, post)).isZero();
        assertThat(c.count(CellSign.EXCITATORY)).isEqualTo(18);
        assertThat(c.count(CellSign.UNKNOWN)).isEqualTo(3);
        assertThat(neuron(c, "720575940610788069").signSource()).startsWith("nt_type ACH, nt_type_score ");
        assertThat(c.neurons()).allSatisfy(n -> assertThat(n.cellClass()).isEqualTo("sensory"));
    }

    @Test
    void anEdgeNamingANeuronNoNodeTableListsIsAnErrorByDefault() {
        Map<String, Object> options = withNodes();
        options.remove("unlisted-ids");
        assertThatThrownBy(() -> read(WEB_EXPORT, options)).isInstanceOfSatisfying(IngestException.class, e -> {
            assertThat(e.file()).isEqualTo(WEB_EXPORT.toString());
            assertThat(e.location()).matches("line \\d+, column (From|To)");
            assertThat(e.getMessage()).contains("neuron 720575940620900446 is in no node table");
            assertThat(e.expected()).contains("unlisted-ids: drop");
        });
    }

    @Test
    void filtersChooseTheCircuitOnTheNodeTablesBeforeTheEdgesAreRead() {
        Connectome c = read(WEB_EXPORT, withNodes("filter", Map.of("super_class", List.of("central"))));
        assertThat(c.size()).isEqualTo(427);
        assertThat(c.edgeCount()).isZero();
        assertThat(step(c, "left out rows touching a neuron outside the chosen circuit").count()).isEqualTo(57);
        assertThatThrownBy(() -> read(WEB_EXPORT, withNodes("filter", Map.of("brain_side", List.of("left")))))
                .isInstanceOf(IngestException.class).hasMessageContaining("no node-table column 'brain_side'")
                .hasMessageContaining("super_class");
    }

    @Test
    void signsFollowTheMapItsOverridesTheScoreAndTheUnknownRule() {
        Connectome flipped = read(WEB_EXPORT, withNodes("isolated", "drop", "sign-map", Map.of("ach", "inhibitory")));
        assertThat(flipped.count(CellSign.INHIBITORY)).isEqualTo(18);
        Connectome strict = read(WEB_EXPORT, withNodes("isolated", "drop", "min-sign-score", 0.99));
        assertThat(strict.count(CellSign.EXCITATORY)).isLessThan(18);
        assertThat(strict.neurons()).filteredOn(n -> n.signSource() != null && n.signSource().contains("below"))
                .hasSize((int) (18 - strict.count(CellSign.EXCITATORY)));
        Connectome known = read(WEB_EXPORT, withNodes("isolated", "drop", "unknown-sign", "drop"));
        assertThat(known.count(CellSign.UNKNOWN)).isZero();
        assertThatThrownBy(() -> read(WEB_EXPORT, withNodes("sign-map", Map.of("ach", "positive"))))
                .isInstanceOf(IngestException.class).hasMessageContaining("[excitatory, inhibitory, unknown]");
    }

    @Test
    void withoutNodeTablesSignsComeFromTheTransmitterOfEachNeuronsRows() {
        Connectome c = read(WEB_EXPORT, Map.of("node-files", List.of()));
        assertThat(c.size()).isEqualTo(22);
        assertThat(c.edgeCount()).isEqualTo(63);
        assertThat(total(c)).isEqualTo(509);
        assertThat(c.neurons()).filteredOn(n -> n.signSource() != null && n.signSource().startsWith("edge rows: ACH"))
                .hasSize((int) c.count(CellSign.EXCITATORY));
    }

    private Path gz(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private Path codex() throws IOException {
        gz("neurons.csv.gz", "root_id,group,nt_type,nt_type_score\n1,g,ACH,0.9\n2,g,GABA,0.8\n3,g,GLUT,0.7\n4,g,,\n");
        return gz("connections.csv.gz", "pre_root_id,post_root_id,neuropil,syn_count,nt_type\n"
                + "1,2,EB,3,ACH\n1,2,FB,3,ACH\n1,3,EB,4,ACH\n2,1,EB,9,GABA\n");
    }

    @Test
    void theSynapseThresholdAppliesToThePairsTotalOverTheRowsKept() throws IOException {
        Path connections = codex();
        Connectome all = read(connections, Map.of("min-synapses", 5));
        assertThat(all.provenance().sourceFiles()).as("the node table beside is joined").hasSize(2);
        assertThat(all.weight(index(all, "2"), index(all, "1"))).as("3 + 3 over two neuropils").isEqualTo(6);
        assertThat(all.weight(index(all, "3"), index(all, "1"))).as("4 < 5").isZero();
        assertThat(step(all, "dropped pairs with fewer than 5 synapses").count()).isEqualTo(1);
        Connectome eb = read(connections, Map.of("min-synapses", 5, "neuropil", List.of("EB")));
        assertThat(eb.weight(index(eb, "2"), index(eb, "1"))).as("3 in EB < 5").isZero();
        assertThat(eb.weight(index(eb, "1"), index(eb, "2"))).isEqualTo(9);
        assertThat(step(eb, "left out rows outside neuropil [EB]").count()).isEqualTo(1);
        assertThat(neuron(eb, "4").sign()).isEqualTo(CellSign.UNKNOWN);
        assertThat(neuron(eb, "3").sign()).as("glutamate is inhibitory in the fly").isEqualTo(CellSign.INHIBITORY);
    }

    @Test
    void aFolderIsReadByItsStandardFilesAndDetected() throws IOException {
        codex();
        assertThat(TestReaders.READERS.read(dir, Optional.empty()).provenance().format()).isEqualTo(FlyWireReader.FORMAT);
        assertThat(ReleaseDetector.file(WEB_EXPORT, org.richlazy.ingest.ReadLimits.defaults())).isEqualTo(FlyWireReader.FORMAT);
        gz("connections_princeton.csv.gz", "pre_root_id,post_root_id,neuropil,syn_count,nt_type\n1,2,EB,3,ACH\n");
        assertThatThrownBy(() -> TestReaders.READERS.read(dir, Optional.empty())).isInstanceOf(IngestException.class)
                .hasMessageContaining("several edge tables in this folder");
    }

    @Test
    void idsFileKeepsTheListedNeurons() throws IOException {
        Path connections = codex();
        Path ids = TestData.write(dir.resolve("ids.txt"), "root_id\n1\n2\n");
        Connectome c = read(connections, Map.of("ids-file", ids.toString(), "isolated", "drop"));
        assertThat(c.neurons()).extracting(n -> n.id()).containsExactly("1", "2");
        Path unknown = TestData.write(dir.resolve("bad.txt"), "1\n99\n");
        assertThatThrownBy(() -> read(connections, Map.of("ids-file", unknown.toString())))
                .isInstanceOf(IngestException.class).hasMessageContaining("id '99': this neuron is in no node table");
        // a wrong file given as ids-file: its line is quoted cut to 40 characters, control characters escaped
        Path passwd = TestData.write(dir.resolve("passwd"),
                "root:x:0:0:root:/root:/bin/bash\u001b[2J secret-hash-0123456789abcdef\n");
        assertThatThrownBy(() -> read(connections, Map.of("ids-file", passwd.toString())))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("id 'root:x:0:0:root:/root:/bin/bash\\u001b[2J secr' (cut; 64 characters): this"
                        + " neuron is in no node table")
                .hasMessageNotContaining("0123456789abcdef").hasMessageNotContaining("\u001b");
    }

    @Test
    void badInputGetsATypedOneLineError() throws IOException {
        codex();
        Path negative = gz("negative.csv.gz", "pre_root_id,post_root_id,neuropil,syn_count\n1,2,EB,-3\n");
        assertThatThrownBy(() -> read(negative, Map.of("format", "flywire", "node-files", List.of())))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.location()).isEqualTo("line 2, column syn_count");
                    assertThat(e.getMessage()).contains("negative synapse count -3").doesNotContain("\n");
                });
        Path noCount = TestData.write(dir.resolve("no-count.csv"), "pre_root_id,post_root_id,neuropil\n1,2,EB\n");
        assertThatThrownBy(() -> read(noCount, Map.of("format", "flywire", "node-files", List.of())))
                .isInstanceOf(IngestException.class).hasMessageContaining("no synapse count column")
                .hasMessageContaining("[pre_root_id, post_root_id, neuropil]");
        byte[] whole = Files.readAllBytes(dir.resolve("connections.csv.gz"));
        Path cut = Files.write(dir.resolve("cut.csv.gz"), Arrays.copyOf(whole, whole.length - 12));
        assertThatThrownBy(() -> read(cut, Map.of("format", "flywire", "node-files", List.of())))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.getMessage()).contains("truncated or damaged gzip data");
                    assertThat(e.expected()).isEqualTo("a complete gzip file");
                });
    }
}
