package org.richlazy.ingest.celltype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.CellTypeTable;
import org.richlazy.ingest.TestReaders;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.TestData;

/** The hand-written classes.csv + pairs.csv layout: reading, orientation and every validation. */
class CellTypeCsvReaderTest {
    private static final String CLASSES = "class,proportion,sign\nA,0.75,E\nB,0.25,I\n";
    private static final String PAIRS = """
            # unit: pA
            # note: made up for a test
            pre,post,probability,strength,lognormal_shape,lognormal_scale
            A,A,0.1,1.0,0.5,0.9
            A,B,0.2,2.0,,
            B,A,0.3,3.0,0.7,2.5
            B,B,0.4,4.0,0.8,3.5
            """;

    @TempDir
    Path dir;

    private Path write(String classes, String pairs) {
        TestData.write(dir.resolve("classes.csv"), classes);
        TestData.write(dir.resolve("pairs.csv"), pairs);
        return dir;
    }

    private CellTypeTable read(String classes, String pairs) {
        Ingested in = TestReaders.READERS.read(write(classes, pairs), Optional.empty());
        assertThat(in).isInstanceOf(Ingested.Table.class);
        return ((Ingested.Table) in).table();
    }

    @Test
    void readsPairsIntoPostPre() {
        CellTypeTable t = read(CLASSES, PAIRS);
        assertThat(t.probability(1, 0)).as("A -> B").isEqualTo(0.2);
        assertThat(t.probability(0, 1)).as("B -> A").isEqualTo(0.3);
        assertThat(t.meanStrength(0, 1)).as("B -> A").isEqualTo(3.0);
        assertThat(t.classes().get(1).sign()).isEqualTo(CellSign.INHIBITORY);
        assertThat(t.strengthUnit()).isEqualTo("pA");
        assertThat(t.notes()).containsExactly("made up for a test");
        CellTypeTable.LogNormalFit fit = t.logNormal().orElseThrow();
        assertThat(fit.scale()[0][1]).as("B -> A scale").isEqualTo(2.5);
        assertThat(fit.shape()[1][0]).as("A -> B has no fit").isNaN();
    }

    @Test
    void detectsFromEitherFileName() {
        write(CLASSES, PAIRS);
        assertThat(TestReaders.READERS.read(dir.resolve("pairs.csv"), Optional.empty())).isInstanceOf(Ingested.Table.class);
        for (String file : new String[] {"pairs.csv", "classes.csv"}) {
            CellTypeTable t = ((Ingested.Table) TestReaders.READERS.read(dir.resolve(file), Optional.empty())).table();
            assertThat(t.probability(1, 0)).as("A -> B read from %s", file).isEqualTo(0.2);
            assertThat(t.meanStrength(0, 1)).as("B -> A read from %s", file).isEqualTo(3.0);
        }
    }

    @Test
    void probabilityAboveOne() {
        assertError(CLASSES, PAIRS.replace("A,B,0.2", "A,B,1.2"), "pairs.csv", "line 5", "between 0 and 1");
    }

    @Test
    void probabilityBelowZero() {
        assertError(CLASSES, PAIRS.replace("A,B,0.2", "A,B,-0.2"), "pairs.csv", "line 5", "between 0 and 1");
    }

    @Test
    void proportionsNotSummingToOne() {
        assertError(CLASSES.replace("0.25", "0.2"), PAIRS, "classes.csv", "proportion", "summing to 1");
    }

    @Test
    void unknownClass() {
        assertError(CLASSES, PAIRS.replace("B,B,0.4", "C,B,0.4"), "pairs.csv", "line 7", "one of the classes");
    }

    @Test
    void missingPair() {
        assertError(CLASSES, PAIRS.replace("B,B,0.4,4.0,0.8,3.5\n", ""), "pairs.csv", "missing 1 of the 4 ordered (pre, "
                + "post) pairs: B -> B", "or option missing-pairs = zero");
    }

