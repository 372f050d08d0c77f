package org.richlazy.transform;

import java.util.List;
import java.util.Optional;
import org.richlazy.ingest.CellClass;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.CellTypeTable;
import org.richlazy.ingest.Provenance;

/** Cell-type tables typed in for the tests. */
public final class TestTables {
    private TestTables() {
    }

    /**
     * The four-class mouse V1 L2/3 table (docs/science.md#built-in-preset), transposed from the published pre-row
     * layout
     * to {@code [post][pre]}; log-normal fits invented for the test (shape 0.5, scale = 0.8 * mean),
     * except VIP -> E which has none (NaN).
     */
    public static CellTypeTable mouseV1L23() {
        List<CellClass> classes = List.of(
                new CellClass("E", 0.900, CellSign.EXCITATORY),
                new CellClass("PV", 0.0296, CellSign.INHIBITORY),
                new CellClass("SST", 0.0214, CellSign.INHIBITORY),
                new CellClass("VIP", 0.049, CellSign.INHIBITORY));
        double[][] pPreRows = {
            {0.045, 0.286, 0.294, 0.089},
            {0.676, 0.656, 0.380, 0.275},
            {0.527, 0.561, 0.338, 0.404},
            {0.088, 0.212, 0.262, 0.194}};
        double[][] sPreRows = {
            {0.522, 0.627, 1.659, 1.860},
            {0.397, 0.652, 0.676, 0.512},
            {0.451, 0.488, 0.505, 0.906},
            {0.404, 0.367, 0.575, 0.500}};
        double[][] p = transpose(pPreRows);
        double[][] s = transpose(sPreRows);
        double[][] shape = new double[4][4];
        double[][] scale = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                shape[i][j] = 0.5;
                scale[i][j] = 0.8 * s[i][j];
            }
        }
        shape[0][3] = Double.NaN;
        scale[0][3] = Double.NaN;
        return new CellTypeTable(classes, p, s, Optional.of(new CellTypeTable.LogNormalFit(shape, scale)), "mV",
                List.of("VIP -> E uses the all-interneuron -> L2/3 pyramidal value"),
                Provenance.of(List.of("test:mouseV1L23"), "celltype-table", "rows = presynaptic (transposed)"));
    }

    static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }
}
