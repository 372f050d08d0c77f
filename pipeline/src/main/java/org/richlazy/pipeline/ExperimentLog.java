package org.richlazy.pipeline;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Copies every log line of an experiment to {@code <out>/richlazy.log} while it runs. When logging is
 * bound to another backend than logback (under spark-submit without
 * {@code spark.driver.userClassPathFirst}, Spark's log4j), the file is not written and a warning says
 * where the lines go instead.
 */
final class ExperimentLog implements AutoCloseable {
    private final Logger root;
    private final FileAppender<ILoggingEvent> appender;

    private ExperimentLog(Logger root, FileAppender<ILoggingEvent> appender) {
        this.root = root;
        this.appender = appender;
    }

    /** Starts appending to {@code file} (created or appended to). */
    static ExperimentLog attach(Path file) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext context)) {
            LoggerFactory.getLogger(ExperimentLog.class).warn("{} is not written: logging is bound to {}, not logback; "
                    + "this experiment's log lines are in that backend's log", file, factory.getClass().getName());
            return new ExperimentLog(null, null);
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{0} - %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("experiment");
        appender.setFile(file.toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        return new ExperimentLog(root, appender);
    }

    @Override
    public void close() {
        if (appender != null) {
            root.detachAppender(appender);
            appender.stop();
        }
    }
}
