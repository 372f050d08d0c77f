package org.richlazy.ingest.text;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.apache.commons.io.input.BoundedInputStream;
import org.richlazy.ingest.BoundedInput;
import org.richlazy.ingest.IoFailure;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.RegularFiles;

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

    /**
     * A file, decompressed when gzip; its name is the path as given. It is read within {@code limits}
     * ({@link BoundedInput}): lines of at most {@code max-line-bytes}, and for gzip the decompressed-size
     * budget; a path that is not a regular file is refused when opened ({@link RegularFiles}).
     */
    public static TextSource of(Path file, ReadLimits limits) {
        return new TextSource(file.toString(), () -> {
            RegularFiles.requireFile(file);
            return bounded(file.toString(), Files.newInputStream(file), limits);
        });
    }

    /** Whether a file starts with the gzip signature. */
    public static boolean isGzip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        } catch (IOException e) {
            return false;
        }
    }

    /** The bytes of {@code raw} within {@code limits}, gunzipped when they start with the gzip signature. */
    private static InputStream bounded(String name, InputStream raw, ReadLimits limits) throws IOException {
        BoundedInputStream counted = BoundedInputStream.builder().setInputStream(raw).get();
        BufferedInputStream in = new BufferedInputStream(counted, 1 << 16);
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        if (!gzip) {
            return new BoundedInput(in, name, null, limits, BoundedInput.Runs.LINES, null);
        }
        try {
            return new BoundedInput(new GzipText(new GZIPInputStream(in, 1 << 16)), name, null, limits,
                    BoundedInput.Runs.LINES, new BoundedInput.Budget(name, limits, counted::getCount));
        } catch (IOException e) {
            in.close();
            throw new DamagedGzip(e);
        }
    }

    /** An I/O failure inside gzip data: a truncated or corrupt {@code .gz} file. */
    public static final class DamagedGzip extends IOException {
        private static final long serialVersionUID = 1L;

        DamagedGzip(IOException cause) {
            super(IoFailure.describe(cause), cause);
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
        String name = "resource:" + resourcePath;
        return new TextSource(name, () -> {
            InputStream in = anchor.getResourceAsStream(resourcePath);
            if (in == null) {
                throw new IOException("resource " + resourcePath + " is not on the class path");
            }
            return bounded(name, in, ReadLimits.defaults());
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