    /** 65 classes with only the self-pairs listed: the error counts the 4,160 missing pairs and names the first few. */
    @Test
    void manyMissingPairsMakeAShortError() {
        StringBuilder classes = new StringBuilder("class,proportion,sign\n");
        StringBuilder pairs = new StringBuilder("pre,post,probability,strength\n");
        for (int c = 0; c < 65; c++) {
            classes.append("C").append(c).append(',').append(c == 0 ? 0.36 : 0.01).append(",E\n");
            pairs.append("C").append(c).append(",C").append(c).append(",0.1,1\n");
        }
        write(classes.toString(), pairs.toString());
        assertThatThrownBy(() -> TestReaders.READERS.read(dir, Optional.empty()))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.getMessage())
                        .contains("missing 4160 of the 4225 ordered (pre, post) pairs, the first 5: C0 -> C1, C0 -> C2, "
                                + "C0 -> C3, C0 -> C4, C0 -> C5; expected one row for each of the 4225 ordered (pre, "
                                + "post) class pairs, or option missing-pairs = zero")
                        .doesNotContain("C0 -> C6").hasSizeLessThan(400));
    }

    @Test
    void missingPairsReadAsZeroWhenAskedAndCounted() {
        write(CLASSES, PAIRS.replace("B,B,0.4,4.0,0.8,3.5\n", "").replace("A,B,0.2,2.0,,\n", ""));
        CellTypeTable t = ((Ingested.Table) TestReaders.READERS.read(dir, TestData.options(Map.of("missing-pairs", "zero")))).table();
        assertThat(t.probability(1, 1)).as("B -> B").isZero();
        assertThat(t.meanStrength(1, 0)).as("A -> B").isZero();
        assertThat(t.probability(0, 1)).as("B -> A, listed").isEqualTo(0.3);
        assertThat(t.logNormal().orElseThrow().shape()[1][1]).as("B -> B has no fit").isNaN();
        assertThat(t.provenance().steps()).anySatisfy(step -> {
            assertThat(step.action()).startsWith("read the (pre, post) pairs without a row as probability 0");
            assertThat(step.count()).isEqualTo(2);
            assertThat(step.reason()).isEqualTo("option missing-pairs = zero");
        });
        assertThat(read(CLASSES, PAIRS).provenance().steps()).noneSatisfy(step ->
                assertThat(step.reason()).contains("missing-pairs"));
        assertThatThrownBy(() -> TestReaders.READERS.read(dir, TestData.options(Map.of("missing-pairs", "skip"))))
                .isInstanceOf(IngestException.class).hasMessageContaining("option missing-pairs")
                .hasMessageContaining("[error, zero]");
    }

    @Test
    void duplicatePair() {
        assertError(CLASSES, PAIRS.replace("B,B,0.4", "A,A,0.4"), "pairs.csv", "line 7", "each (pre, post) pair once");
    }

    @Test
    void nonNumericCell() {
        assertError(CLASSES, PAIRS.replace("3.0", "three"), "pairs.csv", "line 6", "a finite number");
    }

    @Test
    void nanStrength() {
        assertError(CLASSES, PAIRS.replace("3.0", "NaN"), "pairs.csv", "line 6", "no NaN");
    }

    @Test
    void missingColumn() {
        assertError(CLASSES.replace(",sign", "").replace(",E", "").replace(",I", ""), PAIRS, "classes.csv",
                "line 1", "a column 'sign'");
    }

    @Test
    void raggedRow() {
        assertError(CLASSES, PAIRS.replace("B,A,0.3,3.0,0.7,2.5", "B,A,0.3,3.0"), "pairs.csv", "line 6", "6 cells");
    }

    @Test
    void badSign() {
        assertError(CLASSES.replace("B,0.25,I", "B,0.25,X"), PAIRS, "classes.csv", "line 3", "one of E, I");
    }

    @Test
    void duplicateClass() {
        assertError(CLASSES.replace("B,0.25", "A,0.25"), PAIRS, "classes.csv", "line 3", "each class once");
    }

    @Test
    void emptyFile() {
        assertError("", PAIRS, "classes.csv", "", "at least one row");
    }

    private void assertError(String classes, String pairs, String file, String where, String expected) {
        write(classes, pairs);
        assertThatThrownBy(() -> TestReaders.READERS.read(dir, Optional.empty()))
                .isInstanceOf(IngestException.class)
                .satisfies(e -> {
                    IngestException ie = (IngestException) e;
                    assertThat(ie.file()).endsWith(file);
                    assertThat(ie.getMessage()).contains(where);
                    assertThat(ie.expected()).contains(expected);
                });
    }
}
