package org.richlazy.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.richlazy.ingest.formats.XlsxFixtures.number;
import static org.richlazy.ingest.formats.XlsxFixtures.text;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.Ingested;

/** Where a number is expected, only a cell the workbook stores as a number (or an empty one) is read as one. */
class XlsxCellTypesTest {
    @TempDir
    Path dir;

    private Path matrix(String file, String b2) {
        return XlsxFixtures.workbook(dir.resolve(file), "chemical", "<row r=\"1\">" + text("B1", "AVAL") + text("C1", "AVAR")
                + "</row><row r=\"2\">" + text("A2", "AVAL") + b2 + number("C2", "2") + "</row><row r=\"3\">"
                + text("A3", "AVAR") + number("B3", "3") + "</row>");
    }

    private Path edges(String file, String c2) {
        return XlsxFixtures.workbook(dir.resolve(file), "edges", "<row r=\"1\">" + text("A1", "source") + text("B1", "target")
                + text("C1", "weight") + "</row><row r=\"2\">" + text("A2", "a") + text("B2", "b") + c2 + "</row>");
    }

    private static Connectome read(Path file) {
        return ((Ingested.Matrix) TestReaders.READERS.read(file, Optional.empty())).connectome();
    }

    @Test
    void numericCellsOfAMatrixAreRead() {
        Connectome c = read(matrix("ok.xlsx", number("B2", "1.5")));
        assertThat(c.size()).isEqualTo(2);
        int aval = ReleaseFilesTest.index(c, "AVAL");
        int avar = ReleaseFilesTest.index(c, "AVAR");
        // rows presynaptic: row AVAL holds AVAL -> AVAL 1.5 and AVAL -> AVAR 2, row AVAR holds AVAR -> AVAL 3
        assertThat(c.weight(aval, aval)).isEqualTo(1.5);
        assertThat(c.weight(avar, aval)).isEqualTo(2.0);
        assertThat(c.weight(aval, avar)).isEqualTo(3.0);
        assertThat(c.weight(avar, avar)).isZero();
    }

    @Test
    void aTextCellThatReadsLikeANumberIsRefusedInAMatrix() {
        Path book = matrix("text.xlsx", text("B2", "1.5"));
        assertThatThrownBy(() -> read(book)).isInstanceOf(IngestException.class)
                .hasMessage(book + ":sheet 'chemical', cell B2: a text cell '1.5' where a number is expected (the workbook "
                        + "stores it as text); expected a number or an empty cell");
    }

    @Test
    void aTextWeightThatReadsLikeANumberIsRefusedInAnEdgeList() {
        Connectome ok = read(edges("ok.xlsx", number("C2", "4")));
        assertThat(ok.size()).isEqualTo(2);
        assertThat(ok.weight(ReleaseFilesTest.index(ok, "b"), ReleaseFilesTest.index(ok, "a"))).as("a -> b").isEqualTo(4.0);
        assertThat(ReleaseFilesTest.total(ok)).isEqualTo(4.0);
        Path book = edges("text.xlsx", text("C2", " 4 "));
        assertThatThrownBy(() -> read(book)).isInstanceOf(IngestException.class)
                .hasMessage(book + ":sheet 'edges', cell C2: a text cell '4' where a number is expected (the workbook "
                        + "stores it as text); expected a numeric weight cell");
    }
}
