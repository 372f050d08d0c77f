package org.richlazy.pipeline.config;

/** Key paths as users write them: {@code training.seeds[1]}, {@code source.options.format}. */
final class ConfigPaths {
    private ConfigPaths() {
    }

    /** The path of a key inside the section at {@code parent}. */
    static String key(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** The path of a list element. */
    static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The enclosing path ("" at the top). */
    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    static String join(Iterable<String> parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (out.length() > 0 && !part.startsWith("[")) {
                out.append('.');
            }
            out.append(part);
        }
        return out.toString();
    }
}
