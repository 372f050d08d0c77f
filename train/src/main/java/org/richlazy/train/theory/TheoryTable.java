package org.richlazy.train.theory;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The theory sweep's {@code results.csv}: one row per {@link TheoryRun}, one column per record component in
 * snake case ({@code participation_ratio}, {@code tangent_alignment}, ...), numbers as Java writes doubles
 * (NaN where a value does not apply), so pandas reads it as it is.
 */
public final class TheoryTable {
    /** The file name in a results folder. */
    public static final String FILE = "results.csv";
    private static final RecordComponent[] COMPONENTS = TheoryRun.class.getRecordComponents();

    private TheoryTable() {
    }

    /** The column names, in the order of {@link TheoryRun}'s components. */
    public static List<String> columns() {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : COMPONENTS) {
            names.add(c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT));
        }
        return names;
    }

    /** Writes {@code runs} to {@code file} (replacing it). */
    public static void write(Path file, List<TheoryRun> runs) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                     .setHeader(columns().toArray(String[]::new)).build())) {
            for (TheoryRun run : runs) {
                List<Object> row = new ArrayList<>();
                for (RecordComponent c : COMPONENTS) {
                    row.add(c.getAccessor().invoke(run));
                }
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a table written by {@link #write}.
     *
     * @throws IllegalArgumentException naming the file and line when a column is missing or a value does not parse
     */
    public static List<TheoryRun> read(Path file) {
        List<TheoryRun> runs = new ArrayList<>();
        List<String> columns = columns();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                Object[] values = new Object[COMPONENTS.length];
                Class<?>[] types = new Class<?>[COMPONENTS.length];
                for (int i = 0; i < COMPONENTS.length; i++) {
                    types[i] = COMPONENTS[i].getType();
                    String text;
                    try {
                        text = r.get(columns.get(i));
                    } catch (IllegalArgumentException | IllegalStateException e) {
                        throw new IllegalArgumentException(file + ": no column '" + columns.get(i) + "'", e);
                    }
                    values[i] = parse(types[i], text, file, r.getRecordNumber() + 1, columns.get(i));
                }
                runs.add(TheoryRun.class.getDeclaredConstructor(types).newInstance(values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return runs;
    }

    private static Object parse(Class<?> type, String text, Path file, long line, String column) {
        try {
            if (type == int.class) {
                return Integer.parseInt(text);
            }
            if (type == double.class) {
                return Double.parseDouble(text);
            }
            if (type == boolean.class) {
                if (!text.equals("true") && !text.equals("false")) {
                    throw new NumberFormatException("not true or false");
                }
                return Boolean.parseBoolean(text);
            }
            return text;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ":" + line + ": column " + column + " = '" + text
                    + "' is not a " + type.getSimpleName(), e);
        }
    }
}
