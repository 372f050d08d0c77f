package org.richlazy.ingest.hdf5;

import io.jhdf.api.Attribute;
import io.jhdf.api.Group;
import java.util.Locale;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.OptionWord;

/**
 * How a sparse matrix group is stored. CSR and CSC use {@code data}, {@code indices},
 * {@code indptr}; COO uses {@code row}, {@code col}, {@code data}. The layout comes from the
 * group's AnnData attribute {@code encoding-type} ({@code csr_matrix} / {@code csc_matrix}), from
 * h5sparse's {@code h5sparse_format}, from option {@code sparse-layout}, or (COO only) from its
 * dataset names.
 */
public enum SparseLayout implements OptionWord {
    CSR, CSC, COO;

    /** Whether a group looks like a sparse matrix (has the datasets of one layout). */
    static boolean isSparseGroup(H5File h5, String path) {
        return (h5.exists(path + "/data") && h5.exists(path + "/indices") && h5.exists(path + "/indptr"))
                || (h5.exists(path + "/row") && h5.exists(path + "/col") && h5.exists(path + "/data"));
    }

    static SparseLayout of(H5File h5, Group group, String path, SparseLayout option) {
        if (option != null) {
            return option;
        }
        String declared = H5File.stringAttribute(group, "encoding-type");
        if (declared == null) {
            declared = H5File.stringAttribute(group, "h5sparse_format");
        }
        if (declared != null) {
            return switch (declared.strip().toLowerCase(Locale.ROOT)) {
                case "csr", "csr_matrix" -> CSR;
                case "csc", "csc_matrix" -> CSC;
                case "coo", "coo_matrix" -> COO;
                default -> throw new IngestException(h5.name(), path, "sparse layout '" + declared + "'",
                        "csr, csc or coo (attribute encoding-type or option sparse-layout)");
            };
        }
        if (h5.exists(path + "/row") && h5.exists(path + "/col")) {
            return COO;
        }
        throw new IngestException(h5.name(), path, "a data/indices/indptr group without encoding-type or h5sparse_format",
                "option sparse-layout = csr or csc (the file does not say which)");
    }

    /** The (rows, columns) of a sparse group: attribute {@code shape} / {@code h5sparse_shape} or dataset {@code shape}. */
    static int[] shape(H5File h5, Group group, String path) {
        long[] shape = null;
        for (String name : new String[] {"shape", "h5sparse_shape"}) {
            Attribute a = group.getAttribute(name);
            if (a != null && shape == null) {
                shape = toLongs(h5, path + "@" + name, a.getData());
            }
        }
        if (shape == null && h5.exists(path + "/shape")) {
            shape = h5.longs(path + "/shape");
        }
        if (shape == null || shape.length != 2 || shape[0] < 0 || shape[1] < 0
                || shape[0] > Integer.MAX_VALUE || shape[1] > Integer.MAX_VALUE) {
            throw new IngestException(h5.name(), path, shape == null ? "no shape" : "shape of " + shape.length + " values",
                    "a 2-value shape (attribute shape or dataset shape)");
        }
        return new int[] {(int) shape[0], (int) shape[1]};
    }

    private static long[] toLongs(H5File h5, String where, Object v) {
        if (v instanceof long[] l) {
            return l;
        }
        if (v instanceof int[] i) {
            return java.util.Arrays.stream(i).asLongStream().toArray();
        }
        if (v instanceof Object[] o) {
            long[] out = new long[o.length];
            for (int k = 0; k < o.length; k++) {
                out[k] = ((Number) o[k]).longValue();
            }
            return out;
        }
        throw new IngestException(h5.name(), where, "shape attribute of type " + v.getClass().getSimpleName(),
                "an integer array");
    }
}
