package org.richlazy.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import org.richlazy.ingest.celltype.CellTypeCsvFormat;
import org.richlazy.ingest.celltype.CellTypeCsvReader;

/**
 * Picks a format from a path's extension and content, so that {@code --format} is needed only
 * to override. The rules, in order, are listed in {@code docs/formats.md}.
 */
final class FormatDetector {
    private FormatDetector() {
    }

    static String detect(Path path) {
        if (Files.isDirectory(path)) {
            if (CellTypeCsvFormat.isLayout(path)) {
                return CellTypeCsvReader.FORMAT;
            }
            throw new IngestException(path.toString(), "", "cannot tell the format of this folder",
                    "a folder holding classes.csv + pairs.csv, or option format");
        }
        String name = path.getFileName().toString();
        if (name.equals(CellTypeCsvFormat.CLASSES) || name.equals(CellTypeCsvFormat.PAIRS)) {
            return CellTypeCsvReader.FORMAT;
        }
        throw new IngestException(path.toString(), "", "cannot tell the format of this file",
                "a known extension or option format");
    }
}
