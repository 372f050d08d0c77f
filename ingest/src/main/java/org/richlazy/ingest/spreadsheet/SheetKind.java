package org.richlazy.ingest.spreadsheet;

import java.nio.file.Path;
import org.richlazy.ingest.ReadLimits;
import java.util.List;
import org.richlazy.ingest.csv.EdgeListReader;
import org.richlazy.ingest.table.Spreadsheets;
import org.richlazy.ingest.text.TextRow;

/** Tells an edge-list workbook from a matrix workbook: one sheet whose first row names edge columns is an edge list. */
public final class SheetKind {
    private SheetKind() {
    }

    /** {@link EdgeListReader#FORMAT} or {@link SheetMatrixReader#FORMAT}. */
    public static String detect(Path file, ReadLimits limits) {
        try {
            List<TextRow> rows = Spreadsheets.read(file, null, name -> false, limits).textRows();
            if (!rows.isEmpty() && EdgeListReader.isEdgeHeader(rows.get(0))) {
                return EdgeListReader.FORMAT;
            }
        } catch (org.richlazy.ingest.IngestException severalSheets) {
            if (!severalSheets.location().equals("option sheet")) {
                throw severalSheets;
            }
        }
        return SheetMatrixReader.FORMAT;
    }
}
