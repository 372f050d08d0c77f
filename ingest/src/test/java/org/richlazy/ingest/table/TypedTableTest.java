package org.richlazy.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.richlazy.ingest.table.TypedTable.Type;

/** A column's type from its values: integers, numbers, booleans, text, and missing values. */
class TypedTableTest {

    @Test
    void eachColumnTakesTheTypeOfItsValues() {
        TypedTable t = TypedTable.of(List.of("id", "x", "ok", "name", "none", "mixed"), List.of(
                Arrays.asList(1, 2.5, true, "a", "", 3),
                Arrays.asList(7L, 3, null, "", null, "b"),
                Arrays.asList("", Double.NaN, false, "c", "", 1.5)));
        assertThat(t.rows()).isEqualTo(3);
        assertThat(t.columns()).extracting(TypedTable.Column::type)
                .containsExactly(Type.INT64, Type.DOUBLE, Type.BOOLEAN, Type.STRING, Type.DOUBLE, Type.STRING);
        assertThat(t.columns().get(0).values()).containsExactly(1L, 7L, null);
        assertThat(t.columns().get(1).values()).containsExactly(2.5, 3.0, Double.NaN);
        assertThat(t.columns().get(2).values()).containsExactly(true, null, false);
        assertThat(t.columns().get(3).values()).containsExactly("a", null, "c");
        assertThat(t.columns().get(4).values()).containsExactly(null, null, null);
        assertThat(t.columns().get(5).values()).containsExactly("3", "b", "1.5");
    }

    @Test
    void aRowOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> TypedTable.of(List.of("a", "b"), List.of(List.of(1))))
                .hasMessage("a row of 1 values for 2 columns");
    }
}
