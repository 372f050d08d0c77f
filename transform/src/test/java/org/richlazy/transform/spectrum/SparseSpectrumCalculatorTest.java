package org.richlazy.transform.spectrum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.ReaderModule;
import org.richlazy.ingest.Readers;
import org.richlazy.transform.TransformException;
import org.richlazy.transform.matrix.SparseMatrix;

/**
 * The large spectrum of real connectomes of ../shared/data against their dense spectrum ({@link SpectrumCalculator},
 * EJML's EVD and SVD): the six eigenvalues of largest modulus, the six largest singular values, the participation
 * ratio and the stable rank agree to 1e-8 relative; Hutchinson's estimate of {@code ||W^T W||_F^2} lies within four
 * standard errors of the exact value at N 3,000, its error under 5 %.
 */
class SparseSpectrumCalculatorTest {
    private static final Readers READERS = com.google.inject.Guice.createInjector(new ReaderModule())
            .getInstance(Readers.class);

    @ParameterizedTest
    @CsvSource({"sonata/300_pointneurons", "celegans/c302/herm_full_edgelist.csv",
            "drosophila/bgm_maggot/maggot_subset_edgelist.csv", "sonata/layer4_sample", "sonata/300_intfire"})
    void agreesWithTheDenseSpectrumOnRealConnectomes(String file) {
        double[][] w = ((Ingested.Matrix) READERS.read(shared(file), java.util.Optional.empty())).connectome()
                .weightsCopy();
        Spectrum dense = SpectrumCalculator.of(w);
        LargeSpectrum large = SparseSpectrumCalculator.of(SparseMatrix.of(w), 6, 1);
        double radius = dense.spectralRadius();
        assertThat(large.spectralRadius()).isCloseTo(radius, within(1e-8 * radius));
        for (int i = 0; i < 6; i++) {
            double modulus = Math.hypot(dense.eigenReal()[i], dense.eigenImag()[i]);
            assertThat(Math.hypot(large.topEigenReal()[i], large.topEigenImag()[i])).as("|lambda_%d| of %s", i, file)
                    .isCloseTo(modulus, within(1e-8 * radius));
            assertThat(large.topSingularValues()[i]).as("s_%d of %s", i, file)
                    .isCloseTo(dense.singularValues()[i], within(1e-8 * dense.maxSingularValue()));
        }
        assertThat(large.participationRatio()).isCloseTo(dense.participationRatio(),
                within(1e-8 * dense.participationRatio()));
        assertThat(large.participationRatioExact()).isTrue();
        assertThat(large.stableRank()).isCloseTo(dense.stableRank(), within(1e-8 * dense.stableRank()));
        assertThat(large.frobeniusNorm()).isCloseTo(dense.frobeniusNorm(), within(1e-12 * dense.frobeniusNorm()));
        assertThat(large.notComputed()).isEqualTo("erEig, erSV, entropy rank and the full spectrum: not computed at "
                + "this size (N = " + w.length + ")");
    }

    @Test
    void estimatedGramNormIsWithinItsStatedErrorOfTheExact() {
        SparseMatrix w = heavyTailed(3_000, 0.01, 5);
        SparseSpectrumCalculator.TopSingular top = SparseSpectrumCalculator.topSingular(w, 6, 2);
        double exact = SparseSpectrumCalculator.gramFrobeniusSquared(w, Long.MAX_VALUE, 9, top).value();
        SparseSpectrumCalculator.GramNorm estimate = SparseSpectrumCalculator.gramFrobeniusSquared(w, 0, 9, top);
        assertThat(estimate.standardError()).isPositive().isLessThan(0.05 * exact);
        assertThat(Math.abs(estimate.value() - exact)).isLessThan(4 * estimate.standardError());
        LargeSpectrum exactRanks = SparseSpectrumCalculator.of(w, 6, 3);
        LargeSpectrum estimated = SparseSpectrumCalculator.of(w, 6, 3, 0);
        assertThat(estimated.participationRatioExact()).isFalse();
        assertThat(Math.abs(estimated.participationRatio() - exactRanks.participationRatio()))
                .isLessThan(4 * estimated.participationRatioError());
    }

