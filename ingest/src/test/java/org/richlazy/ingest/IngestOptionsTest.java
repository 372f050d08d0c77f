package org.richlazy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.RecordComponent;
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
        assertThat(o.property()).isEqualTo("nsyns");
        assertThat(o.labelsFile()).isNull();
        assertThat(o.signRule()).isNull();
        assertThat(json.readValue("{}", IngestOptions.class)).isEqualTo(IngestOptions.defaults());
    }

    @Test
    void unknownKeyIsRejectedByDefault() {
        assertThatThrownBy(() -> TestData.options(Map.of("orientaton", "rows-pre")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orientaton");
    }

    @Test
    void withFormatKeepsTheOtherOptions() {
        IngestOptions o = TestData.options(Map.of("orientation", "rows-post")).withFormat("hdf5-matrix");
        assertThat(o.format()).isEqualTo("hdf5-matrix");
        assertThat(o.orientation()).isEqualTo("rows-post");
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
