package org.richlazy.ingest.text;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * A named text input: a file on disk or a class-path resource. The name is what errors and
 * provenance show. A file that starts with the gzip signature ({@code 1f 8b}) is decompressed as it
 * is read, whatever its name, so {@code .csv.gz} exports read like their {@code .csv}; damage in the
 * compressed data surfaces as {@link DamagedGzip}.
 */
public final class TextSource {

    /** Opens the bytes of a source. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final String name;
    private final Opener opener;

    private TextSource(String name, Opener opener) {
        this.name = Objects.requireNonNull(name, "name");
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    /** A file, decompressed when gzip; its name is the path as given. */
    public static TextSource of(Path file) {
        return new TextSource(file.toString(), () -> decompressed(Files.newInputStream(file)));
    }

    /** Whether a file starts with the gzip signature. */
    public static boolean isGzip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        } catch (IOException e) {
            return false;
        }
    }

    /** The bytes of {@code raw}, gunzipped when they start with the gzip signature. */
    private static InputStream decompressed(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        if (!gzip) {
            return in;
        }
        try {
            return new GzipText(new GZIPInputStream(in, 1 << 16));
        } catch (IOException e) {
            in.close();
            throw new DamagedGzip(e);
        }
    }

    /** An I/O failure inside gzip data: a truncated or corrupt {@code .gz} file. */
    public static final class DamagedGzip extends IOException {
        private static final long serialVersionUID = 1L;

        DamagedGzip(IOException cause) {
            super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
        }
    }

    /** Gunzipped bytes whose read failures are reported as {@link DamagedGzip}. */
    private static final class GzipText extends FilterInputStream {
        GzipText(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw new DamagedGzip(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw new DamagedGzip(e);
            }
        }
    }

    /**
     * A class-path resource next to {@code anchor}; its name is {@code resource:<absolute path>}.
     *
     * @param resourcePath absolute resource path, e.g. {@code /org/richlazy/ingest/presets/x.csv}
     */
    public static TextSource resource(Class<?> anchor, String resourcePath) {
        return new TextSource("resource:" + resourcePath, () -> {
            InputStream in = anchor.getResourceAsStream(resourcePath);
            if (in == null) {
                throw new IOException("resource " + resourcePath + " is not on the class path");
            }
            return in;
        });
    }

    public String name() {
        return name;
    }

    InputStream open() throws IOException {
        return opener.open();
    }

    @Override
    public String toString() {
        return name;
    }
}
