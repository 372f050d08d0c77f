package org.richlazy.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.richlazy.ingest.celltype.AllenCellTypeReader;
import org.richlazy.ingest.celltype.CellTypeCsvFormat;
import org.richlazy.ingest.celltype.CellTypeCsvReader;
import org.richlazy.ingest.csv.TextFormatSniffer;

/**
 * Picks a format from a path's extension and content, so that {@code --format} is needed only
 * to override. The rules, in order, are listed in {@code docs/formats.md}.
 */
final class FormatDetector {
    private static final List<String> TEXT_EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".dat", ".ssv");

    private FormatDetector() {
    }

    static String detect(Path path) {
        if (Files.isDirectory(path)) {
            if (CellTypeCsvFormat.isLayout(path)) {
                return CellTypeCsvReader.FORMAT;
            }
            if (AllenCellTypeReader.isLayout(path)) {
                return AllenCellTypeReader.FORMAT;
            }
            throw new IngestException(path.toString(), "", "cannot tell the format of this folder",
                    "a folder holding classes.csv + pairs.csv or the Allen cell-type files, or option format");
        }
        String name = path.getFileName().toString();
        if (name.equals(CellTypeCsvFormat.CLASSES) || name.equals(CellTypeCsvFormat.PAIRS)) {
            return CellTypeCsvReader.FORMAT;
        }
        if (AllenCellTypeReader.isLayoutFile(name) && AllenCellTypeReader.isLayout(path.toAbsolutePath().getParent())) {
            return AllenCellTypeReader.FORMAT;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (String ext : TEXT_EXTENSIONS) {
            if (lower.endsWith(ext)) {
                return TextFormatSniffer.sniff(path);
            }
        }
        throw new IngestException(path.toString(), "", "cannot tell the format of this file",
                "an extension among " + TEXT_EXTENSIONS + ", or option format");
    }
}
