package org.richlazy.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.richlazy.transform.spectrum.Spectrum;

/**
 * The inits (Markdown only): each init's kind, effective ranks and norms, then their structure
 * ({@link StructureSection}) when the results hold it. In {@code report.html} the same numbers are in the
 * connectivity section.
 */
final class InitsSection implements Section {
    @Override
    public Optional<String> markdown(SectionContext context) {
        ReportData data = context.data();
        Table table = new Table("init", "kind", "erEig", "erSV", "participation ratio", "entropy rank", "stable rank",
                "spectral radius", "max singular value", "Frobenius norm");
        for (ReportData.Init init : data.inits()) {
            Spectrum sp = init.spectrum();
            List<String> row = new ArrayList<>(List.of(init.name(), init.recipe().kind()));
            row.add(sp.hasErEig() ? Fmt.number(sp.erEig()) : sp.complete() ? Spectrum.ER_EIG_UNDEFINED
                    : ConnectivitySection.NOT_COMPUTED);
            for (double v : new double[] {sp.erSV(), sp.participationRatio(), sp.entropyRank(),
                sp.stableRank(), sp.spectralRadius(), sp.maxSingularValue(), sp.frobeniusNorm()}) {
                row.add(Fmt.number(v));
            }
            table.row(row);
        }
        return Optional.of("## Inits\n\n" + table.markdown()
                + "\nEffective ranks (erEig and erSV as fractions of N; docs/science.md, \"Effective ranks\"), the first"
                + " init studied, the others its baselines.\n\n" + StructureSection.markdown(data).orElse(""));
    }
}
