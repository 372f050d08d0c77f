package org.richlazy.pipeline.cli;

import picocli.CommandLine.Option;

/** {@code --debug}: show stack traces on error. Mixed into every command. */
final class DebugOption {
    @Option(names = "--debug", description = "Show the full stack trace when something fails.")
    boolean debug;
}
