package org.richlazy.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.Ingested;

/** An xlsx workbook is checked against the read limits before fastexcel keeps any of it (docs/formats.md, "Read limits"). */
class XlsxLimitsTest {
    @TempDir
    Path dir;

    /** A one-sheet workbook of an edge list whose first edge's source name is {@code name}. */
    private Path workbook(String file, String name) {
        return XlsxFixtures.workbook(dir.resolve(file), "edges", "<row r=\"1\">" + XlsxFixtures.text("A1", "source")
                + XlsxFixtures.text("B1", "target") + "</row><row r=\"2\">" + XlsxFixtures.text("A2", name)
                + XlsxFixtures.text("B2", "b") + "</row>");
    }

    @Test
    void anOrdinaryWorkbookIsRead() throws IOException {
        Path ok = workbook("ok.xlsx", "a");
        Connectome c = ((Ingested.Matrix) TestReaders.READERS.read(ok, Optional.empty())).connectome();
        assertThat(c.size()).isEqualTo(2);
        assertThat(c.edgeCount()).isEqualTo(1);
        assertThat(c.weight(ReleaseFilesTest.index(c, "b"), ReleaseFilesTest.index(c, "a"))).as("a -> b, one row without a weight column").isEqualTo(1.0);
    }

    @Test
    void aCellOfTensOfMegabytesIsRefusedBeforeTheReaderKeepsIt() throws IOException {
        Path bomb = workbook("bomb.xlsx", "a".repeat(40_000_000));
        assertThat(Files.size(bomb)).isLessThan(1_000_000);
        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> TestReaders.READERS.read(bomb, Optional.empty())))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith(bomb + ":entry xl/worksheets/sheet1.xml: ")
                .hasMessageContaining("option max-expansion").hasMessageNotContaining("\n");
    }
}
