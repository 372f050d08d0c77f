package org.richlazy.ingest.neuroml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.TestData;
import org.richlazy.ingest.TestReaders;

/**
 * The NeuroML2 HDF5 network of ../shared/data ({@code MediumNet.net.nml.h5}, neuroConstruct's ACnet2: 12 basket and 48
 * pyramidal cells, four projections of 60, 336, 336 and 252 connections), detected and read with the counts its notes
 * state; the expected entries were computed with h5py from the same file.
 */
class NeuromlReaderTest {
    private static Ingested read() {
        return TestReaders.READERS.read(TestData.shared("hdf5/neuroml/MediumNet.net.nml.h5"), Optional.empty());
    }

    @Test
    void theFourProjectionsOfTwoPopulationsReadAsOneSignedMatrix() {
        Ingested in = read();
        Connectome c = ((Ingested.Matrix) in).connectome();
        assertThat(in.provenance().format()).isEqualTo("neuroml");
        assertThat(c.neurons()).hasSize(60);
        assertThat(c.neurons().get(0).id()).isEqualTo("baskets_12[0]");
        assertThat(c.neurons().get(12).id()).isEqualTo("pyramidals_48[0]");
        assertThat(c.neurons()).extracting(n -> n.cellClass()).containsOnly("bask", "pyr_4_sym");
        assertThat(c.neurons().stream().filter(n -> n.sign() == CellSign.INHIBITORY)).hasSize(12);
        assertThat(c.neurons().stream().filter(n -> n.sign() == CellSign.EXCITATORY)).hasSize(48);
        double[][] w = c.weightsCopy();
        assertThat(pairsAndTotal(w)).containsExactly(855, 60 + 336 + 336 + 252);
        assertThat(w[0][3]).as("two GABA contacts from basket 3 onto basket 0").isEqualTo(-2);
        assertThat(w[12][3]).as("one from basket 3 onto pyramid 0").isEqualTo(-1);
        assertThat(w[0][33]).as("three AMPA contacts from pyramid 21 onto basket 0").isEqualTo(3);
        assertThat(in.provenance().steps()).extracting(s -> s.action() + ": " + s.count())
                .contains("summed repeated (pre, post) connections: 129",
                        "left out input lists (stimuli, not connectivity): 14");
    }

    @Test
    void transmitterNamesGiveSigns() {
        assertThat(NetworkAssembly.signOf("GABA_syn_inh")).isEqualTo(CellSign.INHIBITORY);
        assertThat(NetworkAssembly.signOf("AMPA_syn_inh")).isEqualTo(CellSign.EXCITATORY);
        assertThat(NetworkAssembly.signOf("glycine_syn")).isEqualTo(CellSign.INHIBITORY);
        assertThat(NetworkAssembly.signOf("expTwoSynapse1")).isEqualTo(CellSign.UNKNOWN);
        assertThat(NetworkAssembly.signOf("neuron_to_neuron_inh_syn")).isEqualTo(CellSign.INHIBITORY);
        assertThat(NetworkAssembly.signOf("neuron_to_neuron_exc_syn")).isEqualTo(CellSign.EXCITATORY);
    }

    /**
     * OpenWorm c302's {@code c302_C1_Oscillator.net.nml} (src/test/resources/neuroml/SOURCE.md): 14 one-cell
     * populations, 24 gap junctions read as listed and 31 graded synapses, 7 of them inhibitory; the expected entries
     * were computed from the same file with Python's ElementTree.
     */
    @Test
    void aC302NetworkInXmlReadsWithItsGapJunctionsAndGradedSynapses() throws Exception {
        java.nio.file.Path file = java.nio.file.Path.of(getClass().getResource("/neuroml/c302_C1_Oscillator.net.nml")
                .toURI());
        Ingested in = TestReaders.READERS.read(file, Optional.empty());
        Connectome c = ((Ingested.Matrix) in).connectome();
        assertThat(in.provenance().format()).isEqualTo("neuroml");
        assertThat(c.neurons()).extracting(n -> n.id()).startsWith("AVBL[0]", "AVBR[0]", "DA2[0]").hasSize(14);
        double[][] w = c.weightsCopy();
        assertThat(pairsAndTotal(w)).containsExactly(50, 229);
        assertThat(w[1][0]).as("AVBL onto AVBR: gap junction 3 and glutamate 1").isEqualTo(4);
        assertThat(w[13][3]).as("DA3 onto VD3: acetylcholine 25").isEqualTo(25);
        assertThat(w[8][12]).as("VD2 onto VA2: gap junction 3 and GABA -6").isEqualTo(-3);
        assertThat(c.neurons().get(12).sign()).as("VD2 sends GABA only").isEqualTo(CellSign.INHIBITORY);
        assertThat(c.neurons().get(3).sign()).as("DA3 sends acetylcholine only").isEqualTo(CellSign.EXCITATORY);
    }

