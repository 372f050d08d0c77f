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

    /** The title is the experiment's name; the question still names the studied init, whose name it is. */
    @Test
    void titleIsTheExperimentsNameNotTheInits() {
        ReportData data = Fixtures.withConfig(Fixtures.smallExperiment(),
                "name: \"V1 L2/3 <cell types> vs baselines\"\n" + Fixtures.CONFIG);
        String html = Fixtures.HTML.render(data);
        assertThat(html).contains("<title>richlazy report: V1 L2/3 &lt;cell types&gt; vs baselines</title>",
                "<h1>Rich or lazy: V1 L2/3 &lt;cell types&gt; vs baselines</h1>", "Did learning from <b>celltype</b>")
                .doesNotContain("Rich or lazy: celltype");
    }

    @Test
    void withoutANameTheTitleFallsBackToTheStudiedInit() {
        String html = Fixtures.HTML.render(Fixtures.withConfig(Fixtures.smallExperiment(), "name: \"\"\n"));
        assertThat(html).contains("<title>richlazy report: celltype</title>", "<h1>Rich or lazy: celltype</h1>");
    }
}
