package org.richlazy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.filter.Filter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad inputs of issue 3: each gives an {@link IngestException} that names the file, the line
 * or dataset, and what was expected, in one line.
 */
class BadInputTest {
    @TempDir
    Path dir;

    private Path text(String name, String content) {
        return TestData.write(dir.resolve(name), content);
    }

    private Path h5(String name, double[][] matrix) {
        Path f = dir.resolve(name);
        try (WritableHdfFile w = HdfFile.write(f)) {
            w.putDataset("W", matrix);
        }
        return f;
    }

    private static void assertRejected(Path file, Map<String, ?> options, String location, String expected) {
        assertThatThrownBy(() -> TestReaders.READERS.read(file, TestData.options(options)))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.file()).as("file").isEqualTo(file.toString());
                    assertThat(e.location()).as("location").isEqualTo(location);
                    assertThat(e.expected()).as("expected").contains(expected);
                    assertThat(e.getMessage()).doesNotContain("\n").startsWith(file.toString());
                });
    }

    @Test
    void truncatedHdf5() throws IOException {
        Path good = h5("good.h5", new double[40][40]);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.h5"), Arrays.copyOf(bytes, bytes.length - 100));
        assertRejected(cut, Map.of(), "", "a complete HDF5 file");
        Path stub = Files.write(dir.resolve("stub.h5"), Arrays.copyOf(bytes, 20));
        assertRejected(stub, Map.of("format", "hdf5-matrix"), "", "a complete HDF5 file");
    }

    @Test
    void notHdf5() {
        Path f = text("fake.h5", "source,target\na,b\n");
        assertRejected(f, Map.of(), "", "an HDF5 file");
        assertRejected(f, Map.of("format", "hdf5-matrix"), "", "an HDF5 file");
    }

    @Test
    void missingDataset() {
        Path f = h5("m.h5", new double[][] {{0, 1}, {1, 0}});
        assertRejected(f, Map.of("dataset", "/nope"), "/nope", "a 2-D dataset or a sparse matrix group at /nope");
    }

    @Test
    void missingGroup() {
        Path f = h5("m.h5", new double[][] {{0, 1}, {1, 0}});
        assertRejected(f, Map.of("format", "pandas-hdfstore", "dataset", "/chemical/full_matrix"),
                "/chemical/full_matrix", "a group at /chemical/full_matrix");
    }

    /** A filter id jhdf does not know (32001 is Blosc's), written as the identity so the file is valid. */
    private static final class UnknownFilter implements Filter {
        @Override
        public int getId() {
            return 32001;
        }

        @Override
        public String getName() {
            return "blosc";
        }

        @Override
        public byte[] decode(byte[] data, int[] options) {
            throw new UnsupportedOperationException("test filter cannot decode");
        }

        @Override
        public byte[] encode(byte[] data, int[] options) {
            return data;
        }
    }

    @Test
    void unsupportedFilter() {
        Path f = dir.resolve("blosc.h5");
        try (WritableHdfFile w = HdfFile.write(f)) {
            w.putDataset("W", new double[][] {{0, 1}, {1, 0}},
                    DatasetCreationOptions.builder().chunkDimensions(2, 2).filter(new UnknownFilter()).build());
        }
        assertRejected(f, Map.of(), "/W", "a filter jhdf supports");
    }

    @Test
    void nonNumericCell() {
        Path f = text("m.csv", ",a,b\na,0,x1\nb,1,0\n");
        assertRejected(f, Map.of(), "line 2, column 3", "a finite number");
    }

    @Test
    void nanAndInfinity() {
        assertRejected(text("nan.csv", ",a,b\na,0,NaN\nb,1,0\n"), Map.of(), "line 2, column 3", "no NaN or infinity");
        assertRejected(text("inf.csv", "source,target,weight\na,b,Infinity\n"), Map.of(), "line 2, column weight",
                "no NaN or infinity");
        Path f = h5("nan.h5", new double[][] {{0, Double.NaN}, {1, 0}});
        assertRejected(f, Map.of(), "/W[1]", "no NaN or infinity");
    }

    @Test
    void raggedRow() {
        assertRejected(text("m.csv", ",a,b\na,0,1\nb,1\n"), Map.of(), "line 3", "3 cells");
        assertRejected(text("e.csv", "source,target,weight\na,b,1\nb,a\n"), Map.of(), "line 3", "3 cells");
    }

    @Test
    void emptyCellAsMissing() {
        assertRejected(text("m.csv", ",a,b\na,0,\nb,1,0\n"), Map.of("empty-cell", "missing"), "line 2, column 3",
                "a number in every cell");
    }

    @Test
    void squareRequired() {
        assertRejected(text("m.csv", "0,1,2\n3,4,5\n"), Map.of("format", "dense-text"), "", "a square matrix");
    }

    @Test
    void edgeNamingUnknownNeuron() {
        Path labels = text("labels.txt", "a\nb\n");
        assertRejected(text("e.csv", "source,target,weight\na,b,1\nb,c,1\n"),
                Map.of("labels-file", labels.toString()), "line 3, column target", "a neuron listed in " + labels);
    }

    @Test
    void probabilityOutsideZeroOne() {
        text("classes.csv", "class,proportion,sign\nA,1,E\n");
        Path pairs = text("pairs.csv", "pre,post,probability,strength\nA,A,-0.1,1\n");
        assertRejected(pairs, Map.of(), "line 2, column probability", "between 0 and 1");
        text("pairs.csv", "pre,post,probability,strength\nA,A,1.5,1\n");
        assertRejected(pairs, Map.of(), "line 2, column probability", "between 0 and 1");
    }

    @Test
    void missingColumn() {
        assertRejected(text("e.csv", "source,weight\na,1\n"), Map.of("format", "edge-list"), "line 1",
                "a column named one of [target");
        assertRejected(text("e2.csv", "source,target,w\na,b,1\n"), Map.of("weight-column", "strength"), "line 1",
                "a column 'strength'");
    }

    @Test
    void emptyFile() {
        assertRejected(text("empty.csv", ""), Map.of(), "", "at least one row of data");
        assertRejected(text("blank.csv", "\n  \n# only a comment\n"), Map.of("format", "edge-list"), "",
                "at least one row of data");
    }

    @Test
    void anEmptyOrRandomXlsxIsNotAValidZipFile() throws IOException {
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        Path random = Files.write(dir.resolve("random.xlsx"), new java.util.Random(7).ints(300, 0, 256)
                .collect(java.io.ByteArrayOutputStream::new, (b, v) -> b.write(v), (a, b) -> { }).toByteArray());
        for (Path file : List.of(empty, random)) {
            assertThatThrownBy(() -> TestReaders.READERS.read(file, TestData.options(Map.of())))
                    .isInstanceOf(IngestException.class)
                    .hasMessageContaining("not a valid xlsx (zip) file")
                    .hasMessageNotContaining("no spreadsheet reader");
        }
    }

    @Test
    void duplicateLabels() {
        assertRejected(text("m.csv", ",a,a\na,0,1\nb,1,0\n"), Map.of(), "header, label 'a'", "each neuron named once");
        assertRejected(text("r.csv", "a,0,1\na,1,0\n"), Map.of("format", "dense-text"), "label 'a'", "each neuron named once");
    }

    @Test
    void unknownFormatAndOptionWords() {
        Path f = text("e.csv", "source,target\na,b\n");
        assertRejected(f, Map.of("format", "parquet"), "option format", "edge-list");
        assertRejected(f, Map.of("orientation", "rows-post"), "option orientation", "only options of edge-list");
        Path m = text("m.csv", ",a,b\na,0,1\nb,1,0\n");
        assertRejected(m, Map.of("orientation", "rows-sideways"), "option orientation", "rows-pre");
    }

    @Test
    void formatErrorsListEveryFormatAndTheDocs() {
        Path f = text("e.csv", "source,target\na,b\n");
        Path unknown = text("w.graph", "a b\n");
        for (IngestException e : new IngestException[] {
                catchThrowableOfType(IngestException.class, () -> TestReaders.READERS.read(f, TestData.options(Map.of("format", "bogus")))),
                catchThrowableOfType(IngestException.class, () -> TestReaders.READERS.read(unknown, IngestOptions.defaults())),
                catchThrowableOfType(IngestException.class, () -> TestReaders.READERS.read(dir, IngestOptions.defaults()))}) {
            assertThat(e.expected()).as(e.getMessage()).contains(String.join(", ", TestReaders.READERS.formats()))
                    .contains("docs/formats.md, section \"Choosing a format\"");
            assertThat(e.getMessage()).doesNotContain("\n");
        }
    }

    @Test
    void jsonFilesAreNamedAsNotReadWithWhatToConvertTo() {
        for (String name : new String[] {"fib25.json"}) {
            Path f = text(name, "{}");
            assertRejected(f, Map.of(), "", "an edge-list CSV");
            assertThatThrownBy(() -> TestReaders.READERS.read(f, IngestOptions.defaults()))
                    .hasMessageContaining("is not a format richlazy reads")
                    .hasMessageContaining("section \"edge-list\"").hasMessageContaining("section \"hdf5-matrix\"");
        }
    }

    @Test
    void unusedOptionIsNamedByItsKey() {
        Path f = text("e.csv", "source,target\na,b\n");
        assertRejected(f, Map.of("sign-rule", "auto"), "option sign-rule", "edge-type");
        assertThatThrownBy(() -> TestReaders.READERS.read(f, TestData.options(Map.of("sign-rule", "auto"))))
                .hasMessageContaining("option sign-rule = auto is not used by format edge-list")
                .hasMessageNotContaining("signRule").hasMessageNotContaining("edgeType");
    }

    /** A file named .npy or .npz is read as NumPy, and a text file under that name says it is not one. */
    @Test
    void aTextFileNamedAsNumpySaysItIsNotOne() {
        for (String name : new String[] {"W.npy", "W.npz"}) {
            Path f = text(name, "{}");
            assertThatThrownBy(() -> TestReaders.READERS.read(f, TestData.options(Map.of("orientation", "rows-pre"))))
                    .isInstanceOf(IngestException.class).hasMessageContaining(name.endsWith("y")
                            ? "not a NumPy array" : "not a readable .npz archive");
        }
    }
}
