package org.richlazy.report;

import java.util.List;

/**
 * One colour per init: the studied init near-black, the baselines from the Okabe-Ito colour-blind-safe
 * palette (Okabe &amp; Ito 2008), cycling when there are more than seven.
 */
final class Palette {
    private static final List<String> BASELINES = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
            "#56B4E9", "#8C6D1F");
    private final List<String> inits;

    Palette(List<String> inits) {
        this.inits = List.copyOf(inits);
    }

    String color(String init) {
        int i = inits.indexOf(init);
        if (i < 0) {
            throw new IllegalArgumentException("no colour for unknown init " + init);
        }
        return i == 0 ? "#222222" : BASELINES.get((i - 1) % BASELINES.size());
    }

    /** An HTML legend: a swatch and the escaped name of each init. */
    String legend() {
        return legend(inits);
    }

    /** An HTML legend of the given inits only (those a figure draws), in their colours. */
    String legend(List<String> shown) {
        StringBuilder s = new StringBuilder("<div class=\"legend\">");
        for (String init : shown) {
            s.append("<span><i style=\"background:").append(color(init)).append("\"></i>")
                    .append(Html.esc(init)).append("</span>");
        }
        return s.append("</div>").toString();
    }
}
