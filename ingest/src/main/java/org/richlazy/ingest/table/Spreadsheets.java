package org.richlazy.ingest.table;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Predicate;
import org.richlazy.ingest.IngestException;

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
     * @throws IngestException if the file does not start like a ZIP container, no spreadsheet reader is installed,
     *                         the named sheet is absent, or the choice
     *                         is ambiguous (the message lists the sheets)
     */
    public static Sheet read(Path file, String named, Predicate<String> usable) {
        SpreadsheetFormat format = format(file);
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
