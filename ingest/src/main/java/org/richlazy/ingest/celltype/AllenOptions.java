package org.richlazy.ingest.celltype;

import org.richlazy.ingest.FileOption;
import org.richlazy.ingest.OptionWord;

/**
 * The options of format {@code allen-v1-celltype} (docs/formats.md#allen-v1-celltype-allen-institute-v1-tables); every
 * component nullable, null meaning the default.
 *
 * @param property    the PSP measure: {@code 90th} (default) or {@code resting}
 * @param classesFile a {@code classes.csv} (simple layout) giving the class proportions the Allen files lack;
 *                    null = equal proportions (recorded)
 */
public record AllenOptions(PspMeasure property, @FileOption String classesFile) {
    /** Option {@code property} of the Allen tables: which PSP amplitude is the strength. */
    public enum PspMeasure implements OptionWord {
        NINETIETH, RESTING;

        @Override
        public String word() {
            return this == NINETIETH ? "90th" : "resting";
        }
    }
}
