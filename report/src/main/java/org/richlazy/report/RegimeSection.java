package org.richlazy.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.richlazy.report.stats.Sample;
import org.richlazy.train.RunResult;
import org.richlazy.transform.RegimeCheck;

/**
 * The warning at the top of a report whose studied init starts outside its baselines' regime (docs/science.md,
 * "Regime check"): the spectral check of {@link RegimeCheck} on the inits' spectra, and, from the runs, a largest
 * Lyapunov exponent at init above 0 (driven dynamics, mean over the studied init's runs) while every baseline's
 * mean is below 0.
 */
final class RegimeSection implements Section {
    /** The warnings in words; empty when the studied init is in its baselines' regime. */
    static List<String> warnings(ReportData data) {
        List<String> warnings = new ArrayList<>();
        RegimeCheck.warning(data.studied().spectrum(), data.studied().recipe(),
                data.baselines().stream().map(b -> b.spectrum().spectralRadius()).toList()).ifPresent(warnings::add);
        double studied = initialExponent(data, data.studied().name());
        List<Double> baselines = data.baselines().stream().map(b -> initialExponent(data, b.name()))
                .filter(Double::isFinite).toList();
        if (studied > 0 && !baselines.isEmpty() && baselines.stream().allMatch(v -> v < 0)) {
            warnings.add("The studied init's largest Lyapunov exponent at the start of training is "
                    + Fmt.fixed(studied, 2) + " per step (mean over its runs): its dynamics expand, while every"
                    + " baseline's contract (" + Fmt.fixed(baselines.stream().mapToDouble(Double::doubleValue).min()
                    .orElseThrow(), 2) + " to " + Fmt.fixed(baselines.stream().mapToDouble(Double::doubleValue).max()
                    .orElseThrow(), 2) + "). Runs from it start in another regime; see Runs left out and Dynamics.");
        }
        return warnings;
    }

    /** Mean driven largest Lyapunov exponent at init over the init's runs that recorded one; NaN when none did. */
    private static double initialExponent(ReportData data, String init) {
        double[] values = data.runs().stream().filter(r -> r.init().equals(init) && r.lyapunov() != null)
                .map(RunResult::lyapunov).mapToDouble(l -> l.initial().driven().exponent())
                .filter(Double::isFinite).toArray();
        return values.length == 0 ? Double.NaN : new Sample(values).mean();
    }

    @Override
    public Optional<String> html(SectionContext context) {
        ReportData data = context.data();
        List<String> warnings = warnings(data);
        if (warnings.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder("<section id=\"regime\" class=\"warning\"><h2>Warning: the studied init"
                + " starts in another regime</h2>");
        warnings.forEach(w -> s.append("<p>").append(Html.esc(w)).append("</p>"));
        return Optional.of(s.append("</section>").toString());
    }

    @Override
    public Optional<String> markdown(SectionContext context) {
        ReportData data = context.data();
        List<String> warnings = warnings(data);
        if (warnings.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder("## Warning: the studied init starts in another regime\n\n");
        warnings.forEach(w -> s.append("> ").append(Markdown.esc(w)).append("\n>\n"));
        return Optional.of(s.append('\n').toString());
    }
}
