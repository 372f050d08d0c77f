package org.richlazy.ingest;

import org.richlazy.ingest.celltype.CellTypeCsvFormat;
import org.richlazy.ingest.celltype.CellTypeCsvReader;
import org.richlazy.ingest.text.TextSource;

/** The built-in connectivity of the ingest stage; files are read by the bound {@link Readers}. */
public final class Ingest {
    private static final String PRESET_FOLDER = "/org/richlazy/ingest/presets/mouse-v1-l23/";

    private Ingest() {
    }

    /**
     * The built-in mouse V1 layer-2/3 four-class table (docs/science.md#built-in-preset): published proportions
     * (Allen V1
     * model seed table), Allen V1DD peak connection probabilities, Campagnola et al. 2022 mean PSP
     * amplitudes ("90th" measure, mV), with the VIP -> E substitution recorded in
     * {@link CellTypeTable#notes()}. Read from the class-path resources
     * {@code presets/mouse-v1-l23/classes.csv} and {@code pairs.csv} in the simple cell-type layout.
     */
    public static CellTypeTable mouseV1Layer23() {
        return CellTypeCsvReader.read(
                TextSource.resource(Ingest.class, PRESET_FOLDER + CellTypeCsvFormat.CLASSES),
                TextSource.resource(Ingest.class, PRESET_FOLDER + CellTypeCsvFormat.PAIRS), null, false);
    }
}
