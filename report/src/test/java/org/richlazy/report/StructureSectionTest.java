package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.richlazy.transform.spectrum.ClassMotifs;
import org.richlazy.transform.store.InitSummary;

/** Degree distributions and the per-class motif tables of the summary. */
class StructureSectionTest {

    private static ReportData.Init withMotifs(ReportData.Init init, ClassMotifs motifs) {
        InitSummary row = init.summary();
        InitSummary summary = new InitSummary(row.columns(), row.name(), row.n(), row.figures(), row.structure(),
                row.prediction(), row.outliers(), row.seed(), row.notes(), Optional.of(motifs));
        return new ReportData.Init(init.name(), summary, init.spectrum(), init.recipe(), init.seed(), init.degrees());
    }

    private static ReportData withInits(ReportData base, List<ReportData.Init> inits) {
        return new ReportData(base.experimentConfig(), base.toolVersion(), base.date(), inits, base.studiedMatrix(),
                base.neuronClasses(), base.runs());
    }

    @Test
    void theStudiedInitsMotifTablesComeFromItsSummaryCell() {
        ReportData small = Fixtures.smallExperiment();
        ClassMotifs m = ClassMotifs.of(small.studiedMatrix().toDense(), small.neuronClasses());
        List<ReportData.Init> inits = new ArrayList<>(small.inits());
        inits.set(0, withMotifs(inits.get(0), m));
        String html = StructureSection.html(withInits(small, inits), new Palette(small.initNames()));
        assertThat(html).contains("<h3>Motifs by cell-class pair</h3>", "<th>chain (row to column)</th><th>E</th><th>PV</th>",
                "<td>SST</td>").doesNotContain("baselines' motifs");
        assertThat(Fixtures.HTML.render(withInits(small, inits))).contains("Motifs by cell-class pair", "in-degree distribution");
        assertThat(Fixtures.MARKDOWN.render(withInits(small, inits), "x")).contains("### Motifs by cell-class pair",
                "| chain (row to column) | E | PV | SST | VIP |");
        assertThat(StructureSection.markdown(small)).isEmpty();
    }

    @Test
    void fullyConnectedInitsAreNamedNotDrawn() {
        ReportData small = Fixtures.smallExperiment();
        String html = StructureSection.html(small, new Palette(small.initNames()));
        assertThat(small.inits().get(1).degrees().in()).containsOnly(119);
        assertThat(html).contains("<h3>Degree distributions</h3>", "gaussian, rank-matched are fully connected"
                + " (every degree N - 1 = 119), not drawn").doesNotContain("Motifs by cell-class pair");
    }
}
