package org.richlazy.train.task;

import com.google.inject.Guice;

/** The tasks the {@link TaskModule} binds, as the command line has them. */
public final class TestTasks {
    public static final TaskCatalog CATALOG = Guice.createInjector(new TaskModule()).getInstance(TaskCatalog.class);

    private TestTasks() {
    }
}
