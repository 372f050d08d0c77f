package org.richlazy.ingest.neuroml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.Connectome;
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
        long pairs = 0;
        double connections = 0;
        for (double[] row : w) {
            for (double v : row) {
                pairs += v != 0 ? 1 : 0;
                connections += Math.abs(v);
            }
        }
        assertThat(pairs).isEqualTo(855);
        assertThat(connections).isEqualTo(60 + 336 + 336 + 252);
        assertThat(w[0][3]).as("two GABA contacts from basket 3 onto basket 0").isEqualTo(-2);
        assertThat(w[12][3]).as("one from basket 3 onto pyramid 0").isEqualTo(-1);
        assertThat(w[0][33]).as("three AMPA contacts from pyramid 21 onto basket 0").isEqualTo(3);
        assertThat(in.provenance().steps()).extracting(s -> s.action() + ": " + s.count())
                .contains("summed repeated (pre, post) connections: 129",
                        "left out input lists (stimuli, not connectivity): 14");
    }

    @Test
    void transmitterNamesGiveSigns() {
        assertThat(NeuromlReader.signOf("GABA_syn_inh")).isEqualTo(CellSign.INHIBITORY);
        assertThat(NeuromlReader.signOf("AMPA_syn_inh")).isEqualTo(CellSign.EXCITATORY);
        assertThat(NeuromlReader.signOf("glycine_syn")).isEqualTo(CellSign.INHIBITORY);
        assertThat(NeuromlReader.signOf("expTwoSynapse1")).isEqualTo(CellSign.UNKNOWN);
    }
}
