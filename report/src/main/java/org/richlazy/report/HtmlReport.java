package org.richlazy.report;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@link ReportData} to one self-contained HTML page: inline CSS, inline hand-written SVG, no script,
 * no external reference of any kind. The same data always gives the same string (no clock, no
 * locale, ordered maps only). Its sections, in their order, and the rules its verdicts are held to are those the
 * {@link ReportModule} binds.
 */
public final class HtmlReport {
    /** The page's style sheet, inlined into every report. */
    private static final String CSS = readStyleSheet();

    private final List<Section> sections;
    private final VerdictRules rules;

    @Inject
    HtmlReport(Set<Section> sections, VerdictRules rules) {
        this.sections = List.copyOf(sections);
        this.rules = rules;
    }

    private static String readStyleSheet() {
        try (var in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new ReportException("report.css missing from the report module's resources");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The whole page: the title, the navigation bar and every section's HTML form, in the sections' order. */
    public String render(ReportData data) {
        SectionContext context = SectionContext.of(data, rules);
        StringBuilder s = new StringBuilder(1 << 20);
        s.append(head(HeaderSection.name(data))).append(HeaderSection.title(data));
        List<String> bodies = new ArrayList<>();
        s.append("<nav>");
        for (Section section : sections) {
            section.html(context).ifPresent(html -> {
                bodies.add(html);
                section.link().ifPresent(link -> s.append(link.html()));
            });
        }
        s.append("</nav>");
        bodies.forEach(s::append);
        s.append("<footer>richlazy ").append(Html.esc(data.toolVersion()))
                .append(" \u2014 results dated ").append(Html.esc(data.date() == null ? "(not recorded)" : data.date()))
                .append("</footer></main></body></html>\n");
        return s.toString();
    }

    /** The page's start up to and including {@code <main>}: the title and the inlined style sheet. */
    static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>richlazy report: " + Html.esc(title) + "</title>"
                + "<style>" + CSS + "</style></head><body><main>";
    }
}
