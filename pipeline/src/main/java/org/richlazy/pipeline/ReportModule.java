package org.richlazy.pipeline;

import com.google.inject.AbstractModule;

/**
 * The report stage's bindings. The report reads only the results folder, so it needs nothing
 * beyond {@link ResultsFolder}; the module exists so each stage is configured in one place.
 */
public final class ReportModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(ReportStage.class);
    }
}
