package org.richlazy.ingest.hdf5;

import java.util.Arrays;
import java.util.Locale;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.Provenance;

/**
 * Option {@code subtract} of {@code hdf5-matrix}: the matrix read is {@code A - B}, entry by entry,
 * where A is the matrix named by option {@code dataset} and B a second matrix of the same file with
 * the same shape and orientation. A run's {@code W_h_final - W_h_initial} is the change training made
 * to the recurrent weights (ours: the source of a task-aligned init, {@code docs/science.md}).
 */
final class MatrixDifference {
    private MatrixDifference() {
    }

    /**
     * Checks that B can be subtracted from A.
     *
     * @throws IngestException naming both matrices when B is A itself, or differs in shape or orientation
     */
    static void requireSubtractable(String file, MatrixNode a, MatrixNode b) {
        String where = b.path() + " (option subtract)";
        if (a.node().getAddress() == b.node().getAddress()) {
            throw new IngestException(file, where, "the same matrix as dataset " + a.path()
                    + " (the difference would be zero)", "a second matrix of the file");
        }
        if (!Arrays.equals(a.shape(), b.shape())) {
            throw new IngestException(file, where, b.describeShape() + " to subtract from " + a.path() + ", "
                    + a.describeShape(), a.describeShape() + ", the shape of " + a.path());
        }
        if (a.orientation().rowsPre() != b.orientation().rowsPre()) {
            throw new IngestException(file, where, "orientation " + b.orientation().describe() + ", while " + a.path()
                    + " has " + a.orientation().describe(), "the orientation of " + a.path());
        }
    }

    /**
     * Replaces {@code w} (A, {@code W[post][pre]}) by {@code A - B} and records the subtraction with
     * the Frobenius norms of A, B and A - B.
     *
     * @param minus B, {@code W[post][pre]}, the same size as {@code w}
     * @throws IngestException naming both matrices and the entry when a difference is not finite
     */
    static Provenance subtract(String file, double[][] w, MatrixNode a, double[][] minus, MatrixNode b, Provenance prov) {
        double normA = frobenius(w);
        double normB = frobenius(minus);
        int n = w.length;
        for (int post = 0; post < n; post++) {
            for (int pre = 0; pre < n; pre++) {
                double d = w[post][pre] - minus[post][pre];
                if (!Double.isFinite(d)) {
                    throw new IngestException(file, a.path() + " - " + b.path() + " at W[post " + post + "][pre " + pre
                            + "]", "difference " + w[post][pre] + " - " + minus[post][pre] + " = " + d,
                            "a finite difference of the two matrices");
                }
                w[post][pre] = d;
            }
        }
        return prov.withStep("subtracted " + b.path() + " from " + a.path(), (long) n * n, String.format(Locale.ROOT,
                "option subtract: every entry is %s - %s; Frobenius norms %.6g (%s), %.6g (%s), %.6g (difference)",
                a.path(), b.path(), normA, a.path(), normB, b.path(), frobenius(w)));
    }

    private static double frobenius(double[][] w) {
        double sum = 0;
        for (double[] row : w) {
            for (double v : row) {
                sum += v * v;
            }
        }
        return Math.sqrt(sum);
    }
}
