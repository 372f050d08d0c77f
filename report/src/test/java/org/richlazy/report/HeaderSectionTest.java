package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderSectionTest {
    @Test
    void longRecipeValuesAreFoldedButKeptWholeAndEscaped() {
        Map<String, String> recipe = new LinkedHashMap<>();
        recipe.put("kind", "celltype");
        recipe.put("selection.ids", "<b>" + "n,".repeat(200));
        String html = HeaderSection.recipeTable(recipe);
        assertThat(html).contains("<td>celltype</td>");
        assertThat(html).contains("<details><summary>&lt;b&gt;n,n,").contains("(403 characters)</summary>")
                .contains("&lt;b&gt;" + "n,".repeat(200) + "</details>").doesNotContain("<b>");
    }
}
