package org.richlazy.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.richlazy.transform.spectrum.Spectrum;

/**
 * The connectivity section: heatmap of the studied matrix, singular-value spectra of every init on a
 * log scale, eigenvalues in the complex plane against the circular law, and the effective-rank table
 * (docs/science.md#effective-ranks).
 *
 * <p>Circular law (Girko 1984; Tao &amp; Vu 2010): the eigenvalues of an N x N matrix with i.i.d. entries
 * of variance sigma^2 fill the disk of radius sigma sqrt(N) as N grows. For the Gaussian baseline
 * g randn/sqrt(N) that radius is g, estimated here without any config value as
 * {@code ||G||_F / sqrt(N)} (E||G||_F^2 = g^2 N). Without a Gaussian baseline the studied matrix's own
 * {@code ||W||_F / sqrt(N)} is used: the radius an i.i.d. matrix of the same norm would have.
 */
final class ConnectivitySection implements Section {
    /** Above this N the neuron heatmap averages blocks of many neurons, and the class-block matrix is drawn too. */
    static final int CLASS_BLOCKS_ABOVE = 2_000;
    /** The most classes the class-block matrix names. */
    static final int MAX_CLASS_BLOCKS = 60;

    /** What a rank that needs every eigen- or singular value says for a partial spectrum. */
    static final String NOT_COMPUTED = "not computed at this size";

    /** The section's anchor. */
    static final String ID = "connectivity";

    @Override
    public Optional<Link> link() {
        return Optional.of(new Link(ID, "Connectivity"));
    }

    @Override
    public Optional<String> html(SectionContext context) {
        ReportData data = context.data();
        Palette palette = context.palette();
        StringBuilder s = new StringBuilder("<section id=\"" + ID + "\"><h2>Connectivity</h2>");
        int n = data.studiedMatrix().size();
        s.append("<div class=\"row\"><figure class=\"wide\">")
                .append(Heatmap.svg(data.studiedMatrix(), data.neuronClasses()))
                .append("<figcaption>Studied matrix <b>").append(Html.esc(data.studied().name()))
                .append("</b>, W[post][pre], N = ").append(n);
        int b = Heatmap.blockSize(n);
        if (b > 1) {
            s.append(", shown as means over ").append(b).append(" x ").append(b).append(" blocks");
        }
        s.append(data.neuronClasses().isEmpty() ? "; neuron classes not recorded"
                : "; class boundaries marked").append(". Red excitatory, blue inhibitory.</figcaption></figure>");
        long classes = data.neuronClasses().stream().distinct().count();
        if (n > CLASS_BLOCKS_ABOVE && classes >= 2 && classes <= MAX_CLASS_BLOCKS) {
            s.append("<figure class=\"wide\">").append(Heatmap.classBlockSvg(data.studiedMatrix(), data.neuronClasses()))
                    .append("<figcaption>Class-block matrix of <b>").append(Html.esc(data.studied().name()))
                    .append("</b>: the mean weight from each presynaptic class onto each postsynaptic class, over all")
                    .append(" their pairs (").append(classes).append(" classes, N = ").append(n)
                    .append("). Red excitatory, blue inhibitory.</figcaption></figure>");
        }
        s.append("<figure class=\"wide\">").append(spectra(data, palette)).append(palette.legend())
                .append("<figcaption>Singular values s<sub>i</sub> in descending order, log scale.")
                .append(partialNote(data, "singular values")).append(zeroNote(data)).append("</figcaption></figure></div>");
        double radius = circularLawRadius(data);
        double a = data.leak();
        s.append("<h3>Eigenvalues</h3><div class=\"panels\">");
        for (ReportData.Init init : data.inits()) {
            s.append("<figure>").append(eigenvalues(init, radius, a, limit(data, radius), palette)).append("</figure>");
        }
        s.append("</div><p class=\"note\">").append(stabilityNote(a)).append(partialNote(data, "eigenvalues")).append(" Dashed circle: the circular law for an"
                        + " i.i.d. matrix, radius ")
                .append(Fmt.number(radius)).append(" = ||W||<sub>F</sub>/&radic;N of the ")
                .append(Html.esc(gaussianBaseline(data) == null ? data.studied().name() + " (no gaussian baseline)"
                        : gaussianBaseline(data).name()))
                .append(" matrix. Red circle and mark: the bulk radius of each init's block variances and its dominant"
                        + " eigenvalue predicted from its cell-type blocks and motifs (docs/science.md), where the"
                        + " results hold them.</p>");
        s.append(StructureSection.html(data, palette));
        s.append("<h3>Effective ranks and norms</h3>").append(summaryTable(data));
        return Optional.of(s.append("</section>").toString());
    }

