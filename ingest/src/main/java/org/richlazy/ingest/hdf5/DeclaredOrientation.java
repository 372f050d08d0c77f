package org.richlazy.ingest.hdf5;

import io.jhdf.api.Node;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.Orientation;

/**
 * The orientation of an HDF5 matrix: option {@code orientation} or what the file declares. A file
 * declares it with a string attribute {@code orientation} on the matrix's dataset or group, else on
 * the root group: {@code [post][pre]} (rows postsynaptic, as richlazy writes a run's
 * {@code weights.h5} and {@code inits/<name>.h5}) or {@code [pre][post]} (rows presynaptic). Any other
 * value, or no attribute, declares nothing, and the option's default {@code rows-pre} holds. An option
 * that contradicts the file's declaration is an error rather than a silent transpose.
 *
 * @param rowsPre whether matrix rows are presynaptic (the matrix is transposed into {@code W[post][pre]})
 * @param source  where the orientation came from, for the provenance
 */
record DeclaredOrientation(boolean rowsPre, String source) {
    static final String ATTRIBUTE = "orientation";
    static final String POST_PRE = "[post][pre]";
    static final String PRE_POST = "[pre][post]";

    /**
     * @throws IngestException if the option contradicts the file's declaration
     */
    static DeclaredOrientation of(H5File h5, Node matrix, String target, Orientation option) {
        String file = h5.name();
        String where = target;
        String declared = H5File.stringAttribute(matrix, ATTRIBUTE);
        if (!POST_PRE.equals(declared) && !PRE_POST.equals(declared)) {
            where = "/";
            declared = H5File.stringAttribute(h5.root(), ATTRIBUTE);
        }
        if (!POST_PRE.equals(declared) && !PRE_POST.equals(declared)) {
            return new DeclaredOrientation(Orientation.rowsArePre(option),
                    option == null ? "option orientation's default rows-pre" : "option orientation");
        }
        boolean declaredRowsPre = PRE_POST.equals(declared);
        String source = "attribute " + ATTRIBUTE + " = " + declared + " on " + where;
        if (option != null && Orientation.rowsArePre(option) != declaredRowsPre) {
            String agreeing = declaredRowsPre ? "rows-pre" : "rows-post";
            throw new IngestException(file, where + " (attribute " + ATTRIBUTE + ")", "the file declares "
                    + declared + " but option orientation is " + option.word(),
                    "option orientation " + agreeing + ", or none (the declaration then decides)");
        }
        return new DeclaredOrientation(declaredRowsPre, source);
    }

    /** The provenance's orientation text. */
    String describe() {
        return Orientation.text(rowsPre) + ", from " + source;
    }
}
