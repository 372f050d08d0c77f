package org.richlazy.ingest.celltype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.richlazy.ingest.CellClass;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.CellTypeTable;
import org.richlazy.ingest.Ingest;

/** The built-in preset against the published figures (docs/science.md#built-in-preset; tables there are pre row -> post column). */
class MouseV1PresetTest {
    private static final int E = 0;
    private static final int PV = 1;
    private static final int SST = 2;
    private static final int VIP = 3;
    private final CellTypeTable table = Ingest.mouseV1Layer23();

    @Test
    void classesProportionsAndSigns() {
        assertThat(table.classes()).extracting(CellClass::name).containsExactly("E", "PV", "SST", "VIP");
        assertThat(table.classes()).extracting(CellClass::proportion).containsExactly(0.900, 0.0296, 0.0214, 0.049);
        assertThat(table.classes().stream().mapToDouble(CellClass::proportion).sum()).isCloseTo(1.0, within(1e-12));
        assertThat(table.classes()).extracting(CellClass::sign).containsExactly(CellSign.EXCITATORY,
                CellSign.INHIBITORY, CellSign.INHIBITORY, CellSign.INHIBITORY);
    }

    @Test
    void probabilityIsTransposedToPostPre() {
        // the published table: row PV (pre), column E (post) = 0.676; row E (pre), column PV (post) = 0.286
        assertThat(table.probability(E, PV)).isEqualTo(0.676);
        assertThat(table.probability(PV, E)).isEqualTo(0.286);
        assertThat(table.probability(SST, VIP)).isEqualTo(0.262); // VIP -> SST
        assertThat(table.probability(VIP, SST)).isEqualTo(0.404); // SST -> VIP
        assertThat(table.probability(E, E)).isEqualTo(0.045);
    }

    @Test
    void everyPublishedEntryInPlace() {
        double[][] pPreToPost = {
            {0.045, 0.286, 0.294, 0.089},
            {0.676, 0.656, 0.380, 0.275},
            {0.527, 0.561, 0.338, 0.404},
            {0.088, 0.212, 0.262, 0.194}};
        double[][] pspPreToPost = {
            {0.522, 0.627, 1.659, 1.860},
            {0.397, 0.652, 0.676, 0.512},
            {0.451, 0.488, 0.505, 0.906},
            {0.404, 0.367, 0.575, 0.500}};
        for (int pre = 0; pre < 4; pre++) {
            for (int post = 0; post < 4; post++) {
                assertThat(table.probability(post, pre)).as("p %d -> %d", pre, post).isEqualTo(pPreToPost[pre][post]);
                assertThat(table.meanStrength(post, pre)).as("psp %d -> %d", pre, post).isEqualTo(pspPreToPost[pre][post]);
            }
        }
        assertThat(table.meanStrength(E, PV)).isEqualTo(0.397);
        assertThat(table.meanStrength(PV, E)).isEqualTo(0.627);
    }

    @Test
    void unitCitationAndSubstitutionRecorded() {
        assertThat(table.strengthUnit()).isEqualTo("mV");
        assertThat(table.logNormal()).isEmpty();
        assertThat(String.join("\n", table.notes()))
                .contains("Allen V1 model seed table")
                .contains("Allen V1DD")
                .contains("Campagnola et al. 2022")
                .contains("90th");
        assertThat(table.notes()).anySatisfy(n -> assertThat(n).contains("VIP -> E").contains("0.404")
                .contains("all-interneuron -> L2/3 pyramidal"));
        assertThat(table.provenance().sourceFiles()).containsExactly(
                "resource:/org/richlazy/ingest/presets/mouse-v1-l23/classes.csv",
                "resource:/org/richlazy/ingest/presets/mouse-v1-l23/pairs.csv");
        assertThat(table.provenance().format()).isEqualTo("celltype-csv");
        assertThat(table.provenance().orientation()).contains("[post][pre]");
        assertThat(table.provenance().steps()).isNotEmpty();
    }
}
