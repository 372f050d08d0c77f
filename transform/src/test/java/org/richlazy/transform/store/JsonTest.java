package org.richlazy.transform.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void escapesQuotesBackslashesAndControlCharactersInOrder() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("b", "say \"hi\"\\n");
        m.put("a", "line1\nline2\ttab\u0001");
        assertThat(Json.object(m)).isEqualTo("{\"b\": \"say \\\"hi\\\"\\\\n\", \"a\": \"line1\\nline2\\ttab\\u0001\"}");
        assertThat(Json.object(Map.of())).isEqualTo("{}");
    }
}
