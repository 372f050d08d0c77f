package org.richlazy.ingest.hdf5;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.Orientation;

/**
 * A matrix of an HDF5 file located but not yet read: a dense dataset or a sparse group (see
 * {@link SparseLayout}), its stored shape and its orientation.
 *
 * @param path        the path as the user named it
 * @param node        the dataset or group
 * @param shape       a dense dataset's dimensions (any number), or a sparse group's (rows, columns)
 * @param orientation option {@code orientation} or the file's declaration
 */
record MatrixNode(String path, Node node, int[] shape, DeclaredOrientation orientation) {

    /**
     * @param expected what the error says was expected when no node exists at {@code path}
     * @throws IngestException if there is no node at {@code path}, a group there is not a sparse
     *                         matrix, or its orientation cannot be settled
     */
    static MatrixNode locate(H5File h5, String path, String expected, Orientation orientation) {
        Node node = h5.node(path, expected);
        int[] shape;
        if (node instanceof Dataset) {
            shape = h5.dims(path);
        } else if (SparseLayout.isSparseGroup(h5, path)) {
            shape = SparseLayout.shape(h5, (Group) node, path);
        } else {
            throw new IngestException(h5.name(), path, "group without sparse-matrix datasets",
                    "data/indices/indptr (CSR, CSC) or row/col/data (COO)");
        }
        return new MatrixNode(path, node, shape, DeclaredOrientation.of(h5, node, path, orientation));
    }

    /** Whether this is a dense dataset rather than a sparse group. */
    boolean dense() {
        return node instanceof Dataset;
    }

    /** The shape in words: {@code "a 3 x 3 matrix"}, or {@code "a 1-D dataset"} when not 2-D. */
    String describeShape() {
        return shape.length == 2 ? "a " + shape[0] + " x " + shape[1] + " matrix" : "a " + shape.length + "-D dataset";
    }
}
