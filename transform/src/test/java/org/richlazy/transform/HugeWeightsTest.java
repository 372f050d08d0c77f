package org.richlazy.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.transform.matrix.Matrices;
import org.richlazy.transform.spectrum.Spectrum;

/**
 * Finite weights near {@link Double#MAX_VALUE}, as a damaged file holds them: norms and spectra are
 * computed in units of the largest entry, and a matrix whose Frobenius norm overflows float64 is
 * refused at the scaling step, naming the file, the entry and the weight.
 */
class HugeWeightsTest {
    private static final double HUGE = 1.3e308;

    private static double[][] random(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] w = new double[n][n];
        for (double[] row : w) {
            for (int j = 0; j < n; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        return w;
    }

    @Test
    void spectrumOfAMatrixNearTheFloat64LimitIsTheScaledSpectrum() {
        double[][] w = random(20, 3);
        double[][] big = Matrices.scaled(w, 1e306);
        Spectrum s = Transform.spectrum(w);
        Spectrum b = Transform.spectrum(big);
        assertThat(b.participationRatio()).isCloseTo(s.participationRatio(), within(1e-9));
        assertThat(b.stableRank()).isCloseTo(s.stableRank(), within(1e-9));
        assertThat(b.erEig()).isCloseTo(s.erEig(), within(1e-9));
        assertThat(b.entropyRank()).isCloseTo(s.entropyRank(), within(1e-9));
        assertThat(b.spectralRadius() / 1e306).isCloseTo(s.spectralRadius(), within(1e-9));
        assertThat(b.frobeniusNorm() / 1e306).isCloseTo(s.frobeniusNorm(), within(1e-9));
        assertThat(Matrices.frobenius(big) / 1e306).isCloseTo(Matrices.frobenius(w), within(1e-9));
    }

    @Test
    void oneHugeEntryScalesToAFiniteInit() throws IOException {
        double[][] w = random(6, 4);
        w[1][2] = HUGE;
        Path file = Files.writeString(Files.createTempFile("huge-one", ".csv"), csv(w));
        InitSet set = TestTransform.STAGE.build(TestTransform.READERS.read(file, Optional.empty()), TransformSpec.defaults());
        Spectrum s = set.studied().spectrum();
        assertThat(s.frobeniusNorm()).isCloseTo(1.25 * Math.sqrt(6), within(1e-9));
        assertThat(s.participationRatio()).isCloseTo(1, within(1e-9));
        assertThat(s.spectralRadius()).isFinite();
        Files.delete(file);
    }

    @Test
    void textMatrixWhoseNormOverflowsIsRefusedNamingFileEntryAndWeight(@TempDir Path dir) throws IOException {
        double[][] w = random(20, 5);
        w[3][7] = HUGE;
        w[4][9] = -HUGE;
        Path file = Files.writeString(dir.resolve("damaged.csv"), csv(w));
        // a dense text file's rows are presynaptic: row 3, column 7 is pre 3 onto post 7
        assertThatThrownBy(() -> TestTransform.STAGE.build(TestTransform.READERS.read(file, Optional.empty()), TransformSpec.defaults()))
                .isInstanceOf(TransformException.class)
                .hasMessageContaining("damaged.csv: entry [post 7][pre 3]: weight 1.3E308 makes the Frobenius norm")
                .hasMessageContaining("exceed the largest float64")
                .hasMessageNotContaining("\n");
    }

    @Test
    void hdf5MatrixWhoseNormOverflowsIsRefusedNamingFileEntryAndWeight(@TempDir Path dir) {
        double[][] w = random(20, 6);
        w[0][1] = -HUGE;
        w[2][2] = -HUGE;
        Path file = dir.resolve("damaged.h5");
        try (WritableHdfFile h = HdfFile.write(file)) {
            h.putDataset("W", w);
        }
        assertThatThrownBy(() -> TestTransform.STAGE.build(TestTransform.READERS.read(file, Optional.empty()), TransformSpec.defaults()))
                .isInstanceOf(TransformException.class)
                .hasMessageMatching(".*damaged\\.h5: entry \\[post \\d+]\\[pre \\d+]: weight -1\\.3E308 makes the Frobenius"
                        + " norm of the 20 x 20 matrix exceed the largest float64.*");
    }

    private static String csv(double[][] w) {
        StringBuilder b = new StringBuilder();
        for (double[] row : w) {
            for (int j = 0; j < row.length; j++) {
                b.append(j == 0 ? "" : ",").append(row[j]);
            }
            b.append('\n');
        }
        return b.toString();
    }
}
