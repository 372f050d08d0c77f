package org.richlazy.ingest.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.IoFailure;

/**
 * The rows of a delimited UTF-8 text file, each with its line number. A UTF-8 byte order mark is
 * dropped; CRLF and LF both end a line; blank lines are skipped; lines whose first non-blank
 * character is {@code #} are comments, skipped, and kept apart in {@link #comments()} only when asked
 * (a file of comment lines would otherwise fill the heap). Lines are at most {@code max-line-bytes}
 * long and gzip text expands within its limits ({@link TextSource}, docs/formats.md, "Read limits").
 *
 * @param source    what was read
 * @param delimiter the delimiter used (given or detected from the first data line)
 * @param rows      the data rows in file order
 * @param comments  the comment lines, text after {@code #} trimmed, in file order
 */
public record TextTable(TextSource source, Delimiter delimiter, List<TextRow> rows, List<String> comments) {

    public TextTable {
        rows = List.copyOf(rows);
        comments = List.copyOf(comments);
    }

    /**
     * Reads a whole file.
     *
     * @param delimiter    the delimiter, or {@code null} to detect it from the first data line
     * @param keepComments whether the comment lines are kept in {@link #comments()} (else they are skipped unkept)
     * @throws IngestException if the file cannot be read, passes a read limit, holds no data row, or a line has
     *                         broken quoting
     */
    public static TextTable read(TextSource source, Delimiter delimiter, boolean keepComments) {
        List<TextRow> rows = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        Delimiter used = stream(source, delimiter, keepComments ? comments::add : comment -> { }, rows::add);
        if (rows.isEmpty()) {
            throw new IngestException(source.name(), "", "empty file (no data rows)", "at least one row of data");
        }
        return new TextTable(source, used, rows, comments);
    }

    /**
     * The first data row of a file and the delimiter it was split with; the rest of the file is not read.
     *
     * @param delimiter    the delimiter, or {@code null} to detect it from that row
     * @param skipComments whether {@code #} lines are comments, skipped (otherwise they are data)
     * @throws IngestException if the file cannot be read, holds no data row, or the row has broken quoting
     */
    public static TextTable first(TextSource source, Delimiter delimiter, boolean skipComments) {
        List<TextRow> rows = new ArrayList<>(1);
        Delimiter used = stream(source, delimiter, skipComments ? comment -> { } : null, row -> {
            rows.add(row);
            return false;
        });
        if (rows.isEmpty()) {
            throw new IngestException(source.name(), "", "empty file (no data rows)", "at least one row of data");
        }
        return new TextTable(source, used, rows, List.of());
    }

    /**
     * Reads a file row by row without keeping it: each data row goes to {@code rows} as it is read,
     * so a file of any length is read in the memory of one line.
     *
     * @param delimiter the delimiter, or {@code null} to detect it from the first data line
     * @param comments  receives the text of {@code #} lines (trimmed, without the {@code #}), or null when
     *                  such lines are data
     * @param rows      receives each data row; reading stops early when it answers false
     * @return the delimiter used (null for a file without data rows)
     * @throws IngestException if the file cannot be read (a damaged gzip file included) or a line has
     *                         broken quoting
     */
    public static Delimiter stream(TextSource source, Delimiter delimiter, Consumer<String> comments,
                                   Predicate<TextRow> rows) {
        Delimiter used = delimiter;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                BOMInputStream.builder().setInputStream(source.open()).setByteOrderMarks(ByteOrderMark.UTF_8).get(),
                StandardCharsets.UTF_8), 1 << 16)) {
            String text;
            int line = 0;
            while ((text = in.readLine()) != null) {
                line++;
                String stripped = text.strip();
                if (stripped.isEmpty()) {
                    continue;
                }
                if (comments != null && stripped.charAt(0) == '#') {
                    comments.accept(stripped.substring(1).strip());
                    continue;
                }
                if (used == null) {
                    used = Delimiter.detect(text);
                }
                List<String> cells = LineSplitter.split(text, used);
                if (cells == null) {
                    throw new IngestException(source.name(), "line " + line, "unbalanced or misplaced quote",
                            "each quoted cell closed by \" before the next delimiter");
                }
                if (!rows.test(new TextRow(line, cells))) {
                    break;
                }
            }
        } catch (TextSource.DamagedGzip e) {
            throw new IngestException(source.name(), "", "truncated or damaged gzip data: " + e.getMessage(),
                    "a complete gzip file", e);
        } catch (IOException e) {
            throw new IngestException(source.name(), "", "cannot read file: " + IoFailure.describe(e),
                    "a readable UTF-8 text file", e);
        }
        return used;
    }

    /** The file name errors show. */
    public String name() {
        return source.name();
    }
}
