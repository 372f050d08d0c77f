package org.richlazy.ingest.text;

/**
 * A token of a file quoted in an error: at most {@link #MAX} characters, control and other invisible
 * characters escaped ({@code \n}, {@code \t}, {@code \r}, else {@code \u001b}), and a longer token cut
 * with its length said. An error names the offending token, never a file's contents (a wrong file given
 * as {@code ids-file} would otherwise be echoed line by line).
 */
public final class Excerpt {
    /** The most characters of a token an error quotes. */
    public static final int MAX = 40;

    private Excerpt() {
    }

    /** {@code token} in single quotes, escaped and cut to {@link #MAX} characters. */
    public static String quote(String token) {
        StringBuilder b = new StringBuilder("'");
        int shown = 0;
        int count = token.codePointCount(0, token.length());
        for (int i = 0; i < token.length() && shown < MAX; shown++) {
            int c = token.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    int type = Character.getType(c);
                    if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.UNASSIGNED
                            || type == Character.PRIVATE_USE || type == Character.SURROGATE
                            || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                        b.append(String.format("\\u%04x", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        }
        b.append('\'');
        if (count > MAX) {
            b.append(" (cut; ").append(count).append(" characters)");
        }
        return b.toString();
    }
}
