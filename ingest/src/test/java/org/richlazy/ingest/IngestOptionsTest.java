package org.richlazy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** IngestOptions binds from a JSON/YAML object with Jackson, every component nullable. */
class IngestOptionsTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void bindsTypedComponentsAndLeavesTheRestNull() throws Exception {
        IngestOptions o = json.readValue("""
                {"format": "dense-text", "orientation": "rows-post", "header": false, "rowLabels": true,
                 "emptyCell": "missing", "edgeType": "chemical", "property": "nsyns", "weightUnit": "mV"}
                """, IngestOptions.class);
        assertThat(o.format()).isEqualTo("dense-text");
        assertThat(o.orientation()).isEqualTo("rows-post");
        assertThat(o.header()).isFalse();
        assertThat(o.rowLabels()).isTrue();
        assertThat(o.emptyCell()).isEqualTo("missing");
        assertThat(o.edgeType()).isEqualTo("chemical");
        assertThat(o.property()).isEqualTo("nsyns");
        assertThat(o.weightUnit()).isEqualTo("mV");
        assertThat(o.labelsFile()).isNull();
        assertThat(o.signRule()).isNull();
        assertThat(json.readValue("{}", IngestOptions.class)).isEqualTo(IngestOptions.defaults());
    }

    @Test
    void unknownKeyIsRejectedByDefault() {
        assertThatThrownBy(() -> TestData.options(Map.of("orientaton", "rows-pre")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orientaton");
    }

    /** Options whose every component holds a value that no other component of its type holds. */
    private static IngestOptions allDistinct() throws ReflectiveOperationException {
        RecordComponent[] components = IngestOptions.class.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> type = components[i].getType();
            String name = components[i].getName();
            values[i] = type == String.class ? name
                    : type == Boolean.class ? name.equals("header")
                    : type == Integer.class ? i
                    : type == Long.class ? (long) i
                    : type == Double.class ? i + 0.5
                    : type == List.class ? List.of(name)
                    : components[i].getGenericType().getTypeName().endsWith("List<java.lang.String>>")
                            ? Map.of(name, List.of(name)) : Map.of(name, name);
        }
        return IngestOptions.class.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                .toArray(Class<?>[]::new)).newInstance(values);
    }

    /** Every component of {@code after} but those named in {@code changed} equals that of {@code before}. */
    private static void assertKeptBut(IngestOptions before, IngestOptions after, String... changed)
            throws ReflectiveOperationException {
        for (RecordComponent c : IngestOptions.class.getRecordComponents()) {
            if (!List.of(changed).contains(c.getName())) {
                assertThat(c.getAccessor().invoke(after)).as(c.getName()).isEqualTo(c.getAccessor().invoke(before));
            }
        }
    }

    @Test
    void copiesKeepEveryOtherOptionInItsPlace() throws ReflectiveOperationException {
        IngestOptions o = allDistinct();
        IngestOptions formatted = o.withFormat("hdf5-matrix");
        assertThat(formatted.format()).isEqualTo("hdf5-matrix");
        assertKeptBut(o, formatted, "format");

        IngestOptions labelled = o.withLabels(false, true);
        assertThat(labelled.header()).isFalse();
        assertThat(labelled.rowLabels()).isTrue();
        assertKeptBut(o, labelled, "header", "rowLabels");

        IngestOptions resolved = o.withFiles(f -> "/data/" + f);
        assertThat(resolved.labelsFile()).isEqualTo("/data/labelsFile");
        assertThat(resolved.classesFile()).isEqualTo("/data/classesFile");
        assertThat(resolved.nodeFiles()).containsExactly("/data/nodeFiles");
        assertThat(resolved.idsFile()).isEqualTo("/data/idsFile");
        assertKeptBut(o, resolved, "labelsFile", "classesFile", "nodeFiles", "idsFile");
        assertThat(IngestOptions.defaults().withFiles(f -> "/data/" + f)).isEqualTo(IngestOptions.defaults());
    }

    @Test
    void keyIsTheKebabCaseNameAConfigBindsFrom() {
        PropertyNamingStrategies.NamingBase kebab = (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.KEBAB_CASE;
        assertThat(IngestOptions.key("signRule")).isEqualTo("sign-rule");
        assertThat(IngestOptions.key("minSignScore")).isEqualTo("min-sign-score");
        for (RecordComponent c : IngestOptions.class.getRecordComponents()) {
            assertThat(IngestOptions.key(c.getName())).as(c.getName()).isEqualTo(kebab.translate(c.getName()));
        }
    }
}
