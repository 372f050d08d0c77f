package org.richlazy.ingest.sonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.IngestOptions;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.TestData;
import org.richlazy.ingest.TestReaders;

/**
 * BMTK's point-neuron layout: the real {@code 300_pointneurons} network ({@code internal}) beside a virtual
 * {@code external} input network (src/test/resources/sonata-external/make.py) in one folder.
 */
class SonataMultiPopulationTest {
    @TempDir
    Path dir;

    private Path folder() throws Exception {
        Path real = TestData.shared("sonata/300_pointneurons");
        for (String f : new String[] {"internal_internal_edge_types.csv", "internal_internal_edges.h5",
            "internal_node_types.csv", "internal_nodes.h5"}) {
            Files.copy(real.resolve(f), dir.resolve(f));
        }
        Path external = Path.of(getClass().getResource("/sonata-external/external_nodes.h5").toURI()).getParent();
        for (String f : new String[] {"external_nodes.h5", "external_node_types.csv", "external_internal_edges.h5",
            "external_internal_edge_types.csv"}) {
            Files.copy(external.resolve(f), dir.resolve(f));
        }
        return dir;
    }

    @Test
    void aFolderWithAnInputNetworkReadsItsOneRecurrentNetworkAndSaysSo() throws Exception {
        Path folder = folder();
        Ingested in = TestReaders.READERS.read(folder, IngestOptions.defaults());
        Connectome c = ((Ingested.Matrix) in).connectome();
        Connectome alone = ((Ingested.Matrix) TestReaders.READERS.read(
                TestData.shared("sonata/300_pointneurons"), IngestOptions.defaults())).connectome();
        assertThat(c.neurons()).hasSize(300);
        assertThat(c.weightsCopy()).isDeepEqualTo(alone.weightsCopy());
        assertThat(in.provenance().format()).isEqualTo("sonata");
        assertThat(in.provenance().steps()).anySatisfy(s -> assertThat(s.action())
                .startsWith("read edge population 'internal_to_internal' of the 2 in the folder (the only recurrent one)")
                .contains("external_to_internal (external -> internal, 400 edges, external_internal_edges.h5)")
                .contains("internal_to_internal (internal -> internal, 27588 edges")
                .contains("node populations: external 100, internal 300"));
    }

    @Test
    void theInputNetworkNamedIsRefusedForNotBeingRecurrent() throws Exception {
        Path folder = folder();
        assertThatThrownBy(() -> TestReaders.READERS.read(folder, IngestOptions.of(Map.of("edge-population",
                "external_to_internal")))).isInstanceOf(IngestException.class)
                .hasMessageContaining("edges run from population 'external' to 'internal'");
        assertThatThrownBy(() -> TestReaders.READERS.read(folder, IngestOptions.of(Map.of("edge-population",
                "lateral")))).isInstanceOf(IngestException.class)
                .hasMessageContaining("2 edges files holding 0 populations named 'lateral'")
                .hasMessageContaining("option edge-population");
    }
}
