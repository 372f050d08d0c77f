package org.richlazy.pipeline.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.richlazy.pipeline.RichlazyModule;
import picocli.CommandLine;

/**
 * Entry point of {@code richlazy}. Exit codes: 0 success, 1 the work failed (bad input file,
 * bad config, a failing run), 2 the command line itself was wrong, 3 the Java heap ran out. Errors print
 * one line; {@code --debug} adds the stack trace. An {@link OutOfMemoryError}, thrown by the command or
 * by a worker thread of it, prints the heap size and what to change (docs/performance.md#memory).
 */
public final class Main {
    /** The exit code of a run that ran out of Java heap. */
    static final int OUT_OF_MEMORY = 3;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        Injector injector = Guice.createInjector(new RichlazyModule());
        CommandLine cli = new CommandLine(RichlazyCommand.class, new GuiceFactory(injector));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            Object mixin = command.getMixins().get("debug");
            boolean debug = mixin != null && ((DebugOption) mixin).debug;
            OutOfMemoryError oom = outOfMemory(e);
            if (oom != null) {
                return outOfMemory(command.getCommandName(), oom, debug, err);
            }
            err.println("richlazy " + command.getCommandName() + ": error: " + message(e));
            if (debug) {
                e.printStackTrace(err);
            } else {
                err.println("(run again with --debug for the stack trace)");
            }
            err.flush();
            return 1;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            String command = args.length > 0 && !args[0].startsWith("-") ? args[0] : "";
            return outOfMemory(command, e, java.util.Arrays.asList(args).contains("--debug"), err);
        }
    }

    /** The out-of-memory error in {@code e}'s chain of causes (a worker's, wrapped), or null. */
    private static OutOfMemoryError outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError oom) {
                return oom;
            }
        }
        return null;
    }

    /** Prints the one line of an exhausted heap (and the trace with {@code --debug}); returns {@link #OUT_OF_MEMORY}. */
    private static int outOfMemory(String command, OutOfMemoryError e, boolean debug, PrintWriter err) {
        err.println(outOfMemoryLine(command, Runtime.getRuntime().maxMemory()));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return OUT_OF_MEMORY;
    }

    /** The line printed when the heap of {@code heapBytes} ran out. */
    static String outOfMemoryLine(String command, long heapBytes) {
        return "richlazy" + (command.isEmpty() ? "" : " " + command) + ": error: out of memory: the Java heap of "
                + heapBytes / (1L << 20) + " MB is full; use fewer neurons (transform.neurons), a bigger heap "
                + "(RICHLAZY_JAVA_OPTS=-Xmx<size>, e.g. -Xmx16g) or fewer workers (workers: 1)";
    }

    private static String message(Exception e) {
        Throwable shown = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String text = shown.getMessage();
        if (e instanceof UncheckedIOException && e.getMessage() != null && shown != e) {
            text = e.getMessage().equals(shown.toString()) ? shown.toString() : e.getMessage() + ": " + shown;
        }
        return text == null ? shown.getClass().getSimpleName() : text;
    }
}
