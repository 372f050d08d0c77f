package org.richlazy.pipeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.pipeline.config.ConfigException;
import org.richlazy.pipeline.config.ConfigLoader;
import org.richlazy.pipeline.TestRoot;

/**
 * Hostile and damaged experiment configs through the loader that {@code run} uses: a small valid config damaged in
 * seeded ways (a key given twice, null values, huge, negative and non-finite numbers, wrong types, deep nesting,
 * anchors and aliases, Java tags, unknown keys, empty or comment-only text, binary garbage, truncation, flipped
 * bytes). Every case must end in a loaded config or a {@link ConfigException} whose every problem is one line
 * naming the file; a case built to be invalid that loads is silently wrong; any other exception, an
 * {@link OutOfMemoryError} or a load taking over 5 s fails. The counts per damage are printed.
 * {@code -Drichlazy.fuzz.seed} and {@code -Drichlazy.fuzz.config-cases} replay or widen a run.
 */
class ConfigFuzzTest {
    private static final long SEED = Long.getLong("richlazy.fuzz.seed", 20_261_207L);
    private static final int CASES = Integer.getInteger("richlazy.fuzz.config-cases", 600);

    private static final String VALID = """
            name: fuzz
            out: OUT
            source:
              preset: mouse-v1-l23
            transform:
              neurons: 40
              baselines: [gaussian]
              seed: 1
            training:
              tasks: [2af]
              seeds: [1, 2]
              iterations: 20
              learning-rate: 0.003
            """;

    @TempDir
    Path dir;

    enum Outcome { VALID, CLEAN_ERROR, UNCLEAR_ERROR, SILENTLY_WRONG, FAILURE }

    /** A damage, and whether the damaged config must be refused. */
    enum Damage {
        DUPLICATE_KEY(true, (text, rng) -> insertAfter(text, "  iterations: 20\n", "  iterations: 30\n")),
        NULL_VALUE(true, (text, rng) -> replaceValue(text, rng, List.of("~", "null", ""))),
        HUGE_NUMBER(true, (text, rng) -> replaceNumber(text, rng, List.of("9.2e18", "1e308", "-1", ".inf", ".nan",
                "-.inf", "99999999999999999999999"))),
        WRONG_TYPE(true, (text, rng) -> replaceNumber(text, rng, List.of("[1, 2]", "{a: 1}", "'text'", "true"))),
        DEEP_NESTING(true, (text, rng) -> text + "transform2: " + "[".repeat(50 + rng.nextInt(5000)) + "\n"),
        ALIASES(true, (text, rng) -> text + "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n"),
        JAVA_TAG(true, (text, rng) -> text.replace("name: fuzz", "name: !!javax.script.ScriptEngineManager [x]")),
        UNKNOWN_KEY(true, (text, rng) -> insertAfter(text, "transform:\n", "  nuerons: 40\n")),
        EMPTY(true, (text, rng) -> List.of("", "# only a comment\n", "---\n", "{}\n", "...\n").get(rng.nextInt(5))),
        GARBAGE(true, (text, rng) -> {
            byte[] b = new byte[1 + rng.nextInt(400)];
            rng.nextBytes(b);
            return new String(b, StandardCharsets.ISO_8859_1);
        }),
        TRUNCATE(false, (text, rng) -> text.substring(0, rng.nextInt(text.length()))),
        FLIP_BYTES(false, (text, rng) -> {
            char[] c = text.toCharArray();
            for (int k = 1 + rng.nextInt(4); k > 0; k--) {
                c[rng.nextInt(c.length)] = (char) (32 + rng.nextInt(95));
            }
            return new String(c);
        });

        final boolean mustRefuse;
        final BiFunction<String, SplittableRandom, String> apply;

        Damage(boolean mustRefuse, BiFunction<String, SplittableRandom, String> apply) {
            this.mustRefuse = mustRefuse;
            this.apply = apply;
        }
    }

