package org.richlazy.train.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.train.RunResult;
import org.richlazy.train.SeededRandom;
import org.richlazy.train.Task;
import org.richlazy.train.Trainer;
import org.richlazy.train.TrainingSpec;
import org.richlazy.train.TrialBatch;
import org.richlazy.transform.InitialWeights;
import org.richlazy.transform.spectrum.Spectrum;

/** Reads tiny IDX files written here: image i has pixel (r, c) = (i + r + c) mod 256 and label i mod 10. */
class SequentialMnistTest {
    @TempDir
    Path dir;

    private static void writeIdx(Path file, int[] dims, byte[] data, int magicDims) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(file.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw)) {
            out.writeShort(0);
            out.writeByte(0x08);
            out.writeByte(magicDims);
            for (int d : dims) {
                out.writeInt(d);
            }
            out.write(data);
        }
    }

    private void writeMnist(int count, String suffix) throws IOException {
        byte[] pixels = new byte[count * 784];
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            for (int r = 0; r < 28; r++) {
                for (int c = 0; c < 28; c++) {
                    pixels[i * 784 + r * 28 + c] = (byte) ((i + r + c) % 256);
                }
            }
            labels[i] = (byte) (i % 10);
        }
        writeIdx(dir.resolve(SequentialMnist.IMAGES + suffix), new int[] {count, 28, 28}, pixels, 3);
        writeIdx(dir.resolve(SequentialMnist.LABELS + suffix), new int[] {count}, labels, 1);
    }

    @Test
    void rowsAreStepsPixelsScaledToUnitInterval() throws IOException {
        writeMnist(12, "");
        SequentialMnist task = SequentialMnist.load(dir);
        assertThat(task.size()).isEqualTo(12);
        assertThat(task.steps()).isEqualTo(28);
        assertThat(task.inputSize()).isEqualTo(28);
        assertThat(task.outputSize()).isEqualTo(10);
        assertThat(task.lossOnAllSteps()).isFalse();
        TrialBatch batch = task.sample(50, SeededRandom.create(1));
        assertThat(batch.decisionStep()).isEqualTo(27);
        for (int b = 0; b < 50; b++) {
            int label = batch.labels()[27][b];
            // the image index is recovered from pixel (0, 0) = i
            int image = (int) Math.round(batch.inputs()[0][b][0] * 255);
            assertThat(label).isEqualTo(image % 10);
            for (int t = 0; t < 28; t++) {
                assertThat(batch.labels()[t][b]).isEqualTo(label);
                for (int c = 0; c < 28; c++) {
                    assertThat(batch.inputs()[t][b][c]).isEqualTo(((image + t + c) % 256) / 255.0);
                }
            }
        }
    }

    @Test
    void readsGzippedFilesAndTrainsOnTheLastStep() throws IOException {
        writeMnist(30, ".gz");
        TrainingSpec spec = TrainingSpec.builder().tasks(List.of("smnist")).seeds(List.of(1L)).iterations(3).batchSize(4)
                .learningRate(0.01).curveEvery(1).probeBatches(1).mnistPath(dir.toString()).build();
        Task task = TestTasks.CATALOG.task("smnist", spec);
        double nan = Double.NaN;
        double[][] w = new double[6][6];
        for (int i = 0; i < 6; i++) {
            w[i][(i + 1) % 6] = 0.9;
        }
        InitialWeights init = new InitialWeights("ring", w,
                new Spectrum(new double[0], new double[0], new double[0], nan, nan, nan, nan, nan, nan, nan, nan, 0),
                java.util.Map.of(), 1);
        RunResult r = Trainer.train(init, task, 1, spec).result();
        assertThat(r.status()).isEqualTo(RunResult.Status.OK);
        assertThat(r.heldOut()).isNull();
        assertThat(r.curve()).hasSize(3);
        assertThat(r.finalMeasures().kernelAlignment()).isBetween(-1.0, 1.0);
    }

    @Test
    void theT10kPairIsTheHeldOutSplit() throws IOException {
        writeMnist(12, "");
        SequentialMnist trainOnly = SequentialMnist.load(dir);
        assertThat(trainOnly.heldOutSize()).isZero();
        assertThat(trainOnly.description()).contains("12 training images (" + SequentialMnist.IMAGES + "); no "
                + SequentialMnist.TEST_IMAGES);
        byte[] pixels = new byte[5 * 784];
        java.util.Arrays.fill(pixels, (byte) 255);
        writeIdx(dir.resolve(SequentialMnist.TEST_IMAGES + ".gz"), new int[] {5, 28, 28}, pixels, 3);
        assertThatThrownBy(() -> SequentialMnist.load(dir)).hasMessageContaining(SequentialMnist.TEST_LABELS)
                .hasMessageContaining("the labels of");
        writeIdx(dir.resolve(SequentialMnist.TEST_LABELS), new int[] {5}, new byte[] {9, 8, 7, 6, 5}, 1);
        SequentialMnist task = SequentialMnist.load(dir);
        assertThat(task.heldOutSize()).isEqualTo(5);
        assertThat(task.description()).contains("12 training images", "5 held out (" + SequentialMnist.TEST_IMAGES
                + ".gz)");
        TrialBatch held = task.heldOut(1, 4);
        assertThat(held.batchSize()).isEqualTo(3);
        assertThat(held.labels()[27]).containsExactly(8, 7, 6);
        assertThat(held.inputs()[13][2][5]).isEqualTo(1.0);
    }

    @Test
    void missingFolderOrFileIsAClearError() throws IOException {
        assertThatThrownBy(() -> SequentialMnist.load(dir)).isInstanceOf(MnistFormatException.class)
                .hasMessageContaining(SequentialMnist.IMAGES).hasMessageContaining("no such file");
        assertThatThrownBy(() -> TestTasks.CATALOG.task("smnist", TrainingSpec.defaults()))
                .hasMessageContaining("mnistPath");
    }

    @Test
    void malformedFilesAreClearErrors() throws IOException {
        writeMnist(3, "");
        Path images = dir.resolve(SequentialMnist.IMAGES);
        byte[] good = Files.readAllBytes(images);
        Files.write(images, java.util.Arrays.copyOf(good, good.length - 5));
        assertThatThrownBy(() -> SequentialMnist.load(dir)).isInstanceOf(MnistFormatException.class)
                .hasMessageContaining("truncated");
        byte[] badMagic = good.clone();
        badMagic[2] = 0x0D;
        Files.write(images, badMagic);
        assertThatThrownBy(() -> SequentialMnist.load(dir)).hasMessageContaining("magic number");
        writeIdx(images, new int[] {3, 28, 27}, new byte[3 * 28 * 27], 3);
        assertThatThrownBy(() -> SequentialMnist.load(dir)).hasMessageContaining("28 x 27");
        writeIdx(images, new int[] {4, 28, 28}, new byte[4 * 784], 3);
        assertThatThrownBy(() -> SequentialMnist.load(dir)).hasMessageContaining("3 labels for 4 images");
        Files.write(images, good);
        writeIdx(dir.resolve(SequentialMnist.LABELS), new int[] {3}, new byte[] {1, 12, 3}, 1);
        assertThatThrownBy(() -> SequentialMnist.load(dir)).hasMessageContaining("label 12 of item 1");
    }
}
