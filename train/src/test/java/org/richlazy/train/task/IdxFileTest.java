package org.richlazy.train.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IDX headers are checked before their announced sizes are allocated, and gzip data is never expanded past them. */
class IdxFileTest {
    @TempDir
    Path dir;

    private static byte[] header(int... sizes) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * sizes.length).put(new byte[] {0, 0, 8, (byte) sizes.length});
        for (int s : sizes) {
            b.putInt(s);
        }
        return b.array();
    }

    private Path gzip(String name, byte[] header, long zeros) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(header);
            byte[] chunk = new byte[1 << 20];
            for (long left = zeros; left > 0; left -= chunk.length) {
                gz.write(chunk, 0, (int) Math.min(left, chunk.length));
            }
        }
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    @Test
    void aWellFormedFileIsRead() throws IOException {
        Path plain = Files.write(dir.resolve("labels.idx"), ByteBuffer.allocate(8 + 3).put(header(3)).put(new byte[] {1, 2, 3})
                .array());
        assertThat(IdxFile.read(plain, 1).data()).containsExactly(1, 2, 3);
        assertThat(IdxFile.read(gzip("zeros.idx.gz", header(2, 3), 6), 2).dimensions()).containsExactly(2, 3);
    }

    @Test
    void anAnnouncedSizeAboveTheBoundIsRefusedBeforeItIsAllocated() throws IOException {
        Path huge = gzip("huge.idx.gz", header(1_000_000, 28, 28), 0);
        assertThatThrownBy(() -> IdxFile.read(huge, 3)).isInstanceOf(MnistFormatException.class)
                .hasMessageContaining("the header announces 784000000 data bytes, more than the 268435456");
    }

    @Test
    void aPlainFileShorterThanItsHeaderSaysIsRefusedBeforeItIsAllocated() throws IOException {
        Path cut = Files.write(dir.resolve("cut.idx"), ByteBuffer.allocate(12 + 10).put(header(10_000, 10_000)).array());
        assertThatThrownBy(() -> IdxFile.read(cut, 2)).isInstanceOf(MnistFormatException.class)
                .hasMessageContaining("truncated: the header announces 100000000 data bytes, the file holds 10");
    }

    @Test
    void aGzipBombAfterTheAnnouncedDataIsRefusedWithoutExpandingIt() throws IOException {
        Path bomb = gzip("bomb.idx.gz", header(10), 200L << 20);
        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(5), () -> IdxFile.read(bomb, 1)))
                .isInstanceOf(MnistFormatException.class).hasMessageContaining("bytes after the 10 data bytes");
        Path cut = gzip("cut.idx.gz", header(1000), 10);
        assertThatThrownBy(() -> IdxFile.read(cut, 1)).isInstanceOf(MnistFormatException.class)
                .hasMessageContaining("truncated: the header announces 1000 data bytes, the data ends after 10");
    }
}