    /**
     * NeuroML2's own example of a gap junction listed one way (NeuroML couples both cells): as listed it is one entry,
     * with {@code electrical: mirror-missing} the reverse is added with the same weight, and the provenance counts it.
     */
    @Test
    void aGapJunctionListedOneWayIsMirroredOnRequest() throws Exception {
        java.nio.file.Path file = resource("NML2_GapJunctionInstances.nml");
        Connectome asListed = ((Ingested.Matrix) TestReaders.READERS.read(file, Optional.empty())).connectome();
        assertThat(asListed.weightsCopy()).isDeepEqualTo(new double[][] {{0, 0}, {1, 0}});
        assertThat(asListed.provenance().steps()).anySatisfy(s -> {
            assertThat(s.action()).isEqualTo("electrical synapses listed in one direction only");
            assertThat(s.count()).isEqualTo(1);
        });
        Connectome mirrored = ((Ingested.Matrix) TestReaders.READERS.read(file,
                TestData.options(java.util.Map.of("electrical", "mirror-missing")))).connectome();
        assertThat(mirrored.weightsCopy()).isDeepEqualTo(new double[][] {{0, 1}, {1, 0}});
        assertThat(mirrored.neurons()).extracting(n -> n.id()).containsExactly("iafPop1[0]", "iafPop2[0]");
    }

    /** NeuroML2's instance-based example declares size 1 for two instances: refused, not read as one cell. */
    @Test
    void aPopulationWhoseSizeDisagreesWithItsInstancesIsAnError() throws Exception {
        java.nio.file.Path file = resource("NML2_InstanceBasedNetwork.nml");
        assertThatThrownBy(() -> TestReaders.READERS.read(file, Optional.empty()))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("population iafCells")
                .hasMessageContaining("size 1 but 2 <instance> elements");
    }

    /** Network-level {@code <synapticConnection from to synapse>} elements are read (that example, with its size fixed). */
    @Test
    void networkLevelSynapticConnectionsAreRead(@TempDir java.nio.file.Path dir) throws Exception {
        String text = java.nio.file.Files.readString(resource("NML2_InstanceBasedNetwork.nml"))
                .replace("size=\"1\"", "size=\"2\"")
                .replace("<explicitInput", "<synapticConnection from=\"iafCells[1]\" to=\"iafCells[0]\" "
                        + "synapse=\"gabaSyn\"/>\n<explicitInput");
        java.nio.file.Path file = TestData.write(dir.resolve("instances.nml"), text);
        Connectome c = ((Ingested.Matrix) TestReaders.READERS.read(file, Optional.empty())).connectome();
        assertThat(c.weightsCopy()).isDeepEqualTo(new double[][] {{0, -1}, {1, 0}});
        assertThat(c.provenance().steps()).extracting(s -> s.action())
                .contains("read <synapticConnection> elements (iafCells -> iafCells, synapse syn1)");
    }

    private java.nio.file.Path resource(String name) throws Exception {
        return java.nio.file.Path.of(getClass().getResource("/neuroml/" + name).toURI());
    }

    /** A connection's cell path names its population; one of another population than the projection's is an error. */
    @Test
    void aCellOfAnotherPopulationThanTheProjectionsIsAnError(@TempDir java.nio.file.Path dir) {
        java.nio.file.Path file = TestData.write(dir.resolve("two.net.nml"), """
                <neuroml xmlns="http://www.neuroml.org/schema/neuroml2" id="two">
                  <network id="net">
                    <population id="a" component="cell" size="2"/>
                    <population id="b" component="cell" size="2"/>
                    <projection id="ab" presynapticPopulation="a" postsynapticPopulation="b" synapse="syn">
                      <connection id="0" preCellId="../a/1/cell" postCellId="../b/0/cell"/>
                      <connection id="1" preCellId="../b/1/cell" postCellId="../b/0/cell"/>
                    </projection>
                  </network>
                </neuroml>
                """);
        assertThatThrownBy(() -> TestReaders.READERS.read(file, Optional.empty()))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("projection ab connection 1")
                .hasMessageContaining("cell '../b/1/cell' of population 'b'")
                .hasMessageContaining("a cell of the projection's population 'a'");
    }

    /** The nonzero entries of {@code w} and the sum of their magnitudes. */
    private static double[] pairsAndTotal(double[][] w) {
        double pairs = 0;
        double total = 0;
        for (double[] row : w) {
            for (double v : row) {
                pairs += v != 0 ? 1 : 0;
                total += Math.abs(v);
            }
        }
        return new double[] {pairs, total};
    }
}
