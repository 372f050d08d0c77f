package org.richlazy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The N and memory limits of {@link SizeLimits} on text formats, and where the limit comes from. */
class SizeLimitsTest {
    @TempDir
    Path dir;

    @Test
    void denseTextAboveTheLimitIsRefusedNamingTheOption() {
        Path f = TestData.write(dir.resolve("m.csv"), "0,1,0\n0,0,2\n3,0,4\n");
        assertThatThrownBy(() -> TestReaders.READERS.read(f, TestData.options(Map.of("max-neurons", 2))))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("3 neurons, above the limit of 2 (option max-neurons)")
                .hasMessageContaining("raise the limit with option max-neurons");
    }

    @Test
    void edgeListHugeIdsAreNamesNotSizes() {
        Path f = TestData.write(dir.resolve("e.csv"),
                "source,target,weight\n1000000000000000000,9223372036854775807,1\n9223372036854775807,7,2\n");
        Ingested in = TestReaders.READERS.read(f, Optional.of("edge-list"));
        assertThat(((Ingested.Matrix) in).connectome().size()).isEqualTo(3);
        Connectome sparse = ((Ingested.Matrix) TestReaders.READERS.read(f, TestData.options(Map.of("format", "edge-list",
                "max-neurons", 2)))).connectome();
        assertThat(sparse.size()).as("the limit applies to what is made dense, not to what the file holds").isEqualTo(3);
        assertThatThrownBy(sparse::weightsCopy)
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("3 neurons to hold as a dense matrix, above the limit of 2");
        assertThat(sparse.restrictTo(new int[] {1, 2}, "kept", "test").weightsCopy()).isDeepEqualTo(
                new double[][] {{0, 0}, {2, 0}});
    }

    @Test
    void systemPropertyRaisesOrLowersTheDefault() {
        Path f = TestData.write(dir.resolve("m.csv"), "0,1,0\n0,0,2\n3,0,4\n");
        System.setProperty(SizeLimits.PROPERTY, "2");
        try {
            assertThatThrownBy(() -> TestReaders.READERS.read(f, Optional.empty()))
                    .hasMessageContaining("above the limit of 2 (system property richlazy.max-neurons)");
            System.setProperty(SizeLimits.PROPERTY, "lots");
            assertThatThrownBy(() -> TestReaders.READERS.read(f, Optional.empty()))
                    .isInstanceOf(IngestException.class).hasMessageContaining("richlazy.max-neurons = 'lots'");
        } finally {
            System.clearProperty(SizeLimits.PROPERTY);
        }
        assertThat(((Ingested.Matrix) TestReaders.READERS.read(f, Optional.empty())).connectome().size()).isEqualTo(3);
    }

    @Test
    void aMatrixBeyondHalfTheHeapIsRefusedNamingTheHeap() {
        LimitOptions options = new LimitOptions(1_000_000, null, null, null);
        assertThatThrownBy(() -> SizeLimits.requireMatrix("f.h5", "/W", 900_000, options))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("a 900000 x 900000 matrix needs 6179810 MB")
                .hasMessageContaining("RICHLAZY_JAVA_OPTS=-Xmx");
        assertThatThrownBy(() -> SizeLimits.requireMemory("f.h5", "/d", -1, 8, "dataset /d"))
                .hasMessageContaining("negative declared size");
        assertThatThrownBy(() -> SizeLimits.requireMatrix("f.h5", "/d", Long.MIN_VALUE, options))
                .isInstanceOf(IngestException.class).hasMessageContaining("a negative number of neurons");
    }

    @Test
    void nonPositiveOptionIsRefused() {
        Path f = TestData.write(dir.resolve("m.csv"), "0,1\n1,0\n");
        assertThatThrownBy(() -> TestReaders.READERS.read(f, TestData.options(Map.of("max-neurons", 0))))
                .isInstanceOf(IngestException.class).hasMessageContaining("a positive whole number");
    }
}
