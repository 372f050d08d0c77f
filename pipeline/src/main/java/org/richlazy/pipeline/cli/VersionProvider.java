package org.richlazy.pipeline.cli;

import org.richlazy.report.RunInfo;
import picocli.CommandLine;

/** {@code richlazy --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"richlazy " + RunInfo.toolVersion(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
