package org.richlazy.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.richlazy.ingest.BoundedInput;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.ReadLimits;

/**
 * Spreadsheets (xlsx, the ZIP container of Office Open XML, starting with {@code PK\3\4}) through the
 * installed {@link SpreadsheetFormat}; which sheet to read is option {@code sheet}, else the only sheet, else
 * the only one a reader's test accepts.
 */
public final class Spreadsheets {
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private Spreadsheets() {
    }

    /** Whether a file starts like a ZIP container (xlsx). */
    public static boolean isSpreadsheet(Path file) {
        byte[] head = TableFiles.head(file);
        return head.length >= ZIP.length && head[0] == ZIP[0] && head[1] == ZIP[1] && head[2] == ZIP[2] && head[3] == ZIP[3];
    }

    /**
     * The sheet to read: {@code named} when given, else the only sheet, else the only sheet whose name
     * {@code usable} accepts.
     *
     * Before the reader sees the file, every entry of the ZIP container is decompressed once within
     * {@code limits} ({@link #requireWithin}), so a workbook that expands past them is refused before any of it
     * is kept.
     *
     * @throws IngestException if the file does not start like a ZIP container, no spreadsheet reader is installed,
     *                         the workbook passes a read limit, the named sheet is absent, or the choice is
     *                         ambiguous (the message lists the sheets)
     */
    public static Sheet read(Path file, String named, Predicate<String> usable, ReadLimits limits) {
        SpreadsheetFormat format = format(file);
        requireWithin(file, limits);
        List<String> sheets = format.sheets(file);
        String chosen = named;
        if (chosen == null) {
            List<String> candidates = sheets.size() == 1 ? sheets : sheets.stream().filter(usable).toList();
            if (candidates.size() != 1) {
                throw new IngestException(file.toString(), "option sheet", "a workbook of " + sheets.size()
                        + " sheets " + sheets + " and no sheet chosen", "option sheet naming one of them");
            }
            chosen = candidates.get(0);
        } else if (!sheets.contains(chosen)) {
            throw new IngestException(file.toString(), "option sheet", "no sheet '" + chosen + "'", "one of " + sheets);
        }
        return format.read(file, chosen);
    }

    /**
     * Decompresses every entry of a ZIP container (as listed in its central directory, the listing readers
     * use) and discards the bytes, counting them against one {@link BoundedInput.Budget}: compressed bytes are
     * the entries' stored sizes opened so far, and no XML text between tags (a cell, a shared string) may be
     * longer than {@code max-line-bytes}.
     *
     * @throws IngestException naming the entry and the option when a limit is passed, or when the container
     *                         cannot be read as ZIP
     */
    static void requireWithin(Path file, ReadLimits limits) {
        String name = file.toString();
        long[] opened = {0};
        BoundedInput.Budget budget = new BoundedInput.Budget(name, limits, () -> opened[0]);
        byte[] scratch = new byte[1 << 16];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                opened[0] += Math.max(entry.getCompressedSize(), 0);
                try (InputStream in = new BoundedInput(zip.getInputStream(entry), name, "entry " + entry.getName(), limits,
                        BoundedInput.Runs.XML_TEXT, budget)) {
                    while (in.read(scratch, 0, scratch.length) >= 0) {
                        // bytes counted and checked by BoundedInput, not kept
                    }
                }
            }
        } catch (IOException e) {
            throw new IngestException(name, "", "not a readable xlsx workbook: its ZIP container is damaged or truncated",
                    "a complete xlsx workbook", e);
        }
    }

    private static SpreadsheetFormat format(Path file) {
        byte[] head = TableFiles.head(file);
        if (!isSpreadsheet(file)) {
            throw new IngestException(file.toString(), "", head.length == 0 ? "an empty file, not a valid xlsx (zip) file"
                    : "not a valid xlsx (zip) file: it does not start with the ZIP signature PK\\3\\4",
                    "an xlsx workbook (a ZIP container of Office Open XML), or another format given with option format");
        }
        for (SpreadsheetFormat f : ServiceLoader.load(SpreadsheetFormat.class, Spreadsheets.class.getClassLoader())) {
            if (f.accepts(head)) {
                return f;
            }
        }
        throw new IngestException(file.toString(), "", "a spreadsheet (xlsx), and this build of richlazy has no "
                + "spreadsheet reader (the optional ingest-formats module)", TableFiles.OPTIONAL_READERS);
    }
}
