package org.richlazy.pipeline.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Entry point of {@code richlazy}. Exit codes: 0 success, 1 the work failed (bad input file,
 * bad config, a failing run), 2 the command line itself was wrong. Errors print one line;
 * {@code --debug} adds the stack trace.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        Injector injector = Guice.createInjector();
        CommandLine cli = new CommandLine(RichlazyCommand.class, new GuiceFactory(injector));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            err.println("richlazy " + command.getCommandName() + ": error: " + message(e));
            Object mixin = command.getMixins().get("debug");
            if (mixin != null && ((DebugOption) mixin).debug) {
                e.printStackTrace(err);
            } else {
                err.println("(run again with --debug for the stack trace)");
            }
            err.flush();
            return 1;
        });
        return cli.execute(args);
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
