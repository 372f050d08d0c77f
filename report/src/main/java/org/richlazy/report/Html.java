package org.richlazy.report;

/** HTML escaping: every string that came from an input file or the config goes through {@link #esc}. */
final class Html {
    private Html() {
    }

    /** Escapes {@code & < > " '} so the text is shown as text in element content and quoted attributes. */
    static String esc(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
