package org.richlazy.pipeline.cli;

import java.util.regex.Pattern;

/** Quoting for command lines the tool prints for a POSIX shell to run again. */
final class Shell {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private Shell() {
    }

    /** The word as written when the shell would read it unchanged, else single-quoted ({@code '} as {@code '\''}). */
    static String quote(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