    /**
     * For partial spectra (sparse weights above 2,000 neurons, docs/science.md#connectome-scale): which values are
     * drawn; empty when every spectrum is complete.
     */
    static String partialNote(ReportData data, String kind) {
        return data.inits().stream().filter(i -> !i.spectrum().complete()).findFirst().map(i -> " Sparse weights at N = "
                + i.spectrum().size() + ": only the " + i.spectrum().singularValues().length + " largest " + kind
                + " are computed (Arnoldi/Lanczos on the synapses), so these are drawn; the rest of the spectrum "
                + "is not computed at this size.").orElse("");
    }

    /**
     * How to read the stability circle: the linear update {@code h_t = ((1-a) I + a W) h_{t-1}} (every unit active)
     * has the eigenvalues {@code 1 - a + a lambda}, so it decays when every {@code lambda} of W lies inside the circle
     * {@code |lambda - (1 - 1/a)| = 1/a} and grows when one lies outside; at a = 1 that is the unit circle.
     */
    static String stabilityNote(double a) {
        String circle = a == 1 ? "the unit circle |\u03bb| = 1" : "|\u03bb \u2212 (1 \u2212 1/a)| = 1/a, centre "
                + Fmt.number(1 - 1 / a) + " and radius " + Fmt.number(1 / a) + " (the unit circle only at a = 1)";
        return "Thin black circle: " + circle + ", for this experiment's leak a = " + Fmt.number(a)
                + " (from experiment.yaml's training dt, tau and leak). The linear dynamics"
                + " h_t = ((1 \u2212 a) I + a W) h_{t\u22121} decay when every eigenvalue \u03bb of W lies inside it and grow when one lies outside"
                + " (their eigenvalues are 1 \u2212 a + a\u03bb; docs/science.md).";
    }

    /** The Gaussian baseline: named {@code gaussian} or with recipe kind {@code gaussian}; null if none. */
    static ReportData.Init gaussianBaseline(ReportData data) {
        return data.baselines().stream()
                .filter(i -> i.name().equals("gaussian") || "gaussian".equals(i.recipe().kind()))
                .findFirst().orElse(null);
    }

    /** ||W||_F / sqrt(N) of the Gaussian baseline, else of the studied matrix. */
    static double circularLawRadius(ReportData data) {
        ReportData.Init ref = gaussianBaseline(data) == null ? data.studied() : gaussianBaseline(data);
        Spectrum s = ref.spectrum();
        return s.frobeniusNorm() / Math.sqrt(s.size());
    }

    private static double limit(ReportData data, double radius) {
        double max = Math.max(radius, 1);
        for (ReportData.Init init : data.inits()) {
            double r = init.spectrum().spectralRadius();
            max = Double.isFinite(r) ? Math.max(max, r) : max;
        }
        return max * 1.08;
    }

    private static String spectra(ReportData data, Palette palette) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        int n = 1;
        for (ReportData.Init init : data.inits()) {
            double floor = NUMERICAL_ZERO * init.spectrum().maxSingularValue();
            for (double v : init.spectrum().singularValues()) {
                if (v > floor) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            n = Math.max(n, init.spectrum().singularValues().length);
        }
        if (hi == 0) {
            return "<p class=\"note\">Every singular value is zero.</p>";
        }
        Plot plot = new Plot(480, 330, new Axis(1, n, false, "index i"), Axis.logDecades(lo, hi, "singular value"),
                "Singular-value spectra");
        for (ReportData.Init init : data.inits()) {
            double[] sv = init.spectrum().singularValues();
            double floor = NUMERICAL_ZERO * init.spectrum().maxSingularValue();
            double[] xs = new double[sv.length];
            double[] ys = new double[sv.length];
            for (int i = 0; i < sv.length; i++) {
                xs[i] = i + 1;
                ys[i] = sv[i] > floor ? sv[i] : Double.NaN;
            }
            plot.series(init.name()).line(xs, ys, palette.color(init.name()), init == data.studied() ? 2.2 : 1.4);
        }
        return plot.svg();
    }

