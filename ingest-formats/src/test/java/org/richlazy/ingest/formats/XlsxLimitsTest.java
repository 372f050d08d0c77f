package org.richlazy.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.Ingest;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.Ingested;

/** An xlsx workbook is checked against the read limits before fastexcel keeps any of it (docs/formats.md, "Read limits"). */
class XlsxLimitsTest {
    @TempDir
    Path dir;

    /** A one-sheet workbook of an edge list whose first edge's source name is {@code name}. */
    private Path workbook(String file, String name) throws IOException {
        Path path = dir.resolve(file);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(path))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                    + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
                    + "PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType="
                    + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships\"><sheets><sheet name=\"edges\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            write(zip, "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                    + "main\"><sheetData><row r=\"1\">" + cell("A1", "source") + cell("B1", "target")
                    + "</row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
            byte[] chunk = name.getBytes(StandardCharsets.UTF_8);
            zip.write(chunk);
            write(zip, "</t></is></c>" + cell("B2", "b") + "</row></sheetData></worksheet>");
        }
        return path;
    }

    private static String cell(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(zip, text);
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anOrdinaryWorkbookIsRead() throws IOException {
        Path ok = workbook("ok.xlsx", "a");
        assertThat(((Ingested.Matrix) Ingest.read(ok, Optional.empty())).connectome().size()).isEqualTo(2);
    }

    @Test
    void aCellOfTensOfMegabytesIsRefusedBeforeTheReaderKeepsIt() throws IOException {
        Path bomb = workbook("bomb.xlsx", "a".repeat(40_000_000));
        assertThat(Files.size(bomb)).isLessThan(1_000_000);
        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Ingest.read(bomb, Optional.empty())))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith(bomb + ":entry xl/worksheets/sheet1.xml: ")
                .hasMessageContaining("option max-expansion").hasMessageNotContaining("\n");
    }
}
