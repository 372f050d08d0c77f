package org.richlazy.report;

/**
 * Markdown escaping: every string that came from an input file, the config or a run goes through
 * {@link #esc}, so a name shows as written and can neither break a table nor become markup.
 */
final class Markdown {
    private static final String SPECIAL = "\\`*_[]<>|&~";

    private Markdown() {
    }

    /**
     * Backslash-escapes the ASCII punctuation GitHub Markdown would read as markup or as a table cell
     * boundary ({@code \ ` * _ [ ] < > | & ~}), and folds line breaks into spaces.
     */
    static String esc(String text) {
        StringBuilder s = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                s.append(' ');
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    s.append('\\');
                }
                s.append(c);
            }
        }
        return s.toString();
    }

    /**
     * An inline code span of {@code text} as written: delimited by one backtick more than the longest
     * run of backticks inside it, padded with spaces when it starts or ends with one.
     */
    static String code(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text.replace('\n', ' ').replace('\r', ' ') + pad + fence;
    }
}