    /** Relative size below which a singular value is a numerical zero (float64 SVD accuracy ~ N eps s_max). */
    static final double NUMERICAL_ZERO = 1e-12;

    private static String zeroNote(ReportData data) {
        StringBuilder s = new StringBuilder();
        for (ReportData.Init init : data.inits()) {
            double[] sv = init.spectrum().singularValues();
            double max = sv.length == 0 ? 0 : java.util.Arrays.stream(sv).max().orElse(0);
            long zeros = java.util.Arrays.stream(sv).filter(v -> v <= 0).count();
            long tiny = java.util.Arrays.stream(sv).filter(v -> v > 0 && v < NUMERICAL_ZERO * max).count();
            if (zeros > 0) {
                s.append(' ').append(Html.esc(init.name())).append(": ").append(zeros)
                        .append(" exact zero singular values, not drawn on the log scale.");
            }
            if (tiny > 0) {
                s.append(' ').append(Html.esc(init.name())).append(": ").append(tiny)
                        .append(" values below 10<sup>-12</sup> s<sub>max</sub> are numerical zeros, not drawn (rank ")
                        .append(sv.length - tiny - zeros).append(").");
            }
        }
        return s.toString();
    }

    private static String eigenvalues(ReportData.Init init, double radius, double a, double limit, Palette palette) {
        Spectrum s = init.spectrum();
        Plot plot = new Plot(300, 300, new Axis(-limit, limit, false, "Re \u03bb"),
                new Axis(-limit, limit, false, "Im \u03bb"), init.name());
        plot.series("circular law").disk(0, 0, radius, "#777777");
        plot.series("stability circle").circle(1 - 1 / a, 0, 1 / a, "#000000");
        plot.series(init.name() + " eigenvalues");
        for (int i = 0; i < s.eigenReal().length; i++) {
            if (Double.isFinite(s.eigenReal()[i]) && Double.isFinite(s.eigenImag()[i])) {
                plot.dot(s.eigenReal()[i], s.eigenImag()[i], 1.6, palette.color(init.name()), null);
            }
        }
        double bulk = init.summary().prediction().bulkRadius();
        double predicted = init.summary().prediction().motifs();
        if (bulk > 0 && Math.abs(predicted) <= limit) {
            plot.series("predicted from cell types and motifs").disk(0, 0, bulk, "#c0392b");
            plot.segment(predicted, -0.06 * limit, predicted, 0.06 * limit, "#c0392b", 2);
            plot.dot(predicted, 0, 3.5, "#c0392b", "predicted dominant eigenvalue (cell types and motifs) "
                    + Fmt.number(predicted) + "; bulk radius " + Fmt.number(bulk));
        }
        return plot.svg();
    }

    private static String summaryTable(ReportData data) {
        List<String> columns = data.inits().stream().flatMap(i -> i.summary().cells().keySet().stream()).distinct()
                .toList();
        StringBuilder s = new StringBuilder("<table class=\"num\"><thead><tr><th>init</th>");
        for (String c : columns) {
            s.append("<th>").append(Html.esc(c)).append("</th>");
        }
        s.append("</tr></thead><tbody>");
        for (ReportData.Init init : data.inits()) {
            s.append("<tr><td>").append(Html.esc(init.name())).append("</td>");
            Map<String, Object> row = init.summary().cells();
            for (String c : columns) {
                String value = c.equals("erEig") && Double.valueOf(Double.NaN).equals(row.get(c))
                        ? init.spectrum().complete() ? Spectrum.ER_EIG_UNDEFINED : NOT_COMPUTED : cell(row.get(c));
                s.append("<td>").append(Html.esc(value)).append("</td>");
            }
            s.append("</tr>");
        }
        return s.append("</tbody></table>").toString();
    }

    /**
     * A summary cell: finite numbers shortened to 4 significant digits, NaN and infinities, integers and text as
     * written, nothing for a column the init's file lacks.
     */
    static String cell(Object value) {
        if (value instanceof Double d && Double.isFinite(d)) {
            return Fmt.number(d);
        }
        return value == null ? "" : value.toString();
    }
}
