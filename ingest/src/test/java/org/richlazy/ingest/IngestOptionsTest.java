package org.richlazy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.richlazy.ingest.csv.DenseTextOptions;
import org.richlazy.ingest.release.MicronsOptions;
import org.richlazy.ingest.sonata.SonataOptions;

/**
 * The option families bind from the flat map of kebab-case keys a config or {@code --option} gives: each key to its
 * own component, words to their enum constants, and a wrong word, a key of another family or a camelCase key is
 * refused naming what is accepted.
 */
class IngestOptionsTest {
    @TempDir
    Path dir;

    /** Every family: the limits every format takes, and each reader's own. */
    static Stream<Class<? extends Record>> families() {
        return Stream.concat(Stream.of(LimitOptions.class), TestReaders.READERS.families().stream())
                .distinct();
    }

    /** A value for the component of {@code key} that no other key of the family gets, as a config writes it. */
    private static Object written(String key, RecordComponent c) {
        Class<?> type = c.getType();
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return ((OptionWord) constants[constants.length - 1]).word();
        }
        if (type == List.class) {
            return List.of(key);
        }
        if (type == Map.class) {
            boolean ofLists = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[1] instanceof ParameterizedType;
            return Map.of(key, ofLists ? List.of(key) : key);
        }
        return type == Boolean.class ? true : type == Integer.class ? key.length()
                : type == Long.class ? key.length() * 1000L : type == Double.class ? key.length() + 0.5 : key;
    }

    @ParameterizedTest
    @MethodSource("families")
    void everyKeyBindsToItsOwnComponent(Class<? extends Record> family) {
        Map<String, Object> given = new LinkedHashMap<>();
        OptionBinding.components(family).forEach((key, c) -> given.put(key, written(key, c)));
        Record bound = IngestOptions.of(given).family(family, "f");
        assertThat(IngestOptions.of(bound).given()).isEqualTo(given);
        assertThat(given.keySet()).allMatch(key -> key.equals(OptionBinding.key(key)), "kebab-case");
    }

    @Test
    void wordsBindToTheirConstants() {
        SonataOptions sonata = TestData.options(Map.of("property", "syn_weight*nsyns", "sign-rule", "Source-EI"))
                .family(SonataOptions.class, "f");
        assertThat(sonata.property()).isEqualTo(SonataOptions.WeightRule.SYN_WEIGHT_TIMES_NSYNS);
        assertThat(sonata.signRule()).isEqualTo(SonataOptions.SignRule.SOURCE_EI);
        MicronsOptions microns = TestData.options(Map.of("synapse-weight", "size", "isolated", "drop", "min-synapses", 3))
                .family(MicronsOptions.class, "f");
        assertThat(microns.synapseWeight()).isEqualTo(MicronsOptions.SynapseWeight.SIZE);
        assertThat(microns.release().isolated().word()).isEqualTo("drop");
        assertThat(microns.release().minSynapses()).isEqualTo(3.0);
        assertThat(IngestOptions.defaults().family(DenseTextOptions.class, "f"))
                .isEqualTo(new DenseTextOptions(null, null, null, null, null, null, null));
    }

    @Test
    void aWrongWordIsRefusedNamingTheAllowedWords() {
        assertThatThrownBy(() -> TestData.options(Map.of("sign-rule", "sometimes")).family(SonataOptions.class, "f.h5"))
                .isInstanceOf(IngestException.class)
                .hasMessage("f.h5:option sign-rule: value 'sometimes'; expected one of [auto, as-given, source-ei]");
        assertThatThrownBy(() -> TestData.options(Map.of("orientation", "sideways")).family(DenseTextOptions.class, "f"))
                .hasMessageContaining("option orientation").hasMessageContaining("[rows-pre, rows-post]");
        assertThatThrownBy(() -> OptionKeys.requireValue(TestReaders.READERS, "f", null, "delimiter", "semicolon"))
                .hasMessageContaining("option delimiter").hasMessageContaining("[comma, tab, space]");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> TestData.options(Map.of("max-neurons", 1.5)).limits("f"))
                .isInstanceOf(IngestException.class).hasMessageContaining("option max-neurons")
                .hasMessageContaining("a whole number");
        assertThatThrownBy(() -> TestData.options(Map.of("header", "yes")).family(DenseTextOptions.class, "f"))
                .hasMessageContaining("option header").hasMessageContaining("true or false");
        assertThatThrownBy(() -> TestData.options(Map.of("node-files", "a.csv")).family(MicronsOptions.class, "f"))
                .hasMessageContaining("option node-files").hasMessageContaining("a list");
    }

    @Test
    void aKeyOfAnotherFamilyIsRefusedNamingTheAcceptedKeys() {
        Path edges = TestData.write(dir.resolve("e.csv"), "source,target\na,b\n");
        assertThatThrownBy(() -> TestReaders.READERS.read(edges, TestData.options(Map.of("missing-pairs", "zero"))))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("option missing-pairs = zero is not used by format edge-list")
                .hasMessageContaining("[delimiter, edge-type, electrical, header, labels-file, sheet, source-column, "
                        + "target-column, type-column, weight-column, weight-unit]");
    }

    @Test
    void aCamelCaseKeyIsRefusedByItsKebabForm() {
        Path edges = TestData.write(dir.resolve("e.csv"), "source,target\na,b\n");
        assertThatThrownBy(() -> TestReaders.READERS.read(edges, TestData.options(Map.of("edgeType", "chemical"))))
                .isInstanceOf(IngestException.class).hasMessageContaining("option edgeType")
                .hasMessageContaining("keys are written in kebab-case: edge-type");
        assertThat(OptionKeys.all(TestReaders.READERS)).doesNotContainKey("edgeType").containsKey("edge-type");
    }

    @Test
    void withFilesResolvesOnlyTheKeysThatNameFiles() {
        IngestOptions o = TestData.options(Map.of("labels-file", "l.txt", "node-files", List.of("a.csv", "b.csv"),
                "ids-file", "i.txt", "classes-file", "c.csv", "dataset", "W", "format", "dense-text"));
        IngestOptions resolved = o.withFiles(TestReaders.READERS, f -> "/abs/" + f);
        assertThat(resolved.given()).containsEntry("labels-file", "/abs/l.txt")
                .containsEntry("node-files", List.of("/abs/a.csv", "/abs/b.csv")).containsEntry("ids-file", "/abs/i.txt")
                .containsEntry("classes-file", "/abs/c.csv").containsEntry("dataset", "W")
                .containsEntry("format", "dense-text");
        assertThat(o.withFormat("hdf5-matrix").given()).containsEntry("format", "hdf5-matrix").hasSize(o.given().size());
        assertThat(o.withFormat(null).format()).isNull();
    }

    @Test
    void bindsAndWritesAsTheFlatMapWithJackson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        IngestOptions o = json.readValue("{\"format\": \"dense-text\", \"orientation\": \"rows-post\", \"header\": false}",
                IngestOptions.class);
        assertThat(o.format()).isEqualTo("dense-text");
        assertThat(o.family(DenseTextOptions.class, "f"))
                .isEqualTo(new DenseTextOptions(Orientation.ROWS_POST, null, false, null, null, null, null));
        assertThat(json.readValue(json.writeValueAsString(o), IngestOptions.class)).isEqualTo(o);
        assertThat(IngestOptions.of(new DenseTextOptions(Orientation.ROWS_POST, null, false, null, null, null, null))
                .given()).isEqualTo(Map.of("orientation", "rows-post", "header", false));
        assertThat(json.readValue("{}", IngestOptions.class)).isEqualTo(IngestOptions.defaults());
    }
}
