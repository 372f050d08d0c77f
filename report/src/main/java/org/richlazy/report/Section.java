package org.richlazy.report;

import java.util.Optional;

/**
 * One part of the report, in {@code report.html} and in the Markdown summary ({@link ReportModule} binds them in their
 * order): its HTML form, its Markdown form and its entry in the page's navigation bar. A section may have only one
 * of the two forms, and either may be absent for some data (a rank trend without a rank sweep); the navigation
 * entry is shown only when the HTML form is.
 */
interface Section {
    /** The section's entry in the page's navigation bar; empty for a section not listed there. */
    default Optional<Link> link() {
        return Optional.empty();
    }

    /** The section as HTML for {@code report.html}; empty when it has no HTML form or nothing to show here. */
    default Optional<String> html(SectionContext context) {
        return Optional.empty();
    }

    /** The section as GitHub Markdown; empty when it has no Markdown form or nothing to show here. */
    default Optional<String> markdown(SectionContext context) {
        return Optional.empty();
    }

    /** A navigation entry: the anchor (the id of the section's HTML element) and the label shown. */
    record Link(String anchor, String label) {
        /** The entry as an HTML link. */
        String html() {
            return "<a href=\"#" + anchor + "\">" + Html.esc(label) + "</a>";
        }
    }
}
