package org.richlazy.train.task;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.random.RandomGenerator;
import org.richlazy.train.Task;
import org.richlazy.train.TrialBatch;

/**
 * Sequential MNIST (SPEC §4): each image is 28 steps, step t showing its row t as 28 inputs
 * (pixel / 255, in [0, 1]); 10 classes; the loss is on the last step only, which is also the
 * decision step. Every step carries the digit as its label (only the last is used by the loss and
 * the kernel). Each trial is an image drawn uniformly with replacement from the training set (the
 * paper's PyTorch loader shuffles without replacement per epoch; over 200-image batches of 60,000
 * images the two hardly differ).
 *
 * <p>The images and labels are read from the standard IDX files {@code train-images-idx3-ubyte}
 * and {@code train-labels-idx1-ubyte} (or the same names with {@code .gz}) in a user-given folder.
 */
public final class SequentialMnist implements Task {
    /** File name of the training images. */
    public static final String IMAGES = "train-images-idx3-ubyte";
    /** File name of the training labels. */
    public static final String LABELS = "train-labels-idx1-ubyte";
    private static final int SIDE = 28;
    private static final int CLASSES = 10;

    private final byte[] pixels;
    private final byte[] labels;
    private final int count;

    private SequentialMnist(byte[] pixels, byte[] labels, int count) {
        this.pixels = pixels;
        this.labels = labels;
        this.count = count;
    }

    /**
     * Reads the training images and labels from {@code folder}.
     *
     * @throws IdxFormatException when a file is missing or malformed, the images are not 28 x 28,
     *                            the counts differ, or a label is outside 0..9
     */
    public static SequentialMnist load(Path folder) {
        IdxFile images = IdxFile.read(find(folder, IMAGES), 3);
        IdxFile labels = IdxFile.read(find(folder, LABELS), 1);
        int[] dims = images.dimensions();
        if (dims[1] != SIDE || dims[2] != SIDE) {
            throw new IdxFormatException(images.file(), "images are " + dims[1] + " x " + dims[2] + ", expected 28 x 28");
        }
        if (labels.dimensions()[0] != dims[0]) {
            throw new IdxFormatException(labels.file(), labels.dimensions()[0] + " labels for " + dims[0] + " images in "
                    + images.file());
        }
        if (dims[0] == 0) {
            throw new IdxFormatException(images.file(), "no images");
        }
        byte[] l = labels.data();
        for (int i = 0; i < l.length; i++) {
            if (Byte.toUnsignedInt(l[i]) >= CLASSES) {
                throw new IdxFormatException(labels.file(), "label " + Byte.toUnsignedInt(l[i]) + " of item " + i
                        + " is outside 0..9");
            }
        }
        return new SequentialMnist(images.data(), l, dims[0]);
    }

    private static Path find(Path folder, String name) {
        Path plain = folder.resolve(name);
        Path gz = folder.resolve(name + ".gz");
        if (Files.isRegularFile(plain)) {
            return plain;
        }
        if (Files.isRegularFile(gz)) {
            return gz;
        }
        throw new IdxFormatException(plain, "no such file (nor " + gz.getFileName() + "); the MNIST path must be the "
                + "folder holding the standard IDX files " + IMAGES + " and " + LABELS);
    }

    /** Number of images. */
    public int size() {
        return count;
    }

    @Override
    public String name() {
        return "smnist";
    }

    @Override
    public int inputSize() {
        return SIDE;
    }

    @Override
    public int outputSize() {
        return CLASSES;
    }

    @Override
    public int steps() {
        return SIDE;
    }

    @Override
    public boolean lossOnAllSteps() {
        return false;
    }

    @Override
    public TrialBatch sample(int batchSize, RandomGenerator rng) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        double[][][] inputs = new double[SIDE][batchSize][SIDE];
        int[][] targets = new int[SIDE][batchSize];
        for (int b = 0; b < batchSize; b++) {
            int image = rng.nextInt(count);
            int base = image * SIDE * SIDE;
            for (int t = 0; t < SIDE; t++) {
                for (int c = 0; c < SIDE; c++) {
                    inputs[t][b][c] = Byte.toUnsignedInt(pixels[base + t * SIDE + c]) / 255.0;
                }
                targets[t][b] = labels[image];
            }
        }
        return new TrialBatch(inputs, targets, SIDE - 1);
    }
}
