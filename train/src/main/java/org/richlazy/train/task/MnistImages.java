package org.richlazy.train.task;

import org.richlazy.train.TrainException;
import org.richlazy.train.TrialBatch;

/**
 * A set of 28 x 28 MNIST images as unsigned bytes with their digit labels.
 *
 * @param pixels {@code count * 784} bytes, image after image, each row-major
 * @param labels {@code count} digits 0..9
 */
record MnistImages(byte[] pixels, byte[] labels) {
    static final int SIDE = 28;
    static final int PIXELS = SIDE * SIDE;

    MnistImages {
        if (pixels.length != labels.length * PIXELS) {
            throw new TrainException("MNIST images", pixels.length + " pixels for " + labels.length + " labels; expected "
                    + PIXELS + " per label");
        }
    }

    /** Number of images. */
    int count() {
        return labels.length;
    }

    /**
     * The images {@code images[0..]} as sequential-MNIST trials: step t shows row t (pixel / 255), every step is
     * labelled with the digit, the decision step is the last.
     */
    TrialBatch trials(int[] images) {
        double[][][] inputs = new double[SIDE][images.length][SIDE];
        int[][] targets = new int[SIDE][images.length];
        for (int b = 0; b < images.length; b++) {
            int base = images[b] * PIXELS;
            for (int t = 0; t < SIDE; t++) {
                for (int c = 0; c < SIDE; c++) {
                    inputs[t][b][c] = Byte.toUnsignedInt(pixels[base + t * SIDE + c]) / 255.0;
                }
                targets[t][b] = labels[images[b]];
            }
        }
        return new TrialBatch(inputs, targets, SIDE - 1);
    }

    /** These images followed by {@code other}'s. */
    MnistImages concat(MnistImages other) {
        byte[] p = java.util.Arrays.copyOf(pixels, pixels.length + other.pixels.length);
        System.arraycopy(other.pixels, 0, p, pixels.length, other.pixels.length);
        byte[] l = java.util.Arrays.copyOf(labels, labels.length + other.labels.length);
        System.arraycopy(other.labels, 0, l, labels.length, other.labels.length);
        return new MnistImages(p, l);
    }

    /** Images {@code from} (inclusive) to {@code to} (exclusive). */
    MnistImages range(int from, int to) {
        return new MnistImages(java.util.Arrays.copyOfRange(pixels, from * PIXELS, to * PIXELS),
                java.util.Arrays.copyOfRange(labels, from, to));
    }
}