    /**
     * On a matrix dominated by one direction (all weights positive: a Perron outlier, as in a connectome of counts)
     * plain Hutchinson's estimate is poor; deflating the top singular directions makes it exact there, so the error
     * left is that of the rest: within four standard errors of the exact value, the standard error under 1 %.
     */
    @Test
    void deflationTakesTheOutliersVarianceOut() {
        SparseMatrix w = positive(3_000, 0.05, 6);
        SparseSpectrumCalculator.TopSingular top = SparseSpectrumCalculator.topSingular(w, 6, 2);
        double exact = SparseSpectrumCalculator.gramFrobeniusSquared(w, Long.MAX_VALUE, 9, top).value();
        SparseSpectrumCalculator.GramNorm deflated = SparseSpectrumCalculator.gramFrobeniusSquared(w, 0, 9, top);
        SparseSpectrumCalculator.GramNorm plain = SparseSpectrumCalculator.gramFrobeniusSquared(w, 0, 9,
                new SparseSpectrumCalculator.TopSingular(new double[0], new double[0]));
        assertThat(Math.abs(deflated.value() - exact)).isLessThan(4 * deflated.standardError());
        assertThat(deflated.standardError()).isLessThan(0.01 * exact);
        assertThat(plain.standardError()).as("plain Hutchinson").isGreaterThan(10 * deflated.standardError());
    }

    @Test
    void exactGramNormMatchesAHandComputation() {
        // W = [[1, 2], [0, 3]] (rows post): W^T W = [[1, 2], [2, 13]], ||W^T W||_F^2 = 1 + 4 + 4 + 169 = 178
        SparseMatrix w = SparseMatrix.of(new double[][] {{1, 2}, {0, 3}});
        assertThat(SparseSpectrumCalculator.gramFrobeniusSquared(w, Long.MAX_VALUE, 1, null).value()).isEqualTo(178.0);
    }

    @Test
    void refusesMatricesTooSmallForArnoldiAndHandlesZero() {
        assertThatThrownBy(() -> SparseSpectrumCalculator.of(SparseMatrix.of(new double[4][4]), 6, 1))
                .isInstanceOf(TransformException.class).hasMessageContaining("N = 4 for the top 6 values");
        LargeSpectrum zero = SparseSpectrumCalculator.of(SparseMatrix.of(new double[10][10]), 6, 1);
        assertThat(zero.spectralRadius()).isZero();
        assertThat(zero.participationRatio()).isNaN();
    }

    /**
     * Two problems at once (two runs of a sweep measuring their change) give each its own values: ARPACK's Java
     * translation keeps a problem's state in static fields, which two threads at once would share.
     */
    @Test
    void twoProblemsAtOnceInTwoThreadsGiveTheValuesOfEachAlone() throws Exception {
        SparseMatrix a = heavyTailed(300, 0.05, 3);
        SparseMatrix b = positive(500, 0.03, 4);
        LargeSpectrum aloneA = SparseSpectrumCalculator.of(a, 6, 1);
        LargeSpectrum aloneB = SparseSpectrumCalculator.of(b, 6, 1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                var fa = pool.submit(() -> SparseSpectrumCalculator.of(a, 6, 1));
                var fb = pool.submit(() -> SparseSpectrumCalculator.of(b, 6, 1));
                assertThat(fa.get().topSingularValues()).containsExactly(aloneA.topSingularValues());
                assertThat(fa.get().topEigenReal()).containsExactly(aloneA.topEigenReal());
                assertThat(fb.get().topSingularValues()).containsExactly(aloneB.topSingularValues());
                assertThat(fb.get().topEigenReal()).containsExactly(aloneB.topEigenReal());
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Each entry nonzero with probability {@code density}, log-normal magnitude (heavy tail), random sign. */
    private static SparseMatrix heavyTailed(int n, double density, long seed) {
        return random(n, density, seed, rng -> (rng.nextBoolean() ? 1 : -1) * Math.exp(rng.nextGaussian()));
    }

    /** Each entry nonzero with probability {@code density}, about 1 (1 + |N(0, 0.1)|): one large outlier. */
    private static SparseMatrix positive(int n, double density, long seed) {
        return random(n, density, seed, rng -> 1 + 0.1 * Math.abs(rng.nextGaussian()));
    }

    private static SparseMatrix random(int n, double density, long seed,
                                       java.util.function.ToDoubleFunction<SplittableRandom> weight) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] w = new double[n][n];
        for (double[] row : w) {
            for (int j = 0; j < n; j++) {
                if (rng.nextDouble() < density) {
                    row[j] = weight.applyAsDouble(rng);
                }
            }
        }
        return SparseMatrix.of(w);
    }

    private static Path shared(String relative) {
        String root = System.getProperty("richlazy.shared.data");
        assumeTrue(root != null && Files.exists(Path.of(root).resolve(relative)), "../shared/data/" + relative
                + " is absent: real-data test skipped");
        return Path.of(root).resolve(relative);
    }
}
