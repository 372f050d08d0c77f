package org.richlazy.ingest;


/**
 * Refuses a file that declares a matrix too large for memory before anything of that size is
 * allocated. Two limits apply:
 * <ul>
 *   <li>N, the number of neurons, at most {@link #maxNeurons}: option {@code max-neurons}
 *       ({@code source.options.max-neurons} in a config, {@code --option max-neurons=N} for
 *       {@code inspect}), else the system property {@value #PROPERTY}
 *       ({@code RICHLAZY_JAVA_OPTS=-Drichlazy.max-neurons=N}), else {@value #DEFAULT_MAX_NEURONS};</li>
 *   <li>memory: an N x N matrix of doubles (8 N^2 bytes) or a dataset read whole (as decoded) must
 *       fit in a quarter of the Java heap ({@code Runtime.maxMemory()}; the reader, the
 *       {@code Connectome} and the transform stage each hold copies), raised with
 *       {@code RICHLAZY_JAVA_OPTS=-Xmx<size>}.</li>
 * </ul>
 */
public final class SizeLimits {
    /** The default largest N. */
    public static final int DEFAULT_MAX_NEURONS = 50_000;
    /** The system property that overrides {@link #DEFAULT_MAX_NEURONS}. */
    public static final String PROPERTY = "richlazy.max-neurons";
    /** One array may take at most this fraction (1/HEAP_SHARE) of the maximum heap. */
    private static final int HEAP_SHARE = 4;
    private SizeLimits() {
    }

    /** The largest N: the option, else the system property, else the default. */
    public static int maxNeurons(String file, LimitOptions options) {
        if (options.maxNeurons() != null) {
            if (options.maxNeurons() < 1) {
                throw new IngestException(file, "option max-neurons", "max-neurons = " + options.maxNeurons(),
                        "a positive whole number");
            }
            return options.maxNeurons();
        }
        String property = System.getProperty(PROPERTY);
        if (property == null) {
            return DEFAULT_MAX_NEURONS;
        }
        try {
            int value = Integer.parseInt(property.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IngestException(file, "system property " + PROPERTY, PROPERTY + " = '" + property + "'",
                "a positive whole number");
    }

    /**
     * Refuses {@code n} neurons above the limit, and an N x N matrix of doubles that does not fit in
     * a quarter of the heap.
     *
     * @param location where the size is declared (a dataset, an attribute, "rows")
     */
    public static void requireMatrix(String file, String location, long n, LimitOptions options) {
        if (n < 0) {
            throw new IngestException(file, location, "a negative number of neurons " + n, "zero or more neurons");
        }
        int max = maxNeurons(file, options);
        if (n > max) {
            String source = options.maxNeurons() != null ? "option max-neurons"
                    : System.getProperty(PROPERTY) != null ? "system property " + PROPERTY : "the default limit";
            throw new IngestException(file, location, n + " neurons, above the limit of " + max + " (" + source + ")",
                    "at most " + max + " neurons; raise the limit with option max-neurons (source.options.max-neurons "
                            + "in a config, --option max-neurons=N for inspect) or -D" + PROPERTY + "=N in RICHLAZY_JAVA_OPTS");
        }
        requireMemory(file, location, n * n, Double.BYTES, "a " + n + " x " + n + " matrix");
    }

    /**
     * Refuses {@code elements} values of {@code bytesPerElement} bytes each when they exceed a quarter
     * of the heap, or a Java array's largest length.
     *
     * @param what what would be allocated, e.g. "dataset /edges/source_node_id"
     */
    public static void requireMemory(String file, String location, long elements, int bytesPerElement, String what) {
        if (elements < 0) {
            throw new IngestException(file, location, what + " has a negative declared size " + elements,
                    "a size of zero or more");
        }
        long heap = Runtime.getRuntime().maxMemory();
        long limit = Math.min(heap / HEAP_SHARE / bytesPerElement, Integer.MAX_VALUE - 8L);
        if (elements > limit) {
            double megabytes = (double) elements * bytesPerElement / (1L << 20);
            throw new IngestException(file, location, String.format("%s needs %.0f MB, above the limit of %d elements "
                    + "(a quarter of the Java heap of %d MB, at most a Java array's length)", what, megabytes, limit,
                    heap / (1L << 20)), "a smaller matrix, or a larger heap: RICHLAZY_JAVA_OPTS=-Xmx<size>");
        }
    }
}
