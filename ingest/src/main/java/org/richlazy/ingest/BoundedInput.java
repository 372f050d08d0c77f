package org.richlazy.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * A stream that enforces {@link ReadLimits} as it is read (docs/formats.md, section "Read limits"): no run of
 * bytes between two separators (a text line between line ends, an XML text between {@code <}) longer than
 * {@code max-line-bytes}, and, for decompressed data, the {@link Budget} of its file. A limit passed raises an
 * {@link IngestException} naming the file, the line (or entry) and the option that raises the limit; the bytes
 * past the limit are never handed on.
 */
public final class BoundedInput extends FilterInputStream {
    /** What separates the runs a stream bounds. */
    public enum Runs {
        /** Text lines, ended by LF, CR or CRLF; errors name the line number. */
        LINES,
        /** The text between XML tags (a cell's text, a shared string); errors name the entry. */
        XML_TEXT
    }

    private final String file;
    private final String entry;
    private final ReadLimits limits;
    private final Runs runs;
    private final Budget budget;
    private long line = 1;
    private long run;
    private boolean afterCr;

    /**
     * @param entry  the part of a container being read (e.g. {@code "entry xl/sharedStrings.xml"}), or null
     * @param budget the decompressed-size budget the bytes count against, or null for bytes read as stored
     */
    public BoundedInput(InputStream in, String file, String entry, ReadLimits limits, Runs runs, Budget budget) {
        super(in);
        this.file = file;
        this.entry = entry;
        this.limits = limits;
        this.runs = runs;
        this.budget = budget;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n <= 0) {
            return n;
        }
        if (budget != null) {
            budget.spend(n, entry);
        }
        for (int i = off; i < off + n; i++) {
            byte c = b[i];
            if (runs == Runs.LINES ? c == '\n' || c == '\r' : c == '<') {
                if (runs == Runs.LINES && !(c == '\n' && afterCr)) {
                    line++;
                }
                afterCr = c == '\r';
                run = 0;
            } else {
                afterCr = false;
                if (++run > limits.maxLineBytes()) {
                    throw runs == Runs.LINES ? limits.lineTooLong(file, "line " + line, "line")
                            : limits.lineTooLong(file, entry, "cell or XML text");
                }
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] scratch = new byte[(int) Math.min(n, 8192)];
        int read = read(scratch, 0, scratch.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /**
     * The decompressed bytes of one compressed file (one gzip stream, or every entry of a ZIP container
     * together), checked against {@code max-decompressed-bytes} and against {@code max-expansion} times the
     * compressed bytes read so far (plus {@link ReadLimits#EXPANSION_GRACE}).
     */
    public static final class Budget {
        private final String file;
        private final ReadLimits limits;
        private final LongSupplier compressedRead;
        private long decompressed;

        /** @param compressedRead the compressed bytes read (or opened) so far */
        public Budget(String file, ReadLimits limits, LongSupplier compressedRead) {
            this.file = file;
            this.limits = limits;
            this.compressedRead = compressedRead;
        }

        void spend(long bytes, String entry) {
            decompressed += bytes;
            limits.requireExpansionWithin(file, entry == null ? "" : entry, decompressed, compressedRead.getAsLong());
        }
    }
}