    @Test
    void everyDamagedConfigLoadsOrIsRefusedInOneLineNamingTheFile() throws Exception {
        SplittableRandom rng = new SplittableRandom(SEED);
        Damage[] damages = Damage.values();
        Map<Damage, int[]> counts = new EnumMap<>(Damage.class);
        for (Damage d : damages) {
            counts.put(d, new int[Outcome.values().length]);
        }
        List<String> failures = new ArrayList<>();
        List<String> unclear = new ArrayList<>();
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "config-fuzz");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < CASES; i++) {
                Damage damage = damages[i % damages.length];
                long seed = rng.nextLong();
                String text = damage.apply.apply(VALID.replace("OUT", dir.resolve("out-" + i).toString()),
                        new SplittableRandom(seed));
                Path file = Files.writeString(dir.resolve("case-" + i + ".yaml"), text, StandardCharsets.ISO_8859_1);
                Future<Outcome> f = pool.submit(() -> load(file, damage));
                Outcome outcome;
                try {
                    outcome = f.get(5, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    f.cancel(true);
                    outcome = Outcome.FAILURE;
                    failures.add("case " + i + " (" + damage + ", seed " + seed + "): still loading after 5 s");
                } catch (java.util.concurrent.ExecutionException e) {
                    outcome = Outcome.FAILURE;
                    failures.add("case " + i + " (" + damage + ", seed " + seed + "): " + e.getCause());
                }
                if (outcome == Outcome.UNCLEAR_ERROR && unclear.size() < 12) {
                    unclear.add(damage + ": " + message(file).replace(dir.toString(), "<dir>"));
                }
                if (outcome == Outcome.SILENTLY_WRONG) {
                    failures.add("case " + i + " (" + damage + ", seed " + seed + "): loaded although it is invalid:\n"
                            + text.replace(dir.toString(), "<dir>"));
                }
                counts.get(damage)[outcome.ordinal()]++;
            }
        } finally {
            pool.shutdownNow();
        }
        print(counts, failures);
        unclear.forEach(u -> System.out.println("  UNCLEAR " + u));
        assertThat(failures).isEmpty();
    }

    private static Outcome load(Path file, Damage damage) throws IOException {
        try {
            TestRoot.get(ConfigLoader.class).readForRun(file, Map.of());
            return damage.mustRefuse ? Outcome.SILENTLY_WRONG : Outcome.VALID;
        } catch (ConfigException e) {
            boolean clean = !e.problems().isEmpty() && e.problems().stream()
                    .allMatch(p -> !p.contains("\n") && p.contains(file.getFileName().toString()));
            return clean || (e.getMessage() != null && !e.getMessage().contains("\n")
                    && e.getMessage().contains(file.getFileName().toString())) ? Outcome.CLEAN_ERROR
                    : Outcome.UNCLEAR_ERROR;
        }
    }

    /** The error message of loading {@code file}, for the unclear cases printed. */
    private static String message(Path file) {
        try {
            TestRoot.get(ConfigLoader.class).readForRun(file, Map.of());
            return "(loaded)";
        } catch (RuntimeException e) {
            return String.valueOf(e.getMessage());
        }
    }

    private static void print(Map<Damage, int[]> counts, List<String> failures) {
        int[] sum = new int[Outcome.values().length];
        StringBuilder text = new StringBuilder("config fuzz: seed " + SEED + ", " + CASES + " cases\n");
        for (Map.Entry<Damage, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            text.append(String.format("  %-13s valid %4d  clean error %4d  unclear error %3d  silently wrong %2d"
                    + "  other %2d%n", e.getKey(), c[0], c[1], c[2], c[3], c[4]));
            for (int k = 0; k < sum.length; k++) {
                sum[k] += c[k];
            }
        }
        text.append(String.format("  %-13s valid %4d  clean error %4d  unclear error %3d  silently wrong %2d"
                + "  other %2d%n", "total", sum[0], sum[1], sum[2], sum[3], sum[4]));
        failures.stream().limit(20).forEach(f -> text.append("  FAILED ").append(f).append('\n'));
        System.out.print(text);
    }

    private static String insertAfter(String text, String line, String inserted) {
        return text.replace(line, line + inserted);
    }

    /** The value of a random {@code key: value} line replaced. */
    private static String replaceValue(String text, SplittableRandom rng, List<String> values) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        List<Integer> valued = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*[a-z-]+: \\S.*") && !lines.get(i).contains("out:")) {
                valued.add(i);
            }
        }
        int at = valued.get(rng.nextInt(valued.size()));
        String line = lines.get(at);
        lines.set(at, line.substring(0, line.indexOf(": ") + 2) + values.get(rng.nextInt(values.size())));
        return String.join("\n", lines) + "\n";
    }

    /** One of the numeric settings that must be positive (neurons, iterations, learning rate) replaced. */
    private static String replaceNumber(String text, SplittableRandom rng, List<String> values) {
        String[] keys = {"  neurons: 40", "  iterations: 20", "  learning-rate: 0.003"};
        String key = keys[rng.nextInt(keys.length)];
        return text.replace(key, key.substring(0, key.indexOf(": ") + 2) + values.get(rng.nextInt(values.size())));
    }
}
